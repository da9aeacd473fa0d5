import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { verbatim } from '@/lib/i18n/i18n'
import { ApiError, ContractError, NetworkError } from './errors'

export type ErrorDescription = {
  /** Messages (format with `i18n._`, or hand them to ErrorState as they are). */
  title: MessageDescriptor
  detail: MessageDescriptor
  /** True when trying the same request again may help. */
  retryable: boolean
}

/**
 * Plain words for any failure a member can meet talking to the loyalty API, as messages. Where
 * the API explained a refusal itself (in the member's language: requests ask for it), its own
 * words are kept.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof NetworkError) {
    return error.reason === 'timeout'
      ? {
          title: msg`This is taking longer than it should`,
          detail: msg`The rewards service did not answer in time. Your points are safe; try again.`,
          retryable: true,
        }
      : {
          title: msg`We couldn’t reach the rewards service`,
          detail: msg`Check your internet connection, then try again. Your points are safe.`,
          retryable: true,
        }
  }
  if (error instanceof ContractError) {
    const { endpoint, path } = error
    return {
      title: msg`We received something we couldn’t read`,
      detail: msg`The rewards service sent an unexpected answer (${endpoint}, field “${path}”). Try again in a moment; if it keeps happening, let us know.`,
      retryable: true,
    }
  }
  if (error instanceof ApiError) {
    const apiDetail = error.detail === undefined ? undefined : verbatim(error.detail)
    if (error.status === 401) {
      return {
        title: msg`Please sign in again`,
        detail: msg`Your session has ended. Sign in again to see your rewards.`,
        retryable: true,
      }
    }
    if (error.status === 503 || error.status === 429) {
      return {
        title: msg`The rewards service is busy`,
        detail: msg`We tried again a few times as it asked, without luck. Your points are safe; try again in a minute.`,
        retryable: true,
      }
    }
    if (error.status >= 500) {
      return {
        title: msg`The rewards service is having trouble`,
        detail:
          apiDetail ??
          msg`Something went wrong on our side. Your points are safe; try again in a moment.`,
        retryable: true,
      }
    }
    if (error.status === 404) {
      return {
        title: msg`We couldn’t find that`,
        detail: apiDetail ?? msg`It may have been removed or the link may be out of date.`,
        retryable: false,
      }
    }
    // No problem details: a proxy or gateway answered, with a title in no particular language.
    if (error.code === 'http_error') {
      return {
        title: msg`The rewards service turned the request down`,
        detail: msg`The request could not be completed. Try again in a moment.`,
        retryable: true,
      }
    }
    return {
      title: verbatim(error.title),
      detail: apiDetail ?? msg`The request could not be completed.`,
      retryable: true,
    }
  }
  return {
    title: msg`Something went wrong`,
    detail: msg`An unexpected error stopped this part of the page. Try again.`,
    retryable: true,
  }
}
