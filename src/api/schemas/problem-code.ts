import * as z from 'zod/mini'

/** The problem `code`s this version of the contract defines (servers may add more). */
export const ProblemCode = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  'insufficient_points',
  'out_of_stock',
  'tier_required',
  'limit_reached',
  'cost_changed',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'invalid_credentials',
  'account_locked',
  'unknown_scenario',
])
export type ProblemCode = z.infer<typeof ProblemCode>
