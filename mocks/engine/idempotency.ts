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

/**
 * The begun request with its result written by `render`: stored results hold the words of
 * every language, and each answer (the first, or a replay) is written in the language its
 * request asked for.
 */
export function rendered<Stored, Result>(
  begun: Begun<Stored>,
  render: (stored: Stored) => Result,
): Begun<Result> {
  return begun.state === 'replayed'
    ? { state: 'replayed', result: render(begun.result) }
    : { state: 'begun', commit: () => render(begun.commit()) }
}

/** One idempotent request as the store sees it. */
export type IdempotentRequest<Stored> = {
  /** The operation (a redemption, an action): the same key for another one is a reuse. */
  command: string
  key: string
  /** Compared as JSON: the same key with another body is refused. */
  body: unknown
  /** The refusal of this key used before for another request (words of the command's own). */
  keyReused: () => EngineError
  /** Applies the rules: a result to store, or an EngineError for a refusal (not stored). */
  run: () => Stored
}

type Entry = { command: string; body: string; keyReused: () => EngineError }

/**
 * The API's Idempotency-Key rules for one member, for every command that spends or earns
 * points: a key is kept with its result for IDEMPOTENCY_KEY_RETENTION_HOURS (by the engine's
 * clock); a repeat with the same key and body gets the result again and changes nothing; the
 * same key with another body (or for another command) is refused 422 idempotency_key_reused; a
 * repeat while the first is in flight is answered 409 idempotency_key_in_use; a refusal frees
 * the key.
 */
export function createIdempotencyStore(clock: Clock) {
  /** Results by key, with the engine time they were stored at, in ms. */
  const stored = new Map<string, Entry & { result: unknown; storedAt: number }>()
  /** Keys of requests begun and not yet committed. */
  const inFlight = new Map<string, Entry>()

  /** Drops the keys stored longer ago than the retention period: the store stays bounded. */
  function forgetOldKeys(now: number) {
    for (const [key, entry] of stored) {
      if (now - entry.storedAt >= KEY_RETENTION_MS) stored.delete(key)
    }
  }

  return {
    begin<Stored>(request: IdempotentRequest<Stored>): Begun<Stored> {
      const { key, command } = request
      if (key.trim() === '' || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
        throw new EngineError('bad_request', 400, (w) =>
          w.problems.keyLength(IDEMPOTENCY_KEY_MAX_LENGTH),
        )
      }
      forgetOldKeys(clock().getTime())
      const body = JSON.stringify(request.body)
      const same = (earlier: Entry) => earlier.command === command && earlier.body === body
      const earlier = stored.get(key)
      if (earlier) {
        if (!same(earlier)) throw earlier.keyReused()
        return { state: 'replayed', result: earlier.result as Stored }
      }
      const pending = inFlight.get(key)
      if (pending) {
        if (!same(pending)) throw pending.keyReused()
        throw new EngineError('idempotency_key_in_use', 409, (w) => w.problems.keyInUse({ key }), {
          retryAfterSeconds: IN_FLIGHT_RETRY_AFTER_SECONDS,
        })
      }
      const entry: Entry = { command, body, keyReused: request.keyReused }
      inFlight.set(key, entry)
      return {
        state: 'begun',
        commit() {
          try {
            const result = request.run()
            stored.set(key, { ...entry, result, storedAt: clock().getTime() })
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
