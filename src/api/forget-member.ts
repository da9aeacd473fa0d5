import type { QueryClient } from '@tanstack/react-query'
import { clearMemberStorage } from '@/lib/member-storage'
import { postToTabs } from '@/lib/tab-channel'
import { isAttemptKey } from './attempt-keys'
import { erasePersistedQueries } from './persisted-queries'

/**
 * After a sign-out: forgets everything about the member in this browser (query cache, the
 * answers kept on the device, dismissed nudges) so the next person on it sees nothing of
 * theirs, keeps unsettled attempts (with nothing but their keys) for the next sign-in, and
 * signs out the member's other tabs.
 */
export function forgetMember(queryClient: QueryClient) {
  queryClient.clear()
  // The answers kept on this device go too (clearMemberStorage would erase them as well).
  erasePersistedQueries()
  clearMemberStorage(isAttemptKey)
  postToTabs({ type: 'signed-out' })
}
