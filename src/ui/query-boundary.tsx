import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { describeError } from '@/api/describe-error'
import { ErrorBoundary } from './error-boundary'
import { ErrorState } from './error-state'

type QueryBoundaryProps = {
  /** Shown while the queries below suspend; same size as the content. */
  fallback: ReactNode
  /** Wraps the error message so it sits where the content would (e.g. inside its card). */
  errorFrame?: (message: ReactNode) => ReactNode
  children: ReactNode
}

/**
 * One section of a page that reads server data: a skeleton while it loads, and on failure a
 * message with "Try again" that refetches only the failed queries. Other sections keep working.
 */
export function QueryBoundary({ fallback, errorFrame = (m) => m, children }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, reset: retry }) => {
            const { title, detail, retryable } = describeError(error)
            return errorFrame(
              <ErrorState title={title} detail={detail} onRetry={retryable ? retry : undefined} />,
            )
          }}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
