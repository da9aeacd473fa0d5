import { classifyAnswer, failureOf, type CommandOutcome } from './command-outcome'
import type { RedemptionResult } from './schemas/redemption'

/**
 * The problem codes with which the API refuses POST /redemptions before it spends anything,
 * each one a rule of the contract the portal can explain: not enough points, sold out, tier,
 * limit, cost moved, no longer offered (conflict), no such reward, a request it would not
 * accept. Any other code (idempotency_key_in_use, a code from a newer server, a gateway's
 * bare status) says nothing definite about the points.
 */
export const REFUSAL_CODES = [
  'insufficient_points',
  'out_of_stock',
  'tier_required',
  'limit_reached',
  'cost_changed',
  'conflict',
  'not_found',
  'bad_request',
] as const
export type RefusalCode = (typeof REFUSAL_CODES)[number]

/** What one answer to POST /redemptions means for the points (see command-outcome.ts). */
export type RedemptionOutcome = CommandOutcome<RedemptionResult, RefusalCode>

export const classifyRedemption = (
  answer: PromiseSettledResult<RedemptionResult>,
): RedemptionOutcome => classifyAnswer(answer, REFUSAL_CODES)

/** The outcome a failed redemption request stands for (its error, as the mutation reports it). */
export const failureOutcome = (error: unknown) => failureOf(error, REFUSAL_CODES)
