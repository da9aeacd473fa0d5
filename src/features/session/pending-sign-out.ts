import { signOut } from '@/api/endpoints/sign-out'
import { isUnauthorized } from '@/api/errors'
import { MEMBER_STORAGE_PREFIX } from '@/lib/member-storage'

// Written after the member's data is cleared, so it survives the sign-out that sets it.
const KEY = `${MEMBER_STORAGE_PREFIX}sign-out-pending`

/**
 * True when a sign-out could not reach the API: this browser forgot the member, but the server
 * session (and its cookie) may still be alive, so no member page may open until it is ended.
 */
export function isSignOutPending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null
  } catch {
    return false
  }
}

export function setSignOutPending(pending: boolean) {
  try {
    if (pending) localStorage.setItem(KEY, new Date().toISOString())
    else localStorage.removeItem(KEY)
  } catch {
    // Storage blocked: nothing to remember it by; the session ends when it expires.
  }
}

/** Ends the session a sign-out left behind, if any; false while the API still can't be reached. */
export async function finishPendingSignOut(): Promise<boolean> {
  if (!isSignOutPending()) return true
  try {
    await signOut()
  } catch (error) {
    // 401: the session had already ended on its own.
    if (!isUnauthorized(error)) return false
  }
  setSignOutPending(false)
  return true
}
