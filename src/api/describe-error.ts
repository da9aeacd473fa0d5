import { ApiError, ContractError, NetworkError } from './errors'

export type ErrorDescription = {
  title: string
  detail: string
  /** True when trying the same request again may help. */
  retryable: boolean
}

/** Plain words for any failure a member can meet talking to the loyalty API. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof NetworkError) {
    return error.reason === 'timeout'
      ? {
          title: 'This is taking longer than it should',
          detail: 'The rewards service did not answer in time. Your points are safe; try again.',
          retryable: true,
        }
      : {
          title: 'We couldn’t reach the rewards service',
          detail: 'Check your internet connection, then try again. Your points are safe.',
          retryable: true,
        }
  }
  if (error instanceof ContractError) {
    return {
      title: 'We received something we couldn’t read',
      detail: `The rewards service sent an unexpected answer (${error.endpoint}, field “${error.path}”). Try again in a moment; if it keeps happening, let us know.`,
      retryable: true,
    }
  }
  if (error instanceof ApiError) {
    if (error.status === 401) {
      return {
        title: 'Please sign in again',
        detail: 'Your session has ended. Sign in again to see your rewards.',
        retryable: true,
      }
    }
    if (error.status === 503 || error.status === 429) {
      return {
        title: 'The rewards service is busy',
        detail:
          'We tried again a few times as it asked, without luck. Your points are safe; try again in a minute.',
        retryable: true,
      }
    }
    if (error.status >= 500) {
      return {
        title: 'The rewards service is having trouble',
        detail:
          error.detail ??
          'Something went wrong on our side. Your points are safe; try again in a moment.',
        retryable: true,
      }
    }
    if (error.status === 404) {
      return {
        title: 'We couldn’t find that',
        detail: error.detail ?? 'It may have been removed or the link may be out of date.',
        retryable: false,
      }
    }
    return {
      title: error.title,
      detail: error.detail ?? 'The request could not be completed.',
      retryable: true,
    }
  }
  return {
    title: 'Something went wrong',
    detail: 'An unexpected error stopped this part of the page. Try again.',
    retryable: true,
  }
}
