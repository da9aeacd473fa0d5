// @vitest-environment node
// The standalone loyalty API over real HTTP (node's fetch, no MSW interception in between).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Balance, Member } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { DEMO_PASSWORD, LOCKED_EMAIL } from '../handlers/session'
import { memberScenarios } from '../scenarios/scenarios'
import { describeServer, parseCli } from './cli-options'
import { parseOrigins } from './cors'
import {
  DEFAULT_ORIGINS,
  EXPIRE_SESSIONS_PATH,
  startApiServer,
  type ApiServer,
} from './start-api-server'

const PORTAL = 'http://127.0.0.1:4173'
const MAYA = 'maya.chen@example.com'

let api: ApiServer

beforeAll(async () => {
  api = await startApiServer({ port: 0, origins: [PORTAL], admin: true })
})

afterAll(async () => {
  await api.close()
})

type Call = { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> }

async function call(path: string, { method = 'GET', cookie, body, headers = {} }: Call = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { response, json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

/** Signs in and returns the `name=value` pair to send back as the Cookie header. */
async function signIn(email = MAYA, password = DEMO_PASSWORD): Promise<string> {
  const { response } = await call('/session', { method: 'POST', body: { email, password } })
  expect(response.status).toBe(200)
  const [setCookie] = response.headers.getSetCookie()
  const pair = setCookie?.split(';')[0]
  if (!pair) throw new Error('no Set-Cookie on sign-in')
  return pair
}

function expectProblem(json: unknown, status: number, code: string) {
  expect(Problem.parse(json)).toMatchObject({ status, code })
}

describe('the standalone loyalty API', () => {
  it('serves GET /program without a session', async () => {
    const { response, json } = await call('/program')
    expect(response.status).toBe(200)
    expect(Program.parse(json).tiers.length).toBeGreaterThan(1)
  })

  it('compresses its answers for clients that accept gzip, as a production API does', async () => {
    const { response, json } = await call('/program', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(Program.parse(json).tiers.length).toBeGreaterThan(1)
    const plain = await call('/program', { headers: { 'Accept-Encoding': 'identity' } })
    expect(plain.response.headers.get('content-encoding')).toBeNull()
    expect(plain.json).toEqual(json)
  })

  it('answers member resources without a session with 401 unauthorized', async () => {
    for (const path of [
      '/me',
      '/me/balance',
      '/me/tier',
      '/rewards',
      '/rewards/rwd_free_coffee',
      '/me/redemptions',
    ]) {
      const { response, json } = await call(path)
      expect(response.status, path).toBe(401)
      expect(response.headers.get('Content-Type')).toContain('application/problem+json')
      expectProblem(json, 401, 'unauthorized')
    }
    const { response } = await call('/redemptions', {
      method: 'POST',
      body: { rewardId: 'rwd_free_coffee', expectedCost: 150 },
      headers: { 'Idempotency-Key': 'anonymous' },
    })
    expect(response.status).toBe(401)
  })

  it('signs in with an HttpOnly, SameSite=Lax session cookie, and /me works with it', async () => {
    const { response, json } = await call('/session', {
      method: 'POST',
      body: { email: ' Maya.Chen@Example.com ', password: DEMO_PASSWORD },
    })
    expect(response.status).toBe(200)
    expect(Member.parse(json).email).toBe(MAYA)
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(1)
    const attributes = (cookies[0] ?? '').split(';').map((part) => part.trim())
    expect(attributes[0]).toMatch(/^session=[\w-]{16,}$/)
    expect(attributes.slice(1)).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']),
    )
    // Plain http on localhost: a Secure cookie would never be sent back.
    expect(attributes.some((attribute) => /^secure$/i.test(attribute))).toBe(false)

    const me = await call('/me', { cookie: attributes[0] })
    expect(me.response.status).toBe(200)
    expect(Member.parse(me.json)).toMatchObject({ email: MAYA, firstName: 'Maya' })
  })

  it('keeps each client to its own session (one client signing in signs in no one else)', async () => {
    const maya = await signIn(MAYA)
    const sam = await signIn('sam.okafor@example.com')
    expect(Member.parse((await call('/me', { cookie: maya })).json).firstName).toBe('Maya')
    expect(Member.parse((await call('/me', { cookie: sam })).json).firstName).toBe('Sam')
    expect((await call('/me')).response.status).toBe(401)
    expect((await call('/me', { cookie: 'session=forged' })).response.status).toBe(401)
  })

  it('offers every scenario as a demo account, the --scenario one first', async () => {
    expect(api.accounts.map((account) => account.scenario)).toEqual([...memberScenarios, null])
    expect(api.accounts.at(-1)?.email).toBe(LOCKED_EMAIL)
    for (const account of api.accounts.slice(0, -1)) {
      const cookie = await signIn(account.email)
      expect(Member.parse((await call('/me', { cookie })).json).email).toBe(account.email)
    }
    const other = await startApiServer({ port: 0, scenario: 'top-tier' })
    try {
      expect(other.accounts[0]).toMatchObject({
        email: 'eleanor.whitfield@example.com',
        scenario: 'top-tier',
      })
      expect(describeServer(other, {})).toContain(`Loyalty API listening on ${other.url}`)
    } finally {
      await other.close()
    }
  })

  it('answers a wrong password or an unknown email with 401 invalid_credentials', async () => {
    for (const body of [
      { email: MAYA, password: 'rewards-demo!' },
      { email: 'nobody@example.com', password: DEMO_PASSWORD },
    ]) {
      const { response, json } = await call('/session', { method: 'POST', body })
      expect(response.status).toBe(401)
      expect(response.headers.getSetCookie()).toEqual([])
      expectProblem(json, 401, 'invalid_credentials')
      expect(Problem.parse(json).title).toBe('Email or password is incorrect')
    }
  })

  it('answers the locked demo account with 423 account_locked', async () => {
    const { response, json } = await call('/session', {
      method: 'POST',
      body: { email: LOCKED_EMAIL, password: DEMO_PASSWORD },
    })
    expect(response.status).toBe(423)
    expectProblem(json, 423, 'account_locked')
  })

  it('answers a malformed sign-in with 400', async () => {
    const { response, json } = await call('/session', { method: 'POST', body: { email: MAYA } })
    expect(response.status).toBe(400)
    expectProblem(json, 400, 'bad_request')
  })

  it('DELETE /session ends the session and clears the cookie', async () => {
    const cookie = await signIn()
    const { response } = await call('/session', { method: 'DELETE', cookie })
    expect(response.status).toBe(204)
    expect(response.headers.getSetCookie()[0]).toMatch(/^session=;.*Max-Age=0/)
    const after = await call('/me', { cookie })
    expect(after.response.status).toBe(401)
    expectProblem(after.json, 401, 'unauthorized')
  })

  it('debits once for a redemption replayed over HTTP with the same Idempotency-Key', async () => {
    const cookie = await signIn(MAYA)
    const before = Balance.parse((await call('/me/balance', { cookie })).json).available
    const wallet = RedemptionPage.parse((await call('/me/redemptions?limit=100', { cookie })).json)
    const redeem = () =>
      call('/redemptions', {
        method: 'POST',
        cookie,
        body: { rewardId: 'rwd_free_coffee', expectedCost: 150 },
        headers: { 'Idempotency-Key': 'http-replay-1' },
      })
    const first = await redeem()
    const second = await redeem()
    expect(first.response.status).toBe(201)
    expect(second.response.status).toBe(201)
    expect(first.response.headers.get('Idempotent-Replayed')).toBeNull()
    expect(second.response.headers.get('Idempotent-Replayed')).toBe('true')
    expect(RedemptionResult.parse(second.json)).toEqual(RedemptionResult.parse(first.json))
    expect(RedemptionResult.parse(first.json).balance.available).toBe(before - 150)
    expect(Balance.parse((await call('/me/balance', { cookie })).json).available).toBe(before - 150)
    const after = RedemptionPage.parse((await call('/me/redemptions?limit=100', { cookie })).json)
    expect(after.items).toHaveLength(wallet.items.length + 1)
  })

  it('finds the redemption made with an Idempotency-Key in the wallet', async () => {
    const cookie = await signIn(MAYA)
    const made = await call('/redemptions', {
      method: 'POST',
      cookie,
      body: { rewardId: 'rwd_extra_shot', expectedCost: 60 },
      headers: { 'Idempotency-Key': 'http-lookup-1' },
    })
    expect(made.response.status).toBe(201)
    const found = await call('/me/redemptions?idempotencyKey=http-lookup-1', { cookie })
    expect(RedemptionPage.parse(found.json)).toEqual({
      items: [RedemptionResult.parse(made.json).redemption],
      nextCursor: null,
    })
    const none = await call('/me/redemptions?idempotencyKey=http-lookup-2', { cookie })
    expect(RedemptionPage.parse(none.json).items).toEqual([])
  })

  it('answers a repeat while the first is being processed 409 idempotency_key_in_use', async () => {
    const slow = await startApiServer({ port: 0, origins: [PORTAL], commandProcessingMs: 400 })
    try {
      const signedIn = await fetch(`${slow.url}/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: MAYA, password: DEMO_PASSWORD }),
      })
      const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? ''
      const redeem = () =>
        fetch(`${slow.url}/redemptions`, {
          method: 'POST',
          headers: {
            Cookie: cookie,
            'Content-Type': 'application/json',
            'Idempotency-Key': 'http-in-flight-1',
          },
          body: JSON.stringify({ rewardId: 'rwd_free_coffee', expectedCost: 150 }),
        })
      const first = redeem()
      await new Promise((resolve) => setTimeout(resolve, 100))
      const repeat = await redeem()
      expect(repeat.status).toBe(409)
      expect(repeat.headers.get('Retry-After')).toBe('1')
      expectProblem(await repeat.json(), 409, 'idempotency_key_in_use')
      expect((await first).status).toBe(201)
      const replay = await redeem()
      expect(replay.status).toBe(201)
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    } finally {
      await slow.close()
    }
  })

  it('answers an unknown API path with a 404 problem', async () => {
    const { response, json } = await call('/nothing-here')
    expect(response.status).toBe(404)
    expectProblem(json, 404, 'not_found')
  })
})

describe('languages', () => {
  const inLanguage = (language: string) => ({ headers: { 'Accept-Language': language } })

  it('answers in the language of Accept-Language, saying which, with the same ids and numbers', async () => {
    const cookie = await signIn()
    const english = await call('/me/redemptions?limit=5', { cookie })
    const spanish = await call('/me/redemptions?limit=5', {
      cookie,
      ...inLanguage('es-MX,es;q=0.9,en;q=0.8'),
    })
    const arabic = await call('/me/redemptions?limit=5', { cookie, ...inLanguage('ar') })
    expect(english.response.headers.get('Content-Language')).toBe('en')
    expect(spanish.response.headers.get('Content-Language')).toBe('es')
    expect(arabic.response.headers.get('Content-Language')).toBe('ar')
    // With CORS on the same answer: Vary names the origin and the language.
    expect(spanish.response.headers.get('Vary')).toMatch(/Origin/)
    expect(spanish.response.headers.get('Vary')).toMatch(/Accept-Language/)
    const [en, es, ar] = [english, spanish, arabic].map(({ json }) => RedemptionPage.parse(json))
    const codes = (page: typeof en) =>
      page?.items.map((item) => [item.id, item.voucher?.code ?? null, item.cost, item.status])
    expect(codes(es)).toEqual(codes(en))
    expect(codes(ar)).toEqual(codes(en))
    expect(es?.items.map((item) => item.rewardName)).toContain('10 US$ de descuento')
    expect(ar?.items.map((item) => item.rewardName)).toContain('خصم 10 US$')

    const program = Program.parse((await call('/program', inLanguage('ar'))).json)
    expect(program.name).toBe('مكافآت هاربر آند باين')
  })

  it('refuses in the language asked for, the server’s own answers too', async () => {
    const { response, json } = await call('/me', inLanguage('es'))
    expect(response.headers.get('Content-Language')).toBe('es')
    expect(Problem.parse(json)).toMatchObject({ code: 'unauthorized', title: 'Inicia sesión' })
    const wrong = await call('/session', {
      method: 'POST',
      body: { email: MAYA, password: 'nope' },
      ...inLanguage('ar'),
    })
    expect(Problem.parse(wrong.json)).toMatchObject({
      code: 'invalid_credentials',
      title: 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
    })
    const missing = await call('/nothing-here', inLanguage('es;q=0.5, ar'))
    expect(missing.response.headers.get('Content-Language')).toBe('ar')
    expect(missing.response.headers.get('Vary')).toMatch(/Accept-Language/)
    expect(Problem.parse(missing.json)).toMatchObject({ code: 'not_found', title: 'غير موجود' })
  })

  it('answers a language it does not speak in English', async () => {
    const { response, json } = await call('/program', inLanguage('fr-FR, de;q=0.8'))
    expect(response.headers.get('Content-Language')).toBe('en')
    expect(Program.parse(json).name).toBe('Harbor & Pine Rewards')
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${api.url}/redemptions`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    })

  it('lets an allowed portal origin call with credentials', async () => {
    const response = await preflight(PORTAL)
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL)
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/)
    expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/DELETE/)
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase()
    expect(allowed).toContain('content-type')
    expect(allowed).toContain('idempotency-key')
    expect(allowed).toContain('accept-language')

    const { response: get } = await call('/program', { headers: { Origin: PORTAL } })
    expect(get.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL)
    expect(get.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    expect(get.headers.get('Vary')).toMatch(/Origin/)
    const exposed = (get.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase()
    expect(exposed).toContain('retry-after')
    expect(exposed).toContain('idempotent-replayed')
    // Problems carry the headers too, or the portal could not read why it was refused.
    const { response: refused } = await call('/me', { headers: { Origin: PORTAL } })
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL)
  })

  it('gives any other origin no CORS headers', async () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:4174']) {
      const response = await preflight(origin)
      const { response: get } = await call('/program', { headers: { Origin: origin } })
      for (const answer of [response, get]) {
        const cors = [...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))
        expect(cors, origin).toEqual([])
      }
    }
  })
})

