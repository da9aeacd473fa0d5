import { useCallback, useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()
const cache = new Map<string, ReadonlySet<string>>()
const storageKey = (memberId: string) => `rewards:dismissed-nudges:${memberId}`

function read(memberId: string): ReadonlySet<string> {
  const cached = cache.get(memberId)
  if (cached) return cached
  let ids: string[] = []
  try {
    const raw = localStorage.getItem(storageKey(memberId))
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (Array.isArray(parsed)) ids = parsed.filter((v): v is string => typeof v === 'string')
  } catch {
    // Storage blocked or corrupt: start with nothing dismissed.
  }
  const set = new Set(ids)
  cache.set(memberId, set)
  return set
}

function dismiss(memberId: string, nudgeId: string) {
  const next = new Set(read(memberId)).add(nudgeId)
  cache.set(memberId, next)
  try {
    // Keep the list short: only the latest dismissals matter.
    localStorage.setItem(storageKey(memberId), JSON.stringify([...next].slice(-50)))
  } catch {
    // Storage full or blocked: the dismissal still holds for this visit.
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Nudges this member dismissed, remembered per member in this browser. */
export function useDismissedNudges(memberId: string) {
  const dismissed = useSyncExternalStore(subscribe, () => read(memberId))
  const onDismiss = useCallback((nudgeId: string) => dismiss(memberId, nudgeId), [memberId])
  return [dismissed, onDismiss] as const
}

/** Forget the in-memory copy (tests start each case from storage). */
export function resetDismissedNudgesCache() {
  cache.clear()
}
