import { ApiError } from '@/api/errors'

/**
 * What a failed attempt to join means. Joining credits the welcome bonus, so like spending it
 * is idempotent: an answer that may hide a success is `unknown`, and only the same request
 * (same key and body) is ever sent again for it; a refusal created nothing.
 */
export type JoinFailure =
  /** A member with this email exists: nothing was created. */
  | { kind: 'email-taken' }
  /** The API refused these details (a malformed field): nothing was created. */
  | { kind: 'refused'; detail: string | undefined }
  /** It may have gone through: ask again with the same key. */
  | { kind: 'unknown' }

export function joinFailure(error: unknown): JoinFailure {
  if (!(error instanceof ApiError)) return { kind: 'unknown' }
  if (error.code === 'email_taken') return { kind: 'email-taken' }
  // The key was kept for another body: this request itself was not carried out.
  if (error.code === 'bad_request' || error.code === 'idempotency_key_reused') {
    return { kind: 'refused', detail: error.code === 'bad_request' ? error.detail : undefined }
  }
  // A 5xx, a timeout at a gateway, too many requests, or the first request still in flight.
  if (error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 409) {
    return { kind: 'unknown' }
  }
  return { kind: 'refused', detail: error.detail }
}
