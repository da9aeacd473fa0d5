import type { ProblemCode } from '@/api/schemas/problem-code'
import type { ProblemExtensions } from '@/api/schemas/problem-extensions'

export type { ProblemExtensions }

/** A short, general title per code, used when a refusal does not bring its own. */
const DEFAULT_TITLES: Partial<Record<ProblemCode, string>> = {
  bad_request: 'Invalid request',
  not_found: 'Not found',
  conflict: 'Conflict',
  internal_error: 'Internal error',
  insufficient_points: 'Not enough points',
  out_of_stock: 'Out of stock',
  tier_required: 'A higher tier is required',
  limit_reached: 'Limit reached',
  cost_changed: 'The cost has changed',
  idempotency_key_reused: 'Idempotency key already used',
  idempotency_key_in_use: 'A request with this idempotency key is still being processed',
}

/**
 * A rule of the engine refused the request; handlers turn it into a problem response with
 * `status`, `code`, `title`, the message as `detail`, and the extension members.
 */
export class EngineError extends Error {
  readonly code: ProblemCode
  readonly status: number
  readonly title: string
  readonly extensions: ProblemExtensions
  /** Sent as Retry-After: when asking again may get another answer. */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: ProblemCode,
    status: number,
    message: string,
    options: { title?: string; extensions?: ProblemExtensions; retryAfterSeconds?: number } = {},
  ) {
    super(message)
    this.name = 'EngineError'
    this.code = code
    this.status = status
    this.title = options.title ?? DEFAULT_TITLES[code] ?? 'Request refused'
    this.extensions = options.extensions ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}
