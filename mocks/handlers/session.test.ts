import { describe, expect, it } from 'vitest'
import { Member } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { fixedClock } from '../engine/clock'
import { createEngine } from '../engine/engine'
import { expireSessions, serveScenario, TEST_API_BASE_URL, TEST_NOW } from '../node'
import {
  cookieSessions,
  DEMO_PASSWORD,
  implicitSessions,
  LOCKED_EMAIL,
  type SessionContext,
} from './session'

const engineFor = (scenario: 'default' | 'new-member') =>
  createEngine({ scenario, clock: fixedClock(TEST_NOW) })

const withCookie = (token?: string): SessionContext => ({
  request: new Request(`${TEST_API_BASE_URL}/me`),
  cookies: token === undefined ? {} : { session: token },
})

describe('cookieSessions', () => {
  it('signs members in by email and the demo password, and finds them by cookie', () => {
    const maya = engineFor('default')
    const sam = engineFor('new-member')
    const store = cookieSessions({ engines: [maya, sam] })
    expect(store.accounts.map((account) => account.email)).toEqual([
      'maya.chen@example.com',
      'sam.okafor@example.com',
    ])
    expect(store.publicEngine()).toBe(maya)

    const signedIn = store.signIn(
      { email: 'SAM.okafor@example.com ', password: DEMO_PASSWORD },
      withCookie(),
    )
    if (signedIn.outcome !== 'signed-in') throw new Error(signedIn.outcome)
    expect(signedIn.member.firstName).toBe('Sam')
    expect(store.engineFor(withCookie(signedIn.token))).toBe(sam)
    expect(store.engineFor(withCookie())).toBeNull()
    expect(store.engineFor(withCookie('made-up'))).toBeNull()

    expect(
      store.signIn({ email: 'sam.okafor@example.com', password: 'Rewards-demo' }, withCookie())
        .outcome,
    ).toBe('invalid-credentials')
    expect(
      store.signIn({ email: 'ada@example.com', password: DEMO_PASSWORD }, withCookie()).outcome,
    ).toBe('invalid-credentials')
    expect(store.signIn({ email: LOCKED_EMAIL, password: 'anything' }, withCookie()).outcome).toBe(
      'locked',
    )
  })

  it('ends a session on sign-out, on a new sign-in from the same client, and when expired', () => {
    let now = 1_000_000
    const store = cookieSessions({
      engines: [engineFor('default')],
      ttlSeconds: 60,
      now: () => now,
    })
    const signIn = (old?: string) => {
      const result = store.signIn(
        { email: 'maya.chen@example.com', password: DEMO_PASSWORD },
        withCookie(old),
      )
      if (result.outcome !== 'signed-in') throw new Error(result.outcome)
      return result.token
    }

    const first = signIn()
    const second = signIn(first)
    expect(store.engineFor(withCookie(first))).toBeNull()
    expect(store.engineFor(withCookie(second))).not.toBeNull()
    store.signOut(withCookie(second))
    expect(store.engineFor(withCookie(second))).toBeNull()

    const third = signIn()
    now += 59_999
    expect(store.engineFor(withCookie(third))).not.toBeNull()
    now += 1
    expect(store.engineFor(withCookie(third))).toBeNull()

    signIn()
    signIn()
    expect(store.liveSessions()).toBe(2)
    expect(store.expireAll()).toBe(2)
    expect(store.liveSessions()).toBe(0)
  })

  it('refuses two members with one email', () => {
    expect(() => cookieSessions({ engines: [engineFor('default'), engineFor('default')] })).toThrow(
      /maya.chen@example.com/,
    )
  })
})

describe('implicitSessions', () => {
  it('is always signed in, and accepts only its member’s email', () => {
    const engine = engineFor('default')
    const store = implicitSessions(() => engine)
    expect(store.engineFor(withCookie())).toBe(engine)
    expect(
      store.signIn({ email: 'Maya.Chen@example.com', password: 'any' }, withCookie()).outcome,
    ).toBe('signed-in')
    expect(
      store.signIn({ email: 'sam.okafor@example.com', password: DEMO_PASSWORD }, withCookie())
        .outcome,
    ).toBe('invalid-credentials')
    expect(store.signIn({ email: LOCKED_EMAIL, password: 'x' }, withCookie()).outcome).toBe(
      'locked',
    )
    store.signOut(withCookie())
    expect(store.engineFor(withCookie())).toBe(engine)
  })
})

// Through MSW, as component tests use it: MSW keeps the session cookie like a browser would.
async function call(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

describe('serveScenario sessions', () => {
  it('implicit (the default): signed in already; sign-in and sign-out succeed', async () => {
    serveScenario('near-tier')
    expect(Member.parse((await call('/me')).json).firstName).toBe('Priya')
    const signIn = await call('/session', {
      method: 'POST',
      body: { email: 'priya.nair@example.com', password: 'whatever' },
    })
    expect(signIn.status).toBe(200)
    expect(
      (
        await call('/session', {
          method: 'POST',
          body: { email: 'maya.chen@example.com', password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(401)
    expect((await call('/session', { method: 'DELETE' })).status).toBe(204)
    expect((await call('/me')).status).toBe(200)
  })

  it('cookie: 401 until signed in, then the member, until the session expires or ends', async () => {
    serveScenario('default', { session: 'cookie' })
    const unauthorized = await call('/me/balance')
    expect(unauthorized.status).toBe(401)
    expect(Problem.parse(unauthorized.json).code).toBe('unauthorized')
    expect((await call('/program')).status).toBe(200)

    const wrong = await call('/session', {
      method: 'POST',
      body: { email: 'maya.chen@example.com', password: 'nope' },
    })
    expect(wrong.status).toBe(401)
    expect(Problem.parse(wrong.json)).toMatchObject({
      code: 'invalid_credentials',
      title: 'Email or password is incorrect',
    })
    const locked = await call('/session', {
      method: 'POST',
      body: { email: LOCKED_EMAIL, password: DEMO_PASSWORD },
    })
    expect(locked.status).toBe(423)
    expect(Problem.parse(locked.json).code).toBe('account_locked')

    const signIn = () =>
      call('/session', {
        method: 'POST',
        body: { email: 'maya.chen@example.com', password: DEMO_PASSWORD },
      })
    expect((await signIn()).status).toBe(200)
    expect(Member.parse((await call('/me')).json).firstName).toBe('Maya')

    expireSessions()
    expect((await call('/me')).status).toBe(401)

    expect((await signIn()).status).toBe(200)
    expect((await call('/me')).status).toBe(200)
    expect((await call('/session', { method: 'DELETE' })).status).toBe(204)
    expect((await call('/me')).status).toBe(401)
  })

  it('cookie: a fresh scenario starts signed out, whatever an earlier test signed in', async () => {
    serveScenario('default', { session: 'cookie' })
    await call('/session', {
      method: 'POST',
      body: { email: 'maya.chen@example.com', password: DEMO_PASSWORD },
    })
    serveScenario('default', { session: 'cookie' })
    expect((await call('/me')).status).toBe(401)
  })
})
