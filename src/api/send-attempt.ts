import type { QueryClient } from '@tanstack/react-query'
import { call } from './client'
import { listRedemptions } from './contract/list-redemptions'
import { redeemReward } from './endpoints/redeem-reward'
import { commandMutation, sendCommand, type IdempotentCommand } from './idempotent-command'
import { mutationKeys } from './query-keys'
import { redemptionAttempts, type Attempt, type RedemptionData } from './redemption-attempts'
import { REFUSAL_CODES, type RefusalCode } from './redemption-outcome'
import type { Balance } from './schemas/member'
import type { Redemption } from './schemas/redemption'

/** A redemption an attempt made, and the balance after it when the answer carried one. */
export type Redeemed = { redemption: Redemption; balance: Balance | null }

/**
 * Redeeming, as an idempotent command: POST /redemptions with the attempt's key; when the
 * answer leaves the outcome unknown, the member's wallet is asked for the redemption made with
 * the key, which settles it exactly even when every answer to the POST keeps breaking.
 */
export const redeemCommand: IdempotentCommand<RedemptionData, Redeemed, RefusalCode> = {
  attempts: redemptionAttempts,
  mutationKey: mutationKeys.redeem,
  refusalCodes: REFUSAL_CODES,
  send: (attempt) =>
    redeemReward({ rewardId: attempt.rewardId, expectedCost: attempt.expectedCost }, attempt.key),
  async find(attempt) {
    const { items } = await call(listRedemptions, {
      query: { idempotencyKey: attempt.key, limit: 1 },
    })
    // The contract filters by key; checking the reward as well costs nothing.
    const redemption = items.find((item) => item.rewardId === attempt.rewardId)
    return redemption ? { redemption, balance: null } : null
  },
  balanceOf: (result) => result.balance,
}

/**
 * Sends an attempt (again: always with its own key and body). Resolves with the redemption;
 * rejects with the answer's error, whose outcome failureOutcome tells.
 */
export const sendAttempt = (attempt: Attempt): Promise<Redeemed> =>
  sendCommand(redeemCommand, attempt)

/** The mutation that sends a member's redemption attempts, wherever one is confirmed or checked. */
export const attemptMutation = (memberId: string, queryClient: QueryClient) =>
  commandMutation(redeemCommand, memberId, queryClient)
