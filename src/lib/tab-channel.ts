/**
 * Messages between the portal's tabs in this browser: a sign-out, or a change to the member's
 * points. BroadcastChannel where the browser has it; otherwise a localStorage entry whose
 * `storage` event the other tabs receive. A tab never receives its own messages.
 */
export type TabMessage =
  | { type: 'signed-out' }
  /** A redemption settled; `balance` is the balance after it when known (any JSON). */
  | { type: 'member-changed'; balance: unknown }

const NAME = 'rewards-portal-tabs'
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NAME) : null

export function postToTabs(message: TabMessage) {
  if (channel) return channel.postMessage(message)
  try {
    // Set and removed at once: the other tabs get the value in the event, and nothing of the
    // member stays in storage.
    localStorage.setItem(NAME, JSON.stringify(message))
    localStorage.removeItem(NAME)
  } catch {
    // Storage blocked: the other tabs find out on their next request.
  }
}

/** Calls `listener` with every message another tab posts; returns how to stop. */
export function onTabMessage(listener: (message: TabMessage) => void): () => void {
  if (channel) {
    const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data)
    channel.addEventListener('message', onMessage)
    return () => channel.removeEventListener('message', onMessage)
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === NAME && event.newValue) listener(JSON.parse(event.newValue) as TabMessage)
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
