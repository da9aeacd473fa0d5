import { describe, expect, it, vi } from 'vitest'
import { createErrorReporter, MAX_REPORTS_PER_PAGE } from './error-reporter'

const URL = 'https://errors.example.com/portal'

function reporter(pathname = '/rewards/rwd_free_coffee') {
  const sent: { url: string; body: unknown }[] = []
  const report = createErrorReporter(URL, {
    pagePaths: ['/', '/rewards', '/wallet', '/sign-in'],
    pathname: () => pathname,
    send: (url, body) => void sent.push({ url, body: JSON.parse(body) as unknown }),
  })
  return { report, sent }
}

describe('error reports', () => {
  it('a contract violation: kind, endpoint template, failing path, release and page route', () => {
    const { report, sent } = reporter()
    report({ kind: 'contract', endpoint: 'GET /rewards/{id}', path: 'cost' })
    expect(sent).toEqual([
      {
        url: URL,
        body: {
          kind: 'contract',
          endpoint: 'GET /rewards/{id}',
          path: 'cost',
          release: expect.stringMatching(/^\d+\.\d+\.\d+/),
          route: '/rewards/:id',
        },
      },
    ])
  })

  it('an unexpected error: its kind of error, and no message (it may hold member data)', () => {
    const { report, sent } = reporter('/wallet')
    report({ kind: 'unexpected', error: new TypeError('Cannot read “HP-7KQ2-M9XD” of Maya') })
    expect(sent[0]?.body).toEqual({
      kind: 'unexpected',
      error: 'TypeError',
      release: expect.any(String),
      route: '/wallet',
    })
    expect(JSON.stringify(sent)).not.toMatch(/Maya|HP-7KQ2/)
  })

  it('never sends an id, a query string or a hash of the page', () => {
    const { report, sent } = reporter('/rewards/mem_84jd9s/secret?q=abc#x')
    report({ kind: 'contract', endpoint: 'POST /redemptions', path: 'redemption.voucher.code' })
    const body = JSON.stringify(sent[0]?.body)
    expect(body).not.toMatch(/mem_84jd9s|abc|secret|\?|#/)
    expect(sent[0]?.body).toMatchObject({
      endpoint: 'POST /redemptions',
      route: '/rewards/:id/:id',
    })
  })

  it('sends each distinct endpoint and path once, and at most a few per page load', () => {
    const { report, sent } = reporter()
    for (let i = 0; i < 3; i += 1) report({ kind: 'contract', endpoint: 'GET /me', path: 'tierId' })
    expect(sent).toHaveLength(1)
    for (let i = 0; i < 20; i += 1) {
      report({ kind: 'contract', endpoint: 'GET /me/balance', path: `expiring.${i}.points` })
    }
    expect(sent).toHaveLength(MAX_REPORTS_PER_PAGE)
  })

  it('goes by sendBeacon, and by fetch with keepalive where the beacon is refused', async () => {
    const beacon = vi.fn(() => false)
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })))
    vi.stubGlobal('fetch', fetch)
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: beacon })
    try {
      const report = createErrorReporter(URL)
      report({ kind: 'unexpected', error: new RangeError('x') })
      expect(beacon).toHaveBeenCalledWith(URL, expect.stringContaining('"kind":"unexpected"'))
      expect(fetch).toHaveBeenCalledWith(
        URL,
        expect.objectContaining({ method: 'POST', keepalive: true, credentials: 'omit' }),
      )
    } finally {
      Reflect.deleteProperty(navigator, 'sendBeacon')
      vi.unstubAllGlobals()
    }
  })
})
