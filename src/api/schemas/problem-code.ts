import * as z from 'zod/mini'
import type { Endpoint } from '../endpoint'

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
  'invalid_credentials',
  'account_locked',
])
export type ProblemCode = z.infer<typeof ProblemCode>

/** The HTTP status every code is answered with. */
export const PROBLEM_STATUS: Readonly<Record<ProblemCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  tier_required: 403,
  not_found: 404,
  conflict: 409,
  insufficient_points: 409,
  out_of_stock: 409,
  limit_reached: 409,
  cost_changed: 409,
  idempotency_key_reused: 422,
  account_locked: 423,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
}

/**
 * Every code an endpoint may answer: its own, unauthorized when it needs a session,
 * bad_request when it takes a query, a body or an Idempotency-Key, and the three any endpoint
 * may meet (too many requests, a server error, a server that is down for a while).
 */
export function problemCodes(endpoint: Endpoint): ProblemCode[] {
  const implied: ProblemCode[] = [
    ...(endpoint.session === true ? (['unauthorized'] as const) : []),
    ...(endpoint.query || endpoint.body || endpoint.idempotent ? (['bad_request'] as const) : []),
    'rate_limited',
    'internal_error',
    'service_unavailable',
  ]
  return [...new Set([...implied, ...(endpoint.problems ?? [])])]
}
