import type { QueryClient } from '@tanstack/react-query'

/**
 * Whether a query the page is drawn from has no answer yet and is being asked for (one marked
 * `meta.firstScreen: false` is not waited for).
 */
const awaitingFirstAnswer = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .findAll({ fetchStatus: 'fetching' })
    .some((query) => query.state.data === undefined && query.meta?.firstScreen !== false)

/**
 * Resolves once no query that has no answer yet is being fetched (an answer kept from an
 * earlier visit counts as one), or after `maxWaitMs` when one of them is slow.
 */
export function firstAnswersIn(queryClient: QueryClient, maxWaitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!awaitingFirstAnswer(queryClient)) {
      resolve()
      return
    }
    const timer = setTimeout(done, maxWaitMs)
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!awaitingFirstAnswer(queryClient)) done()
    })
    function done() {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
  })
}

const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 1000 })
    } else setTimeout(resolve, 0)
  })

/**
 * Resolves once the first screen's answers are all in, or after `maxWaitMs` when one of them
 * hangs, and the browser is idle. Work that can wait (keeping the cache, the service worker)
 * starts then: its download and its code never compete with what the first screen is drawn
 * from.
 */
export function firstScreenSettled(
  queryClient: QueryClient,
  { maxWaitMs = 5000 }: { maxWaitMs?: number } = {},
): Promise<void> {
  return firstAnswersIn(queryClient, maxWaitMs).then(whenIdle)
}
