/** What became of sharing: sent to an app, left by the member, or not possible here. */
export type ShareOutcome = 'shared' | 'dismissed' | 'unavailable'

type Sharing = Pick<Navigator, 'share' | 'canShare'>

/** Whether this browser can share `data` through the system's share sheet (Web Share API). */
export function canShare(data: ShareData, browser: Partial<Sharing> = globalThis.navigator) {
  if (typeof browser.share !== 'function') return false
  return typeof browser.canShare === 'function' ? browser.canShare(data) : true
}

/**
 * Opens the share sheet. Closing it is the member's choice, not a failure; a refusal (no user
 * gesture, a policy) is 'unavailable': the page offers copying instead.
 */
export async function shareLink(
  data: ShareData,
  browser: Partial<Sharing> = globalThis.navigator,
): Promise<ShareOutcome> {
  if (!canShare(data, browser) || !browser.share) return 'unavailable'
  try {
    await browser.share(data)
    return 'shared'
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError'
      ? 'dismissed'
      : 'unavailable'
  }
}
