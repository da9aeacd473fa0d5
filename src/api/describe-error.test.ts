import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { i18n } from '@/lib/i18n/i18n'
import { PSEUDO_LOCALE } from '@/lib/i18n/locales'
import { describeError } from './describe-error'
import { ApiError, ContractError, NetworkError } from './errors'

afterEach(() => activateLocale('en'))

/** What a member reads: the description's title and detail in the active language. */
function read(error: unknown) {
  const { title, detail, retryable } = describeError(error)
  return { title: i18n._(title), detail: i18n._(detail), retryable }
}

const problem = (status: number, code: string, extra: { detail?: string; title?: string } = {}) =>
  new ApiError({ type: 'about:blank', title: extra.title ?? 'Problem', status, code, ...extra })

describe('describing a failure to a member', () => {
  it('says each kind of failure in plain words, and whether trying again may help', () => {
    expect(read(new NetworkError('offline'))).toEqual({
      title: 'We couldn’t reach the rewards service',
      detail: 'Check your internet connection, then try again. Your points are safe.',
      retryable: true,
    })
    expect(read(new ContractError('GET /me/balance', 'available', 'expected a number'))).toEqual({
      title: 'We received something we couldn’t read',
      detail:
        'The rewards service sent an unexpected answer (GET /me/balance, field “available”). Try again in a moment; if it keeps happening, let us know.',
      retryable: true,
    })
    expect(read(problem(404, 'not_found')).retryable).toBe(false)
    expect(read(new Error('boom')).title).toBe('Something went wrong')
  })

  it('speaks the member’s language', async () => {
    await activateLocale('es')
    expect(read(new NetworkError('timeout')).title).toBe('Esto está tardando más de lo normal')
    await activateLocale('ar')
    expect(read(problem(503, 'service_unavailable')).title).toBe('خدمة المكافآت مشغولة')
  })

  it('keeps the API’s own explanation, which arrives in the member’s language', async () => {
    await activateLocale('es')
    const refused = problem(409, 'tier_required', {
      title: 'Recompensa solo para Oro',
      detail: 'Alcanza el nivel Oro para canjearla.',
    })
    expect(read(refused)).toEqual({
      title: 'Recompensa solo para Oro',
      detail: 'Alcanza el nivel Oro para canjearla.',
      retryable: true,
    })
    // The designers' pseudo-locale marks the portal's words, never the API's.
    await activateLocale(PSEUDO_LOCALE)
    expect(read(problem(404, 'not_found', { detail: 'No such reward.' })).detail).toBe(
      'No such reward.',
    )
    expect(read(problem(404, 'not_found')).title).toMatch(/^\[.*~+\]$/)
  })

  it('does not show a gateway’s status text as if the service had explained itself', () => {
    const bare = new ApiError({
      type: 'about:blank',
      title: 'Request Entity Too Large',
      status: 413,
      code: 'http_error',
    })
    expect(read(bare)).toEqual({
      title: 'The rewards service turned the request down',
      detail: 'The request could not be completed. Try again in a moment.',
      retryable: true,
    })
  })
})
