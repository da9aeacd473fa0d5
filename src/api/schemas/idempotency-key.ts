import * as z from 'zod/mini'

/** The Idempotency-Key header of an idempotent request: unique per attempt, a UUID say. */
export const IdempotencyKey = z.string().check(z.minLength(1), z.maxLength(255))
