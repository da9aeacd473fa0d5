import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '@/api/errors'
import { retryDelay } from './query-client'

const busy = (seconds?: number) =>
  new ApiError(
    { type: 'about:blank', title: 'Busy', status: 503, code: 'service_unavailable' },
    seconds,
  )

describe('retry timing', () => {
  it('waits as long as Retry-After asks', () => {
    expect(retryDelay(0, busy(2))).toBe(2000)
    expect(retryDelay(1, busy(5))).toBe(5000)
  })

  it('never waits more than 30 seconds, whatever the server asks', () => {
    expect(retryDelay(0, busy(3600))).toBe(30_000)
  })

  it('backs off 1 s, 2 s, 4 s ... up to 8 s otherwise', () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, new NetworkError('offline')))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ])
    expect(retryDelay(0, busy())).toBe(1000)
  })
})
