import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, type ReactNode } from 'react'
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
          fallback={({ error, reset: retry }) => (
            <SectionError error={error} retry={retry} section={section} />
          )}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}

function SectionError({
  error,
  retry,
  section,
}: {
  error: unknown
  retry: () => void
  section: string | undefined
}) {
  useBackWhenAnswered(error, retry)
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
}

/**
 * One answer often feeds several sections (the balance: its card, the nudges, the rewards
 * within reach), and each says it failed. When that answer comes in after all (Try again in
 * any of them, or a refresh), every section that failed on it comes back, not only the one
 * whose button was pressed.
 */
function useBackWhenAnswered(error: unknown, retry: () => void) {
  const queryClient = useQueryClient()
  useEffect(() => {
    const cache = queryClient.getQueryCache()
    const failed = cache.getAll().filter((query) => query.state.error === error)
    if (failed.length === 0) return
    return cache.subscribe((event) => {
      if (event.type !== 'updated' || !failed.includes(event.query)) return
      // Told while another section renders: the section comes back once that render is done.
      if (failed.every((query) => query.state.status === 'success')) queueMicrotask(retry)
    })
  }, [queryClient, error, retry])
}
