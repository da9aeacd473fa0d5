import { useMutation, useQueryClient } from '@tanstack/react-query'
import { redeemReward } from '@/api/endpoints/redeem-reward'
import { isTransient, isUnauthorized } from '@/api/errors'
import { mutationKeys, queryKeys } from '@/api/query-keys'
import { finishAttempt, type Attempt } from '@/api/redemption-attempts'

/** How often an unanswered redemption is re-sent (same key) before asking the member. */
export const AUTO_RECHECKS = 3

/**
 * Sends a redemption attempt. An unanswered request (network, timeout, 5xx) is re-sent with the
 * same Idempotency-Key, so the true outcome comes back without spending twice. The balance
 * changes only when the server has answered, everywhere at once.
 */
export function useRedeem(memberId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.redeem,
    meta: { invalidates: [queryKeys.member.all] },
    mutationFn: (attempt: Attempt) =>
      redeemReward({ rewardId: attempt.rewardId, expectedCost: attempt.expectedCost }, attempt.key),
    retry: (failureCount, error) => failureCount < AUTO_RECHECKS && isTransient(error),
    retryDelay: (failureCount) => Math.min(500 * 2 ** (failureCount - 1), 2000),
    onSuccess: (result, attempt) => {
      finishAttempt(memberId, attempt.rewardId, attempt.key)
      // The answer carries the new balance: show it before the refetch lands.
      queryClient.setQueryData(queryKeys.member.balance, result.balance)
    },
    onError: (error, attempt) => {
      // A refusal is an outcome. An unanswered request is not, nor is an expired session: the
      // attempt is kept and re-sent with its key once the member is back.
      const signedOut = isUnauthorized(error)
      if (!isTransient(error) && !signedOut) finishAttempt(memberId, attempt.rewardId, attempt.key)
    },
  })
}
