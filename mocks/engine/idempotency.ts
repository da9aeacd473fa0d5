import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_RETENTION_HOURS,
} from '@/api/schemas/idempotency-key'
import type { Clock } from './clock'
import { EngineError } from './engine-error'

const KEY_RETENTION_MS = IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000

/** How soon to ask again about a key whose first request is still being processed. */
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1

/**
 * A request accepted for processing: either the replay of the key's stored result, or a new
 * request that holds its key until `commit` applies the rules (and then stores the result, or
 * frees the key on a refusal). Between the two, a repeat with the key is answered 409
 * idempotency_key_in_use: that is the window a real server has while it works.
 */
export type Begun<Result> =
  { state: 'replayed'; result: Result } | { state: 'begun'; commit(): Result }

/** A begun request carried out at once (no processing time in between). */
export function atOnce<Result>(begun: Begun<Result>): { result: Result; replayed: boolean } {
  return begun.state === 'replayed'
    ? { result: begun.result, replayed: true }
    : { result: begun.commit(), replayed: false }
}

/** One idempotent request as the store sees it: which command, its body, and its words. */
export type IdempotentRequest<Result> = {
  /** The operation (a redemption, an action): the same key for another one is a reuse. */
  command: string
  key: string
  /** Compared as JSON: the same key with another body is refused. */
  body: unknown
  /** The request in words, for the refusal of a reused key: "reward X at 150 points". */
  describe: string
  /** Applies the rules: a result, or an EngineError for a refusal (which is not stored). */
  run: () => Result
}

type Stored = {
  command: string
  body: string
  describe: string
  result: unknown
  /** Engine time the result was stored, in ms: the key is forgotten KEY_RETENTION_MS later. */
  storedAt: number
}

/**
 * The API's Idempotency-Key rules for one member, for every command that spends or earns
 * points: a key is kept with its result for IDEMPOTENCY_KEY_RETENTION_HOURS (by the engine's
 * clock); a repeat with the same key and body gets the result again and changes nothing; the
 * same key with another body (or for another command) is refused 422 idempotency_key_reused; a
 * repeat while the first is in flight is answered 409 idempotency_key_in_use; a refusal frees
 * the key.
 */
export function createIdempotencyStore(clock: Clock) {
  const stored = new Map<string, Stored>()
  /** Keys of requests begun and not yet committed. */
  const inFlight = new Map<string, Omit<Stored, 'result' | 'storedAt'>>()

  /** Drops the keys stored longer ago than the retention period: the store stays bounded. */
  function forgetOldKeys(now: number) {
    for (const [key, entry] of stored) {
      if (now - entry.storedAt >= KEY_RETENTION_MS) stored.delete(key)
    }
  }

  function keyReused(key: string, earlier: { describe: string }): EngineError {
    return new EngineError(
      'idempotency_key_reused',
      422,
      `The Idempotency-Key “${key}” was used for a different request (${earlier.describe}). Use a new key for a new request.`,
    )
  }

  return {
    begin<Result>(request: IdempotentRequest<Result>): Begun<Result> {
      const { key, command } = request
      if (key.trim() === '' || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
        throw new EngineError(
          'bad_request',
          400,
          `An Idempotency-Key is 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
        )
      }
      forgetOldKeys(clock().getTime())
      const body = JSON.stringify(request.body)
      const same = (earlier: { command: string; body: string }) =>
        earlier.command === command && earlier.body === body
      const earlier = stored.get(key)
      if (earlier) {
        if (!same(earlier)) throw keyReused(key, earlier)
        return { state: 'replayed', result: structuredClone(earlier.result) as Result }
      }
      const pending = inFlight.get(key)
      if (pending) {
        if (!same(pending)) throw keyReused(key, pending)
        throw new EngineError(
          'idempotency_key_in_use',
          409,
          `A request with the Idempotency-Key “${key}” is still being processed. Ask again shortly for its result.`,
          { retryAfterSeconds: IN_FLIGHT_RETRY_AFTER_SECONDS },
        )
      }
      const entry = { command, body, describe: request.describe }
      inFlight.set(key, entry)
      return {
        state: 'begun',
        commit() {
          try {
            const result = request.run()
            stored.set(key, {
              ...entry,
              result: structuredClone(result),
              storedAt: clock().getTime(),
            })
            return result
          } finally {
            // A refusal is not stored: the key is free to be sent again.
            inFlight.delete(key)
          }
        },
      }
    },
  }
}