describe('test aids', () => {
  it('POST /__admin/expire-sessions (with --admin) ends every session', async () => {
    const cookie = await signIn()
    const response = await fetch(`${api.origin}${EXPIRE_SESSIONS_PATH}`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { expired: number }).expired).toBeGreaterThan(0)
    expect((await call('/me', { cookie })).response.status).toBe(401)
  })

  it('serves no admin endpoint without --admin', async () => {
    const plain = await startApiServer({ port: 0 })
    try {
      const response = await fetch(`${plain.origin}${EXPIRE_SESSIONS_PATH}`, { method: 'POST' })
      expect(response.status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})

describe('the command line', () => {
  it('has defaults', () => {
    expect(parseCli([])).toEqual({
      kind: 'run',
      options: {
        port: 8787,
        scenario: 'default',
        origins: [...DEFAULT_ORIGINS],
        admin: false,
        sessionTtlSeconds: null,
        commandProcessingMs: 0,
        quiet: false,
      },
    })
  })

  it('reads every flag', () => {
    const cli = parseCli([
      '--port=9000',
      '--scenario',
      'near-tier',
      '--origin',
      'http://localhost:3000,https://portal.example.com',
      '--origin=http://127.0.0.1:3000',
      '--admin',
      '--session-ttl-seconds',
      '60',
      '--processing-ms',
      '250',
      '--quiet',
    ])
    expect(cli).toEqual({
      kind: 'run',
      options: {
        port: 9000,
        scenario: 'near-tier',
        origins: ['http://localhost:3000', 'https://portal.example.com', 'http://127.0.0.1:3000'],
        admin: true,
        sessionTtlSeconds: 60,
        commandProcessingMs: 250,
        quiet: true,
      },
    })
    expect(parseCli(['--help'])).toEqual({ kind: 'help' })
  })

  it.each([
    [['--port', 'eighty'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--scenario', 'vip'], /unknown “vip”/],
    [['--origin', 'http://localhost:5173/'], /did you mean “http:\/\/localhost:5173”/],
    [['--session-ttl-seconds', '0'], /at least 1/],
    [['--processing-ms', 'soon'], /--processing-ms must be a whole number/],
    [['--verbose'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    const cli = parseCli(argv)
    expect(cli.kind).toBe('error')
    expect(cli.kind === 'error' && cli.message).toMatch(message)
  })

  it('checks origins', () => {
    expect(parseOrigins(' http://a.example , http://b.example:81 ')).toEqual([
      'http://a.example',
      'http://b.example:81',
    ])
    expect(() => parseOrigins('localhost:5173')).toThrow(/not an origin/)
  })
})
