import { useState } from 'react'

const storageKey = (memberId: string) => `rewards:dismissed-nudges:${memberId}`

function read(memberId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(memberId)) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
  } catch {
    // Storage blocked or corrupt: start with nothing dismissed.
    return []
  }
}

/** Nudges this member dismissed, remembered per member in this browser. */
export function useDismissedNudges(memberId: string) {
  const [dismissed, setDismissed] = useState(() => new Set(read(memberId)))
  const dismiss = (nudgeId: string) => {
    const next = new Set(dismissed).add(nudgeId)
    setDismissed(next)
    try {
      // Only the latest dismissals matter; keep the list short.
      localStorage.setItem(storageKey(memberId), JSON.stringify([...next].slice(-50)))
    } catch {
      // Storage full or blocked: the dismissal still holds for this visit.
    }
  }
  return [dismissed, dismiss] as const
}
