import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { ApiError, isTransient, isUnauthorized } from '@/api/errors'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /**
       * false: not what the first screen is drawn from (a prompt that may or may not show),
       * so its first render does not wait for it (first-screen-settled.ts).
       */
      firstScreen?: boolean
    }
    mutationMeta: {
      /** Queries this mutation changes on the server; invalidated once it has settled. */
      invalidates?: QueryKey[]
    }
  }
}

/** The longest the portal waits before retrying, even when the server asks for longer. */
const MAX_RETRY_DELAY_MS = 30_000

/** Honours Retry-After on 503/429; otherwise backs off 1 s, 2 s, 4 s ... */
export function retryDelay(attempt: number, error: unknown) {
  if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, MAX_RETRY_DELAY_MS)
  }
  return Math.min(1000 * 2 ** attempt, 8000)
}

type Options = {
  retry?: boolean
  /** Called whenever the API answers 401: the session has ended, or there never was one. */
  onUnauthorized?: () => void
  /** Called whenever the member's own data arrives: there is a session. */
  onMemberData?: () => void
}

/**
 * One client per app (and per test). Transient failures retry twice with backoff; others never.
 * Mutations say what they change in `meta.invalidates`, and this one place refetches it, so
 * every screen shows the server's new numbers at once. Any 401 means "sign in again".
 */
export function createQueryClient(options: Options = {}) {
  const retry = options.retry ?? true
  const unauthorized = (error: unknown) => {
    if (isUnauthorized(error)) options.onUnauthorized?.()
  }
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: unauthorized,
      onSuccess: (_data, query) => {
        if (query.queryKey[0] === 'member') options.onMemberData?.()
      },
    }),
    mutationCache: new MutationCache({
      onError: unauthorized,
      onSettled: async (_data, error, _variables, _context, mutation) => {
        // An unanswered request changed nothing we know of; a refusal or a success did.
        if (error && isTransient(error)) return
        await Promise.all(
          (mutation.meta?.invalidates ?? []).map((queryKey) =>
            queryClient.invalidateQueries({ queryKey }),
          ),
        )
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? (failureCount, error) => failureCount < 2 && isTransient(error) : false,
        retryDelay,
      },
      mutations: { retry: false },
    },
  })
  return queryClient
}
