import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { MEMBER_STORAGE_PREFIX } from '@/lib/member-storage'
import { meQuery } from './endpoints/get-me'

declare const __APP_RELEASE__: string

/**
 * The member's last answers from the API, kept on this device so a returning member sees them
 * at once (marked with when they were true) while the portal asks again. Real mode only.
 * Under the member prefix, so a sign-out's clearMemberStorage() erases it with the rest.
 */
export const QUERY_CACHE_KEY = `${MEMBER_STORAGE_PREFIX}query-cache`
/** Older answers are not shown at all: after a day, "as of" would mislead more than help. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000
const VERSION = 1

export type PersistedQuery = { key: QueryKey; data: unknown; at: number }
export type PersistedCache = {
  v: number
  /** Another release may shape its data differently: its cache is not read. */
  release: string
  /** Whose data this is (GET /me's id): never shown to anyone else. */
  member: string
  savedAt: number
  queries: PersistedQuery[]
}

/** Query hash → when the restored answer was true; dropped as soon as it is replaced. */
const restored = new Map<string, number>()

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** Forgets the kept answers (sign-out, another member, a stale or broken entry). */
export function erasePersistedQueries() {
  restored.clear()
  try {
    storage()?.removeItem(QUERY_CACHE_KEY)
  } catch {
    // Storage blocked: nothing was kept.
  }
}

function read(now: number): PersistedCache | null {
  const raw = storage()?.getItem(QUERY_CACHE_KEY)
  if (!raw) return null
  let saved: Partial<PersistedCache>
  try {
    saved = JSON.parse(raw) as Partial<PersistedCache>
  } catch {
    saved = {}
  }
  const usable =
    saved.v === VERSION &&
    saved.release === __APP_RELEASE__ &&
    typeof saved.member === 'string' &&
    typeof saved.savedAt === 'number' &&
    now - saved.savedAt <= MAX_AGE_MS &&
    Array.isArray(saved.queries)
  if (!usable) {
    erasePersistedQueries()
    return null
  }
  return saved as PersistedCache
}

/**
 * Puts the kept answers into `queryClient`, synchronously, before anything renders: the first
 * frame shows them. Each keeps the time it was true, and is asked for again at once. If the API then says the session belongs to someone else, all of it goes.
 */
export function restorePersistedQueries(queryClient: QueryClient, now = Date.now()) {
  let saved: PersistedCache | null
  try {
    saved = read(now)
  } catch {
    saved = null
  }
  if (!saved) return
  for (const { key, data, at } of saved.queries) {
    if (!Array.isArray(key) || data === undefined || typeof at !== 'number') continue
    if (now - at > MAX_AGE_MS) continue
    queryClient.setQueryData(key, data, { updatedAt: at })
    // However recent, it is asked for again: the first page's queries refresh it at once.
    queryClient.getQueryCache().find({ queryKey: key, exact: true })?.invalidate()
    restored.set(hashKey(key), at)
  }
  const member = saved.member
  const meHash = hashKey(meQuery().queryKey)
  const stop = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== meHash || event.type !== 'updated') return
    if (event.action.type !== 'success') return
    stop()
    const me = event.query.state.data as { id?: unknown } | undefined
    if (me?.id === member) return
    // Another member's session: nothing kept may stay on screen.
    erasePersistedQueries()
    void queryClient.resetQueries({
      queryKey: ['member'],
      predicate: (query) => query.queryHash !== meHash,
    })
  })
}

/**
 * When the answer a component shows was true, if it is still the one kept on this device (not
 * yet refreshed); null once the API has answered again.
 */
export function restoredAt(queryKey: QueryKey, dataUpdatedAt: number): number | null {
  const at = restored.get(hashKey(queryKey))
  if (at === undefined) return null
  if (at !== dataUpdatedAt) {
    restored.delete(hashKey(queryKey))
    return null
  }
  return at
}
