import type { Problem } from './schemas/problem'

/** The server refused the request and said why (RFC 9457 problem details, or a bare HTTP status). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  readonly retryAfterSeconds: number | undefined
  /** The whole problem, extension members (shortBy, currentCost ...) included. */
  readonly problem: Problem

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.code = problem.code
    this.title = problem.title
    this.detail = problem.detail
    this.retryAfterSeconds = retryAfterSeconds
    this.problem = problem
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ContractError extends Error {
  readonly endpoint: string
  readonly path: string

  constructor(endpoint: string, path: string, reason: string) {
    // For logs and error reports; describeError() has the words a member sees.
    // eslint-disable-next-line lingui/no-unlocalized-strings -- never shown to a member
    super(`${endpoint} answered outside the contract at "${path}": ${reason}`)
    this.name = 'ContractError'
    this.endpoint = endpoint
    this.path = path
  }
}

/** The request never got an answer: offline, refused, or timed out. */
export class NetworkError extends Error {
  readonly reason: 'offline' | 'timeout'

  constructor(reason: 'offline' | 'timeout', options?: { cause?: unknown }) {
    // For logs only: describeError() has the words a member sees.
    // eslint-disable-next-line lingui/no-unlocalized-strings -- never shown to a member
    super(`loyalty API ${reason}`, options)
    this.name = 'NetworkError'
    this.reason = reason
  }
}

/** The API's 401: there is no session (any more); the member has to sign in. */
export const isUnauthorized = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 401

/** Worth trying again automatically: the network, or a server error that may pass. */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (error instanceof ApiError) return error.status >= 500 || error.status === 429
  return false
}

/** Any way a request to the loyalty API can fail: refused, off-contract or unanswered. */
export const isApiFailure = (error: unknown): error is ApiError | ContractError | NetworkError =>
  error instanceof ApiError || error instanceof ContractError || error instanceof NetworkError
