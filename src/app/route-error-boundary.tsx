import { Trans } from '@lingui/react/macro'
import { lazy, Suspense } from 'react'
import { Outlet, useLocation } from 'react-router'
import { ErrorBoundary } from '@/ui/error-boundary'

// The full error page is rarely needed, so its code loads only when a page fails.
const RouteErrorPage = lazy(() => import('./route-error'))

/**
 * Around every page: a page that fails shows the error page (and the next page opened is tried
 * afresh), and a page whose code is still loading shows that it is.
 */
export function RouteBoundary() {
  const { pathname } = useLocation()
  return (
    <ErrorBoundary resetKey={pathname} fallback={({ error }) => <RouteError error={error} />}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  )
}

function PageLoading() {
  return (
    <div aria-busy="true" className="py-10">
      <span className="sr-only">
        <Trans>Loading…</Trans>
      </span>
    </div>
  )
}

/** The full error page, or plain words and a reload if even that can't load. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <ErrorBoundary fallback={() => <PlainError />}>
      <Suspense fallback={null}>
        <RouteErrorPage error={error} />
      </Suspense>
    </ErrorBoundary>
  )
}

/** Words and a way out that need nothing but React: no data, no router, no lazy code. */
export function PlainError() {
  return (
    <div role="alert" className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">
        <Trans>This page couldn’t be shown</Trans>
      </h1>
      <p className="mt-2">
        <Trans>Check your connection, then reload the page.</Trans>
      </p>
      <a href="/" className="mt-4 inline-block font-semibold text-brand underline">
        <Trans>Reload</Trans>
      </a>
    </div>
  )
}
