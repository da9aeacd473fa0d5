import type { Query, QueryClient } from '@tanstack/react-query'
import { meQuery } from '@/api/endpoints/get-me'
import {
  erasePersistedQueries,
  QUERY_CACHE_KEY,
  type PersistedCache,
  type PersistedQuery,
} from '@/api/persisted-queries'

declare const __APP_RELEASE__: string

/** Writes wait this long for more changes, so a burst of answers is one write. */
const WRITE_DELAY_MS = 1000
/** Beyond this the catalog's extra pages are left out: localStorage holds about 5 MB. */
const MAX_CHARS = 1_500_000

/** An answer of the API (or of the member's part of it) that made it into the cache. */
const isApiAnswer = (query: Query) => {
  const [first] = query.queryKey
  const fromApi = first === 'member' || (typeof first === 'string' && first.startsWith('/'))
  return fromApi && query.state.status === 'success' && query.state.data !== undefined
}

type Paged = { pages: unknown[]; pageParams: unknown[] }
const isPaged = (data: unknown): data is Paged =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as Paged).pages) &&
  Array.isArray((data as Paged).pageParams)

/** What is kept of the cache now: null when no member is signed in (nothing may be kept). */
export function snapshot(queryClient: QueryClient, now = Date.now()): PersistedCache | null {
  const me = queryClient.getQueryData(meQuery().queryKey)
  if (!me) return null
  const queries: PersistedQuery[] = queryClient
    .getQueryCache()
    .getAll()
    .filter(isApiAnswer)
    .map((query) => {
      const data = query.state.data
      // A long list comes back with its first page; the rest loads as the member scrolls.
      const kept = isPaged(data)
        ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) }
        : data
      return { key: query.queryKey, data: kept, at: query.state.dataUpdatedAt }
    })
  return { v: 1, release: __APP_RELEASE__, member: me.id, savedAt: now, queries }
}

function write(queryClient: QueryClient) {
  const saved = snapshot(queryClient)
  if (!saved) {
    erasePersistedQueries()
    return
  }
  let text = JSON.stringify(saved)
  if (text.length > MAX_CHARS) {
    saved.queries = saved.queries.filter((query) => !isPaged(query.data))
    text = JSON.stringify(saved)
  }
  try {
    localStorage.setItem(QUERY_CACHE_KEY, text)
  } catch {
    // Full or blocked: better nothing than a half-written cache.
    erasePersistedQueries()
  }
}

/**
 * Keeps the member's answers on this device as they change (see persisted-queries.ts), until
 * the returned function is called. Loaded after the first paint: the first screen never waits
 * for it. When no member is signed in (signed out, a 401), what was kept is erased.
 */
export function persistQueryCache(queryClient: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    write(queryClient)
  }
  const schedule = () => {
    timer ??= setTimeout(flush, WRITE_DELAY_MS)
  }
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'removed' || (event.type === 'updated' && event.action.type === 'success'))
      schedule()
  })
  // The tab may be closed before the delay is over.
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) flush()
  }
  document.addEventListener('visibilitychange', onHide)
  flush()
  return () => {
    unsubscribe()
    clearTimeout(timer)
    document.removeEventListener('visibilitychange', onHide)
  }
}
