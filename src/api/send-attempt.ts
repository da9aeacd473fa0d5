import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { postToTabs } from '@/lib/tab-channel'
import { call } from './client'
import { listRedemptions } from './contract/list-redemptions'
import { redeemReward } from './endpoints/redeem-reward'
import { mutationKeys, queryKeys } from './query-keys'
import { settleAttempt, type Attempt } from './redemption-attempts'
import { classifyRedemption, failureOutcome } from './redemption-outcome'
import type { Balance } from './schemas/member'
import type { Redemption } from './schemas/redemption'

/** A redemption an attempt made, and the balance after it when the answer carried one. */
export type Redeemed = { redemption: Redemption; balance: Balance | null }

/**
 * Sends an attempt (again: always with its own key and body). When the answer leaves the
 * outcome unknown, the member's wallet is asked for the redemption made with the key, which
 * settles it exactly even when every answer to the POST keeps breaking. Resolves with the
 * redemption; rejects with the answer's error, whose outcome classifyRedemption tells.
 */
export async function sendAttempt(attempt: Attempt): Promise<Redeemed> {
  const [answer] = await Promise.allSettled([
    redeemReward({ rewardId: attempt.rewardId, expectedCost: attempt.expectedCost }, attempt.key),
  ])
  if (answer.status === 'fulfilled') return answer.value
  const { kind } = classifyRedemption(answer)
  if (kind === 'unknown' || kind === 'key-reused') {
    const redemption = await findRedemption(attempt)
    if (redemption) return { redemption, balance: null }
  }
  throw answer.reason
}

/** The redemption made with the attempt's key, or null (none yet, or the lookup failed too). */
async function findRedemption(attempt: Attempt): Promise<Redemption | null> {
  try {
    const { items } = await call(listRedemptions, {
      query: { idempotencyKey: attempt.key, limit: 1 },
    })
    // The contract filters by key; checking the reward as well costs nothing.
    return items.find((item) => item.rewardId === attempt.rewardId) ?? null
  } catch {
    return null
  }
}

/** How often an attempt whose outcome is unknown is checked again by itself (same key). */
const AUTO_RECHECKS = 3

/**
 * The mutation that sends a member's attempts, wherever one is confirmed or checked. When the
 * outcome is unknown the attempt is checked again with the same key, with backoff, before the
 * member is asked. Only a redemption or a refusal settles the attempt; the balance changes when
 * the server has answered, in every tab.
 */
export const attemptMutation = (memberId: string, queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: mutationKeys.redeem,
    meta: { invalidates: [queryKeys.member.all] },
    mutationFn: sendAttempt,
    retry: (failureCount, error) =>
      failureCount < AUTO_RECHECKS && failureOutcome(error).kind === 'unknown',
    // 0.5 s, 1 s, 2 s; longer when the API asks (Retry-After), up to 10 s.
    retryDelay: (failureCount, error) => {
      const outcome = failureOutcome(error)
      const asked = outcome.kind === 'unknown' ? (outcome.retryAfterSeconds ?? 0) * 1000 : 0
      return Math.min(Math.max(asked, 500 * 2 ** (failureCount - 1)), 10_000)
    },
    onSuccess: ({ balance }, attempt) => {
      settleAttempt(memberId, attempt)
      // The answer carries the new balance: show it before the refetch lands, here and in
      // the member's other tabs.
      if (balance) queryClient.setQueryData(queryKeys.member.balance, balance)
      postToTabs({ type: 'member-changed', balance })
    },
    onError: (error, attempt) => {
      // A refusal is an outcome. Anything else is not: the attempt is kept, with its key.
      if (failureOutcome(error).kind !== 'refused') return
      settleAttempt(memberId, attempt)
      postToTabs({ type: 'member-changed', balance: null })
    },
  })
