/** Every key the portal keeps about a member in this browser starts with this. */
export const MEMBER_STORAGE_PREFIX = 'rewards:'

/**
 * Forgets everything kept about the member in this browser (on sign-out), except the keys
 * that start with `keep` (or that `keep` says to keep).
 */
export function clearMemberStorage(keep?: string | ((key: string) => boolean)) {
  const kept = (key: string) =>
    typeof keep === 'function' ? keep(key) : keep !== undefined && key.startsWith(keep)
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      const keys: string[] = []
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)
        if (key?.startsWith(MEMBER_STORAGE_PREFIX) && !kept(key)) {
          keys.push(key)
        }
      }
      keys.forEach((key) => storage.removeItem(key))
    } catch {
      // Storage blocked: nothing was kept there.
    }
  }
}

/** A path inside the portal that is safe to send the member back to after signing in. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in')) {
    return '/'
  }
  return value
}
