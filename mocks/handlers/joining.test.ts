import { describe, expect, it } from 'vitest'
import { Balance, Member } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { PublicRewardList } from '@/api/schemas/reward'
import { SignUpResult } from '@/api/schemas/session'
import { serveScenario, TEST_API_BASE_URL } from '../node'

// Through MSW, as the portal calls it: MSW keeps the session cookie like a browser would.
async function call(
  path: string,
  init: { method?: string; body?: unknown; key?: string } = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: {
      ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
      ...(init.key !== undefined && { 'Idempotency-Key': init.key }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return {
    status: response.status,
    json: text === '' ? undefined : (JSON.parse(text) as unknown),
    headers: response.headers,
  }
}

const alex = {
  firstName: ' Alex ',
  lastName: 'Rivera',
  email: 'Alex.Rivera@example.com',
  password: 'correct horse battery',
  acceptedTerms: true,
}
const join = (key: string, body: object = alex) => call('/members', { method: 'POST', body, key })

describe.each(['implicit', 'cookie'] as const)('joining (%s sessions)', (session) => {
  it('creates the member with the welcome bonus, once, and signs them in', async () => {
    serveScenario(session === 'implicit' ? 'guest' : 'default', { session })
    expect((await call('/me')).status).toBe(401)
    const program = Program.parse((await call('/program')).json)
    expect(program.welcomeBonus).toBeGreaterThan(0)

    const first = await join('key-1')
    expect(first.status).toBe(201)
    const result = SignUpResult.parse(first.json)
    expect(result).toMatchObject({
      member: { firstName: 'Alex', lastName: 'Rivera', email: 'alex.rivera@example.com' },
      welcomeBonus: program.welcomeBonus,
    })
    expect(Member.parse((await call('/me')).json).id).toBe(result.member.id)
    expect(Balance.parse((await call('/me/balance')).json).available).toBe(program.welcomeBonus)

    // The answer was lost: the same key again answers the same, and credits nothing more.
    const again = await join('key-1')
    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.json).toEqual(first.json)
    expect(Balance.parse((await call('/me/balance')).json).available).toBe(program.welcomeBonus)

    const reused = await join('key-1', { ...alex, firstName: 'Alexandra' })
    expect(reused.status).toBe(422)
    expect(Problem.parse(reused.json).code).toBe('idempotency_key_reused')

    const taken = await join('key-2', { ...alex, email: 'alex.rivera@EXAMPLE.com' })
    expect(taken.status).toBe(409)
    expect(Problem.parse(taken.json).code).toBe('email_taken')
    expect(Balance.parse((await call('/me/balance')).json).available).toBe(program.welcomeBonus)
  })

  it('refuses without the terms accepted, a short password or a blank name', async () => {
    serveScenario(session === 'implicit' ? 'guest' : 'default', { session })
    for (const body of [
      { ...alex, acceptedTerms: false },
      { ...alex, password: 'short' },
      { ...alex, firstName: '   ' },
      { ...alex, email: 'not-an-email' },
    ]) {
      const answer = await join(crypto.randomUUID(), body)
      expect(answer.status).toBe(400)
      expect(Problem.parse(answer.json).code).toBe('bad_request')
    }
    expect((await join('no-key-given', alex)).status).toBe(201)
    expect((await call('/members', { method: 'POST', body: alex })).status).toBe(400)
  })

  it('an existing member’s email is taken', async () => {
    const engine = serveScenario(session === 'implicit' ? 'guest' : 'default', { session })
    const answer = await join('key-3', { ...alex, email: engine.me().email })
    expect(answer.status).toBe(409)
    expect(Problem.parse(answer.json)).toMatchObject({
      code: 'email_taken',
      title: 'This email is already registered',
    })
  })
})

describe('the guest scenario', () => {
  it('public data only until the visitor signs in; signing out signs out', async () => {
    const engine = serveScenario('guest')
    for (const path of ['/me', '/me/balance', '/me/tier', '/rewards', '/me/redemptions']) {
      expect((await call(path)).status, path).toBe(401)
    }
    const samples = PublicRewardList.parse((await call('/program/rewards?limit=4')).json)
    expect(samples.items).toHaveLength(4)
    // Nothing of any member: the answer holds exactly the public fields.
    expect(Object.keys(samples.items[0] ?? {}).sort()).toEqual(
      ['category', 'cost', 'id', 'image', 'name', 'summary', 'tierRequired'].sort(),
    )

    const signIn = await call('/session', {
      method: 'POST',
      body: { email: engine.me().email, password: 'anything' },
    })
    expect(signIn.status).toBe(200)
    expect(Member.parse((await call('/me')).json).firstName).toBe('Maya')
    expect((await call('/session', { method: 'DELETE' })).status).toBe(204)
    expect((await call('/me')).status).toBe(401)
  })

  it('a member who joined signs in again with their email after signing out', async () => {
    serveScenario('guest')
    expect((await join('key-4')).status).toBe(201)
    expect((await call('/session', { method: 'DELETE' })).status).toBe(204)
    expect((await call('/me')).status).toBe(401)
    const signIn = await call('/session', {
      method: 'POST',
      body: { email: 'alex.rivera@example.com', password: alex.password },
    })
    expect(signIn.status).toBe(200)
    expect(Member.parse((await call('/me')).json).firstName).toBe('Alex')
  })
})

describe('sample rewards', () => {
  it('are the most popular on offer, never a sold-out one', async () => {
    const engine = serveScenario('out-of-stock')
    const { items } = PublicRewardList.parse((await call('/program/rewards')).json)
    expect(items).toHaveLength(6)
    for (const item of items) expect(engine.getReward(item.id)?.stock).not.toBe(0)
    const popularity = items.map((item) => engine.getReward(item.id)?.popularity ?? 0)
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a))
    expect((await call('/program/rewards?limit=25')).status).toBe(400)
  })
})
