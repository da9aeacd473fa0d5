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
  'already_completed',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'invalid_credentials',
  'account_locked',
  'email_taken',
])
export type ProblemCode = z.infer<typeof ProblemCode>

/**
 * The HTTP status each code is answered with, and what it means (the OpenAPI document says so
 * per operation). Extension members that explain a refusal are named in backquotes.
 */
export const PROBLEMS: Readonly<Record<ProblemCode, { status: number; meaning: string }>> = {
  bad_request: {
    status: 400,
    meaning: 'the query, body or a header is malformed; `detail` says which',
  },
  unauthorized: { status: 401, meaning: 'no valid session: sign in again' },
  invalid_credentials: {
    status: 401,
    meaning: 'the email or the password is wrong (the answer does not say which)',
  },
  forbidden: { status: 403, meaning: 'signed in, but not allowed' },
  tier_required: { status: 403, meaning: 'only for a higher tier (`requiredTierId`)' },
  not_found: { status: 404, meaning: 'no such resource' },
  conflict: {
    status: 409,
    meaning: 'conflicts with the current state, e.g. a reward no longer offered',
  },
  insufficient_points: { status: 409, meaning: 'not enough points (`shortBy`)' },
  out_of_stock: { status: 409, meaning: 'none left' },
  limit_reached: {
    status: 409,
    meaning: 'redeemed as often as one member may (`limit`)',
  },
  cost_changed: { status: 409, meaning: 'the cost is not the one agreed to (`currentCost`)' },
  already_completed: {
    status: 409,
    meaning: 'done already, and earned only once (`completedAt`); nothing was credited again',
  },
  idempotency_key_reused: {
    status: 422,
    meaning: 'the Idempotency-Key was used for a request with another body; nothing was done',
  },
  idempotency_key_in_use: {
    status: 409,
    meaning:
      'a request with this Idempotency-Key is still being processed; nothing is decided yet: ask again after `Retry-After` seconds',
  },
  account_locked: { status: 423, meaning: 'the account may not sign in' },
  email_taken: {
    status: 409,
    meaning: 'a member with this email already exists: sign in instead; nothing was created',
  },
  rate_limited: { status: 429, meaning: 'too many requests: wait as long as `Retry-After` says' },
  internal_error: { status: 500, meaning: 'the server failed' },
  service_unavailable: {
    status: 503,
    meaning: 'down for a while: try again after `Retry-After` seconds',
  },
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
