import * as z from 'zod/mini'

/** Longest Idempotency-Key the API accepts (a UUID is 36 characters). */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255

/**
 * How long the API keeps an Idempotency-Key with the result it gave: a repeat within this time
 * gets that result again; after it, the key is forgotten and would start a new request.
 */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24

/** The Idempotency-Key header of an idempotent request: unique per attempt, a UUID say. */
export const IdempotencyKey = z
  .string()
  .check(z.minLength(1), z.maxLength(IDEMPOTENCY_KEY_MAX_LENGTH))
