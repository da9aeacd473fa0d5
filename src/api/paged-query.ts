import { infiniteQueryOptions } from '@tanstack/react-query'

/**
 * Infinite query options for a cursor-paged list under `key` (see queryKeyOf): pages fetched
 * one after another, each with the `cursor` the one before gave as `nextCursor`.
 */
export const pagedQuery = <Page extends { nextCursor: string | null }>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page>,
) =>
  infiniteQueryOptions({
    queryKey: [...key, 'pages'],
    queryFn: ({ signal, pageParam }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })
