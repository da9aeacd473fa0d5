import { QueryClient } from '@tanstack/react-query'
import { isTransient } from '@/api/errors'

/** One client per app (and per test). Transient failures retry twice with backoff; others never. */
export function createQueryClient(options: { retry?: boolean } = {}) {
  const retry = options.retry ?? true
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? (failureCount, error) => failureCount < 2 && isTransient(error) : false,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  })
}
