// @vitest-environment node
// verify-api against the reference server over real HTTP: it passes the real one, and fails a
// deliberately broken one for the reason it is broken.
import { getResponse, http, HttpResponse, type HttpHandler } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { IDEMPOTENCY_KEY } from '@/api/endpoint'
import { createEngine, type LoyaltyEngine } from '../../mocks/engine/engine'
import { withDesignerSettings } from '../../mocks/handlers/faults'
import { problemResponse } from '../../mocks/handlers/problem'
import { API_BASE_PATH, startApiServer, type ApiServer } from '../../mocks/server/start-api-server'
import { summary, verifyApi, type Check } from '../../scripts/verify-api/verify'

const PORTAL = 'http://127.0.0.1:4173'
const MAYA = { email: 'maya.chen@example.com', password: 'rewards-demo' }

let server: ApiServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function verify(layer?: (handlers: HttpHandler[]) => HttpHandler[], dryRun = false) {
  server = await startApiServer({ port: 0, origins: [PORTAL], layer })
  const lines: string[] = []
  const checks = await verifyApi({
    baseUrl: server.url,
    credentials: MAYA,
    origin: PORTAL,
    dryRun,
    print: (line) => lines.push(line),
  })
  return { checks, lines, failed: checks.filter((check) => check.outcome === 'FAIL') }
}

const failure = (subject: string, what: string, reason: RegExp) =>
  expect.objectContaining<Partial<Check>>({
    outcome: 'FAIL',
    subject,
    what,
    reason: expect.stringMatching(reason),
  })

