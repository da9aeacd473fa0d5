import { redemptionAttempts, type Attempt } from '@/api/redemption-attempts'
import { useUnsettledAttempt as useUnsettled } from '@/api/use-command'

/**
 * The member's unsettled attempt at a reward, kept current when this tab or another one starts
 * or settles an attempt: while there is one, no new confirm is offered for the reward.
 */
export const useUnsettledAttempt = (memberId: string, rewardId: string): Attempt | null =>
  useUnsettled(redemptionAttempts, memberId, rewardId)
