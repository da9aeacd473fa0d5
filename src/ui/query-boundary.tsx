import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { describeError } from '@/api/describe-error'
import { Card } from './card'
import { ErrorBoundary } from './error-boundary'
import { ErrorState } from './error-state'

type QueryBoundaryProps = {
  /** Shown while the queries below suspend; same size as the content. */
  fallback: ReactNode
  /** The section's name: on failure the message sits in a card of that name, where the content was. */
  section?: string
  children: ReactNode
}

/**
 * One section of a page that reads server data: a skeleton while it loads, and on failure a
 * message with "Try again" that refetches only the failed queries. Other sections keep working.
 */
export function QueryBoundary({ fallback, section, children }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, reset: retry }) => {
            const { title, detail, retryable } = describeError(error)
            const message = (
              <ErrorState title={title} detail={detail} onRetry={retryable ? retry : undefined} />
            )
            return section ? (
              <Card aria-label={section}>
                <h2 className="mb-3 text-sm font-semibold text-ink-muted">{section}</h2>
                {message}
              </Card>
            ) : (
              message
            )
          }}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