describe('npm run verify-api', () => {
  it('passes the reference implementation (npm run api), spending on the cheapest reward it names first', async () => {
    const { checks, lines, failed } = await verify()
    expect(failed).toEqual([])
    expect(checks.filter((check) => check.outcome === 'WARN')).toEqual([])
    // Maya's birthday is on file, and a birthday is set once: nothing to check it with. One
    // answer per period: there is no second question to race two answers on. A VIP checkout
    // makes her VIP, after which no second checkout can race on a key.
    expect(summary(checks)).toMatch(/^\d+ checks: \d+ passed, 0 failed, 3 skipped$/)
    for (const subject of ['POST /me/survey/answers', 'POST /me/membership/checkout']) {
      expect(checks).toContainEqual({
        outcome: 'SKIP',
        subject,
        what: 'two requests at once with one key',
        reason: 'the member has nothing left to do it with',
      })
    }
    for (const what of [
      'is pending or active after a checkout',
      'answers the membership, cancelled with the day benefits end',
      'changes nothing when cancelled again with a new key',
      'refuses a checkout while cancelled benefits last (409 conflict)',
    ]) {
      expect(checks).toContainEqual(expect.objectContaining({ outcome: 'PASS', what }))
    }
    expect(checks).toContainEqual({
      outcome: 'SKIP',
      subject: 'POST /me/birthday',
      what: 'everything it can be checked by',
      reason: 'the member’s birthday is set already, and can be set once',
    })
    const spending = lines.findIndex((line) => line.startsWith('Spending with POST /redemptions'))
    expect(lines[spending]).toBe(
      'Spending with POST /redemptions on Free Extra Shot (60 points), twice:',
    )
    expect(lines.slice(spending + 1).some((line) => line.includes('spends once'))).toBe(true)
    // Nothing changes points before the report names what it changes them with.
    lines.forEach((line, index) => {
      const subject = /^\w+\s+(POST \S+)\s+spends once/.exec(line)?.[1]
      if (!subject) return
      const named = lines.slice(0, index).findLast((earlier) => earlier.startsWith('Spending with'))
      expect(named).toMatch(new RegExp(`^Spending with ${subject} on `))
    })
    for (const what of [
      'answers inside its schema',
      'answers 401 unauthorized without a session',
      'answers an unknown id with 404 not_found',
      'pages through the whole list with its cursor',
      'replays the first result for a repeat with the same key',
      'refuses the same key with another body (422)',
      'spends once for two requests at once with one key',
      'answers Accept-Language: es-MX, es;q=0.9 in Spanish',
      'refuses with Accept-Language: es-MX, es;q=0.9 in Spanish',
      'credits the welcome bonus once (unchanged by the repeat)',
      'refuses the same email with a new key (409 email_taken)',
    ]) {
      expect(checks.map((check) => check.what)).toContain(what)
    }
    expect(
      checks.filter((check) => check.what.startsWith('answers Accept-Language')).length,
    ).toBeGreaterThanOrEqual(6)
  })

  it('fails answers that do not say their language (Content-Language is a must)', async () => {
    const { failed } = await verify((handlers) => [
      http.all(`${API_BASE_PATH}/*`, async ({ request }) => {
        const baseUrl = new URL(request.url).origin
        const answer = await getResponse(handlers, request, { baseUrl })
        if (!answer) return undefined
        const headers = new Headers(answer.headers)
        headers.delete('Content-Language')
        return new HttpResponse(answer.body, { status: answer.status, headers })
      }),
      ...handlers,
    ])
    expect(failed).toContainEqual(
      failure(
        'GET /program',
        'answers Accept-Language: es-MX, es;q=0.9 in Spanish',
        /no Content-Language/,
      ),
    )
    expect(failed).toContainEqual(
      failure(
        'GET /me',
        'refuses with Accept-Language: es-MX, es;q=0.9 in Spanish',
        /no Content-Language/,
      ),
    )
  })

  it('warns, and passes, a backend that answers only in English (Spanish is a should)', async () => {
    const { checks, failed } = await verify((handlers) => [
      http.all(`${API_BASE_PATH}/*`, async ({ request }) => {
        const headers = new Headers(request.headers)
        headers.set('Accept-Language', 'en')
        const english = new Request(request, { headers })
        return getResponse(handlers, english, { baseUrl: new URL(request.url).origin })
      }),
      ...handlers,
    ])
    expect(failed).toEqual([])
    expect(checks).toContainEqual({
      outcome: 'WARN',
      subject: 'GET /rewards',
      what: 'answers Accept-Language: es-MX, es;q=0.9 in Spanish',
      reason: 'answered in en: members who read Spanish get these words',
    })
    // The birthday skip (Maya’s is on file), the survey race (one answer per period) and the
    // VIP checkout race (a paid checkout makes her VIP).
    expect(summary(checks)).toMatch(/^\d+ checks: \d+ passed, 0 failed, \d+ warned, 3 skipped$/)
  })

  it('spends nothing in a dry run', async () => {
    const { checks, failed } = await verify(undefined, true)
    expect(failed).toEqual([])
    expect(checks).toContainEqual({
      outcome: 'SKIP',
      subject: 'POST /redemptions',
      what: 'idempotency',
      reason: 'dry run: it spends points',
    })
    expect(checks).toContainEqual({
      outcome: 'SKIP',
      subject: 'POST /members',
      what: 'idempotency',
      reason: 'dry run: it creates a member',
    })
    const maya = server?.sessions.accounts.find((account) => account.email === MAYA.email)
    const redeemed = (engine: LoyaltyEngine | undefined) =>
      engine?.ledgerEntries().filter((entry) => entry.kind === 'redeemed').length
    expect(redeemed(maya?.engine)).toBe(redeemed(createEngine({ scenario: 'default' })))
  })

  it('fails a GET answer with a field of the wrong type, naming its JSON path', async () => {
    const { failed } = await verify((handlers) =>
      withDesignerSettings(
        handlers,
        () => ({ latency: '0', fail: { balance: 'malformed' } }),
        API_BASE_PATH,
      ),
    )
    expect(failed).toContainEqual(
      failure('GET /me/balance', 'answers inside its schema', /^\$\.available: .*expected number/),
    )
  })

  it('fails a first screen in one answer whose part is not what its own request answers', async () => {
    const { failed } = await verify((handlers) => [
      http.get(`${API_BASE_PATH}/rewards`, ({ request }) =>
        new URL(request.url).searchParams.get('limit') === '12'
          ? HttpResponse.json({ items: [], nextCursor: null })
          : undefined,
      ),
      ...handlers,
    ])
    expect(failed).toContainEqual(
      failure(
        'GET /me/home',
        'answers each part as its own request does',
        /nextRewards is not what GET \/rewards\?affordable=false&sort=cost_asc&limit=12 answers/,
      ),
    )
  })

  it('fails a problem whose code the operation does not declare', async () => {
    const { failed } = await verify((handlers) => [
      http.get(`${API_BASE_PATH}/rewards/:id`, ({ params, request }) =>
        params.id === 'verify-api-no-such-id'
          ? problemResponse({
              status: 404,
              title: 'Missing',
              code: 'no_such_reward',
              instance: new URL(request.url).pathname,
            })
          : undefined,
      ),
      ...handlers,
    ])
    expect(failed).toContainEqual(
      failure(
        'GET /rewards/{id}',
        'answers an unknown id with 404 not_found',
        /code "no_such_reward" is not one GET \/rewards\/\{id\} declares/,
      ),
    )
  })

  it('fails a replay that spends twice', async () => {
    // Forgets every key: each request, repeats included, is a new redemption.
    const { failed } = await verify((handlers) => [
      http.post(`${API_BASE_PATH}/redemptions`, async ({ request }) => {
        const headers = new Headers(request.headers)
        headers.set(IDEMPOTENCY_KEY, crypto.randomUUID())
        const forgotten = new Request(request, { headers })
        const baseUrl = new URL(request.url).origin
        return (await getResponse(handlers, forgotten, { baseUrl })) ?? HttpResponse.error()
      }),
      ...handlers,
    ])
    expect(failed).toContainEqual(
      failure(
        'POST /redemptions',
        'spends once for the repeat (the balance is unchanged)',
        /spent 120 points in all, 60 the first time/,
      ),
    )
    expect(failed).toContainEqual(
      failure(
        'POST /redemptions',
        'spends once for two requests at once with one key',
        /spent 120 points, one request spends 60/,
      ),
    )
  })

  it('fails a join whose repeat is not a replay', async () => {
    // Forgets every key: a repeat is a new request, which the email already taken refuses.
    const { failed } = await verify((handlers) => [
      http.post(`${API_BASE_PATH}/members`, async ({ request }) => {
        const headers = new Headers(request.headers)
        headers.set(IDEMPOTENCY_KEY, crypto.randomUUID())
        const forgotten = new Request(request, { headers })
        const baseUrl = new URL(request.url).origin
        return (await getResponse(handlers, forgotten, { baseUrl })) ?? HttpResponse.error()
      }),
      ...handlers,
    ])
    expect(failed).toContainEqual(
      failure(
        'POST /members',
        'replays the first result for a repeat with the same key',
        /answered 409, the first answer was 201/,
      ),
    )
  })
})
