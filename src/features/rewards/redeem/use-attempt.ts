import { useMemo, useSyncExternalStore } from 'react'
import {
  attemptSnapshot,
  findAttempt,
  subscribeAttempts,
  type Attempt,
} from '@/api/redemption-attempts'

/**
 * The member's unsettled attempt at a reward, kept current when this tab or another one starts
 * or settles an attempt: while there is one, no new confirm is offered for the reward.
 */
export function useUnsettledAttempt(memberId: string, rewardId: string): Attempt | null {
  const stored = useSyncExternalStore(subscribeAttempts, attemptSnapshot(memberId, rewardId))
  return useMemo(
    () => (stored === null ? null : findAttempt(memberId, rewardId)),
    [stored, memberId, rewardId],
  )
}
