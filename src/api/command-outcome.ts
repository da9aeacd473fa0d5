import { ApiError } from './errors'
import type { Problem } from './schemas/problem'

/** What one answer to an idempotent command means for the points (see idempotent-command.ts). */
export type CommandOutcome<Result, Code extends string> =
  /** The command was carried out: its result can be shown. */
  | { kind: 'success'; result: Result }
  /** The API refused it and changed nothing; the attempt is over. */
  | { kind: 'refused'; code: Code; problem: Problem }
  /** The session ended: the attempt waits, with its key, until the member is back. */
  | { kind: 'signed-out' }
  /**
   * The key was already used for another request, so this one was not carried out; what that
   * other request did is not known from this answer.
   */
  | { kind: 'key-reused' }
  /** No definite answer: it may or may not have gone through. Ask again with the same key. */
  | { kind: 'unknown'; retryAfterSeconds: number | undefined }

/**
 * What one answer to a command means. Only a refusal the portal understands (a 4xx problem
 * whose code is one of the command's `refusalCodes`) ends an attempt without a result; a
 * dropped connection, a timeout, a body outside the contract, a gateway's page, any 5xx, 408,
 * 429, 409 idempotency_key_in_use and any 4xx code not understood are unknown.
 */
export function classifyAnswer<Result, Code extends string>(
  answer: PromiseSettledResult<Result>,
  refusalCodes: readonly Code[],
): CommandOutcome<Result, Code> {
  if (answer.status === 'fulfilled') return { kind: 'success', result: answer.value }
  const error: unknown = answer.reason
  if (!(error instanceof ApiError)) return { kind: 'unknown', retryAfterSeconds: undefined }
  if (error.status === 401) return { kind: 'signed-out' }
  // 408 and 429 say "not now", not "no"; a 5xx says nothing about what was done.
  const definite = error.status < 500 && error.status !== 408 && error.status !== 429
  if (definite && error.code === 'idempotency_key_reused') return { kind: 'key-reused' }
  const code = refusalCodes.find((candidate) => candidate === error.code)
  if (definite && code !== undefined) return { kind: 'refused', code, problem: error.problem }
  return { kind: 'unknown', retryAfterSeconds: error.retryAfterSeconds }
}

/** The outcome a failed request stands for (its error, as the mutation reports it). */
export const failureOf = <Code extends string>(error: unknown, refusalCodes: readonly Code[]) =>
  classifyAnswer<never, Code>({ status: 'rejected', reason: error }, refusalCodes)
