import { lazy, Suspense } from 'react'
import { ErrorBoundary } from '@/ui/error-boundary'

// The full error page is rarely needed, so its code loads only when a page fails.
const RouteErrorPage = lazy(() => import('./route-error'))

/** Route error element: the full error page, or plain words and a reload if even that can't load. */
export function RouteError() {
  return (
    <ErrorBoundary fallback={() => <PlainError />}>
      <Suspense fallback={null}>
        <RouteErrorPage />
      </Suspense>
    </ErrorBoundary>
  )
}

/** Words and a way out that need nothing but React: no data, no router, no lazy code. */
export function PlainError() {
  return (
    <div role="alert" className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">This page couldn’t be shown</h1>
      <p className="mt-2">Check your connection, then reload the page.</p>
      <a href="/" className="mt-4 inline-block font-semibold text-brand underline">
        Reload
      </a>
    </div>
  )
}
