import { ApiError } from './errors'
import type { Problem } from './schemas/problem'
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

export type RedemptionOutcome =
  /** The redemption was made: its code or receipt can be shown. */
  | { kind: 'success'; result: RedemptionResult }
  /** The API refused it and spent nothing; the attempt is over. */
  | { kind: 'refused'; code: RefusalCode; problem: Problem }
  /** The session ended: the attempt waits, with its key, until the member is back. */
  | { kind: 'signed-out' }
  /**
   * The key was already used for another request, so this one was not carried out; what that
   * other request did is not known from this answer.
   */
  | { kind: 'key-reused' }
  /** No definite answer: it may or may not have gone through. Ask again with the same key. */
  | { kind: 'unknown'; retryAfterSeconds: number | undefined }

const isRefusalCode = (code: string): code is RefusalCode =>
  (REFUSAL_CODES as readonly string[]).includes(code)

/**
 * What one answer to POST /redemptions means for the points. Only a refusal the portal
 * understands (a 4xx problem with a code of REFUSAL_CODES) ends an attempt without a
 * redemption; a dropped connection, a timeout, a body outside the contract, a gateway's page,
 * any 5xx, 408, 429, 409 idempotency_key_in_use and any 4xx code not understood are unknown.
 */
export function classifyRedemption(
  answer: PromiseSettledResult<RedemptionResult>,
): RedemptionOutcome {
  if (answer.status === 'fulfilled') return { kind: 'success', result: answer.value }
  const error: unknown = answer.reason
  if (!(error instanceof ApiError)) return { kind: 'unknown', retryAfterSeconds: undefined }
  if (error.status === 401) return { kind: 'signed-out' }
  // 408 and 429 say "not now", not "no"; a 5xx says nothing about what was done.
  const definite = error.status < 500 && error.status !== 408 && error.status !== 429
  if (definite && error.code === 'idempotency_key_reused') return { kind: 'key-reused' }
  if (definite && isRefusalCode(error.code)) {
    return { kind: 'refused', code: error.code, problem: error.problem }
  }
  return { kind: 'unknown', retryAfterSeconds: error.retryAfterSeconds }
}

/** The outcome a failed request stands for (its error, as the mutation reports it). */
export const failureOutcome = (error: unknown) =>
  classifyRedemption({ status: 'rejected', reason: error })
