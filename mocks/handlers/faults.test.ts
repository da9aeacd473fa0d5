import { describe, expect, it } from 'vitest'
import { Balance, Member, TierProgress } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { Reward, RewardPage } from '@/api/schemas/reward'
import type { FaultEndpoint } from '../designer-settings'
import { serveScenario, setMockFaults, TEST_API_BASE_URL } from '../node'
import { breakContract, PRICE_RISE } from './fault-answers'

// test/setup.ts starts the shared MSW server (with this layer in front of the handlers) and
// resets the faults after each test; these requests go through real fetch.

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

function redeem(signal?: AbortSignal) {
  return fetch(api('/redemptions'), {
    signal,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-test-1' },
    body: JSON.stringify({ rewardId: 'rwd_free_coffee', expectedCost: 150 }),
  })
}

type Case = {
  endpoint: FaultEndpoint
  request: (signal?: AbortSignal) => Promise<Response>
  schema: { safeParse: (value: unknown) => { success: boolean } }
}

const cases: Case[] = [
  { endpoint: 'program', request: (signal) => fetch(api('/program'), { signal }), schema: Program },
  { endpoint: 'me', request: (signal) => fetch(api('/me'), { signal }), schema: Member },
  {
    endpoint: 'balance',
    request: (signal) => fetch(api('/me/balance'), { signal }),
    schema: Balance,
  },
  {
    endpoint: 'tier',
    request: (signal) => fetch(api('/me/tier'), { signal }),
    schema: TierProgress,
  },
  {
    endpoint: 'rewards',
    request: (signal) => fetch(api('/rewards?limit=5'), { signal }),
    schema: RewardPage,
  },
  {
    endpoint: 'reward',
    request: (signal) => fetch(api('/rewards/rwd_free_coffee'), { signal }),
    schema: Reward,
  },
  { endpoint: 'redemptions', request: (signal) => redeem(signal), schema: RedemptionResult },
  {
    endpoint: 'wallet',
    request: (signal) => fetch(api('/me/redemptions'), { signal }),
    schema: RedemptionPage,
  },
]

const sessionCase = {
  endpoint: 'session' as const,
  request: () =>
    fetch(api('/session'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.com', password: 'secret' }),
    }),
}

describe('faults', () => {
  it.each([...cases, sessionCase].map((c) => [c.endpoint, c] as const))(
    '%s:500 answers a 500 problem',
    async (endpoint, { request }) => {
      setMockFaults({ fail: { [endpoint]: '500' } })
      const response = await request()
      expect(response.status).toBe(500)
      expect(response.headers.get('Content-Type')).toContain('application/problem+json')
      expect(Problem.parse(await response.json())).toMatchObject({
        status: 500,
        code: 'internal_error',
      })
    },
  )

  it.each([...cases, sessionCase].map((c) => [c.endpoint, c] as const))(
    '%s:503 answers a 503 problem with Retry-After: 2',
    async (endpoint, { request }) => {
      setMockFaults({ fail: { [endpoint]: '503' } })
      const response = await request()
      expect(response.status).toBe(503)
      expect(response.headers.get('Retry-After')).toBe('2')
      expect(Problem.parse(await response.json())).toMatchObject({
        status: 503,
        code: 'service_unavailable',
      })
    },
  )

  it.each([...cases, sessionCase].map((c) => [c.endpoint, c] as const))(
    '%s:401 answers a 401 problem with code unauthorized',
    async (endpoint, { request }) => {
      setMockFaults({ fail: { [endpoint]: '401' } })
      const response = await request()
      expect(response.status).toBe(401)
      expect(Problem.parse(await response.json())).toMatchObject({
        status: 401,
        code: 'unauthorized',
      })
    },
  )

  it.each(cases.map((c) => [c.endpoint, c] as const))(
    '%s:malformed answers 2xx JSON that the contract rejects (and only with the fault)',
    async (endpoint, { request, schema }) => {
      serveScenario('default')
      const healthy = await request()
      expect(healthy.ok).toBe(true)
      expect(schema.safeParse(await healthy.json()).success).toBe(true)

      serveScenario('default')
      setMockFaults({ fail: { [endpoint]: 'malformed' } })
      const broken = await request()
      expect(broken.ok).toBe(true)
      expect(broken.headers.get('Content-Type')).toContain('application/json')
      expect(schema.safeParse(await broken.json()).success).toBe(false)
    },
  )

  it('redemptions:sold-out: the last unit goes just before the confirm, and the API refuses it', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    setMockFaults({ fail: { redemptions: 'sold-out' } })
    const response = await redeem()
    expect(response.status).toBe(409)
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'out_of_stock' })
    expect(engine.getReward('rwd_free_coffee')?.stock).toBe(0)
    expect(engine.balance().available).toBe(before)
  })

  it('redemptions:price-changed: the price goes up once; the confirm at the new price redeems', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    setMockFaults({ fail: { redemptions: 'price-changed' } })
    const refused = await redeem()
    expect(refused.status).toBe(409)
    expect(Problem.parse(await refused.json())).toMatchObject({
      code: 'cost_changed',
      currentCost: 150 + PRICE_RISE,
    })
    expect(engine.balance().available).toBe(before)

    const again = await fetch(api('/redemptions'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-test-2' },
      body: JSON.stringify({ rewardId: 'rwd_free_coffee', expectedCost: 150 + PRICE_RISE }),
    })
    expect(again.status).toBe(201)
    expect(RedemptionResult.safeParse(await again.json()).success).toBe(true)
    expect(engine.balance().available).toBe(before - 150 - PRICE_RISE)
  })

  it('redemptions:points-taken-back: a returned order takes points back first; the API refuses, the activity says why', async () => {
    const engine = serveScenario('default')
    const cost = engine.getReward('rwd_free_coffee')?.cost ?? 0
    const wallet = () => engine.listRedemptions({ limit: 100 }).items.length
    const codes = wallet()
    setMockFaults({ fail: { redemptions: 'points-taken-back' } })
    const response = await redeem()
    expect(response.status).toBe(409)
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'insufficient_points' })
    expect(engine.balance().available).toBe(cost - 1)
    const [latest] = engine.listActivity({ limit: 1 }).items
    expect(latest).toMatchObject({ source: 'adjustment', status: 'posted' })
    expect(latest?.points).toBeLessThan(0)
    expect(latest?.description).toMatch(/^Points taken back: online order #HP-\d+ was returned$/)
    expect(wallet()).toBe(codes)
  })

  it('redemptions:limit-reached: another device redeems up to the limit first; the API refuses the member’s', async () => {
    const engine = serveScenario('default')
    const balance = () => engine.balance()
    const reward = engine
      .listRewards({ limit: 100, sort: 'cost_asc', affordable: true })
      .items.find(
        (r) =>
          r.limitPerMember !== null &&
          r.tierRequired === null &&
          r.stock !== 0 &&
          (r.limitPerMember - r.redeemedByMe) * r.cost <= balance().available,
      )
    if (!reward?.limitPerMember)
      throw new Error('the default member has a limited reward to redeem')
    const before = balance().available
    const left = reward.limitPerMember - reward.redeemedByMe
    setMockFaults({ fail: { redemptions: 'limit-reached' } })
    const response = await fetch(api('/redemptions'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-test-limit' },
      body: JSON.stringify({ rewardId: reward.id, expectedCost: reward.cost }),
    })
    expect(response.status).toBe(409)
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'limit_reached' })
    expect(engine.getReward(reward.id)?.redeemedByMe).toBe(reward.limitPerMember)
    expect(balance().available).toBe(before - left * reward.cost)
  })

  it('redemptions:tier-raised: the reward becomes one of the tier above just before; the API refuses it', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    const above = engine.tierProgress().nextTierId
    expect(above).not.toBeNull()
    setMockFaults({ fail: { redemptions: 'tier-raised' } })
    const response = await redeem()
    expect(response.status).toBe(403)
    expect(Problem.parse(await response.json())).toMatchObject({
      code: 'tier_required',
      requiredTierId: above,
    })
    expect(engine.getReward('rwd_free_coffee')?.tierRequired).toBe(above)
    expect(engine.balance().available).toBe(before)
  })

  it('activity:next-page-500: the first page comes from the engine, a later page fails', async () => {
    serveScenario('long-history')
    setMockFaults({ fail: { activity: 'next-page-500' } })
    const first = await fetch(api('/me/activity?limit=20'))
    expect(first.status).toBe(200)
    const { nextCursor } = (await first.json()) as { nextCursor: string | null }
    expect(nextCursor).not.toBeNull()
    const next = await fetch(api(`/me/activity?limit=20&cursor=${nextCursor ?? ''}`))
    expect(next.status).toBe(500)
    expect(Problem.parse(await next.json())).toMatchObject({ code: 'internal_error' })
  })

  it('actions:done-elsewhere: completed on another device first; the member is refused, credited once', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    setMockFaults({ fail: { actions: 'done-elsewhere' } })
    const response = await fetch(api('/action-completions'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-action-1' },
      body: JSON.stringify({ actionId: 'act_app' }),
    })
    expect(response.status).toBe(409)
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'already_completed' })
    const credited = engine.balance().available - before
    expect(credited).toBeGreaterThan(0)
    // Asking again changes nothing more.
    await fetch(api('/action-completions'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-action-2' },
      body: JSON.stringify({ actionId: 'act_app' }),
    })
    expect(engine.balance().available - before).toBe(credited)
  })

  it('survey-answer:done-elsewhere: answered on another device first; the member is refused', async () => {
    const engine = serveScenario('survey-due')
    setMockFaults({ fail: { 'survey-answer': 'done-elsewhere' } })
    const response = await fetch(api('/me/survey/answers'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-survey-1' },
      body: JSON.stringify({ surveyId: engine.survey().surveyId, score: 8 }),
    })
    expect(response.status).toBe(409)
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'already_completed' })
    expect(engine.survey()).toMatchObject({ state: 'answered', answer: { score: 8 } })
  })

  it.each([
    ['birthday', '/me/birthday', { month: 3, day: 14 }],
    [
      'checkout',
      '/me/membership/checkout',
      { planId: 'monthly', returnUrl: 'https://rewards.example.com/membership/return' },
    ],
  ] as const)(
    '%s:done-elsewhere: done on another device first; the member is refused',
    async (endpoint, path, body) => {
      serveScenario('default')
      setMockFaults({ fail: { [endpoint]: 'done-elsewhere' } })
      const response = await fetch(api(path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `fault-${endpoint}-1` },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(409)
      expect(Problem.parse(await response.json())).toMatchObject({ code: 'conflict' })
    },
  )

  it('balance:malformed breaks the field the app reads: available is a string', async () => {
    const engine = serveScenario('default')
    setMockFaults({ fail: { balance: 'malformed' } })
    const body = (await (await fetch(api('/me/balance'))).json()) as Record<string, unknown>
    expect(body.available).toBe(String(engine.balance().available))
  })

  it('redemptions:malformed still redeems: the engine changed, the answer is unreadable', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    setMockFaults({ fail: { redemptions: 'malformed' } })
    const response = await redeem()
    expect(response.status).toBe(201)
    expect(engine.balance().available).toBe(before - 150)
  })

  it.each([
    [
      'committed-drop',
      async (response: Promise<Response>) => {
        await expect(response).rejects.toThrow(TypeError)
      },
    ],
    [
      'committed-502',
      async (response: Promise<Response>) => {
        const answer = await response
        expect(answer.status).toBe(502)
        expect(answer.headers.get('Content-Type')).toContain('text/html')
        expect(await answer.text()).toContain('502 Bad Gateway')
      },
    ],
    [
      'committed-500',
      async (response: Promise<Response>) => {
        const answer = await response
        expect(answer.status).toBe(500)
        expect(Problem.parse(await answer.json()).code).toBe('internal_error')
      },
    ],
    [
      'committed-truncated',
      async (response: Promise<Response>) => {
        const answer = await response
        expect(answer.status).toBe(201)
        expect(answer.headers.get('Content-Type')).toContain('application/json')
        await expect(answer.json()).rejects.toThrow(SyntaxError)
      },
    ],
  ] as const)(
    'redemptions:%s spends the points first, then breaks the answer',
    async (fault, expectBroken) => {
      const engine = serveScenario('default')
      const before = engine.balance().available
      setMockFaults({ fail: { redemptions: fault } })
      await expectBroken(redeem())
      expect(engine.balance().available).toBe(before - 150)
      // The key was stored: asking again without the fault replays, and spends nothing more.
      setMockFaults({})
      const replay = await redeem()
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
      expect(engine.balance().available).toBe(before - 150)
    },
  )

  it('redemptions:committed-timeout spends the points, then never answers', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    setMockFaults({ fail: { redemptions: 'committed-timeout' } })
    await expect(redeem(AbortSignal.timeout(150))).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(engine.balance().available).toBe(before - 150)
  })

  it('a refusal passes through the faults that break a committed answer unchanged', async () => {
    serveScenario('new-member')
    for (const fault of ['malformed', 'committed-502', 'committed-drop'] as const) {
      setMockFaults({ fail: { redemptions: fault } })
      const response = await redeem()
      expect(response.status).toBe(409)
      expect(Problem.parse(await response.json()).code).toBe('insufficient_points')
    }
  })

  it.each(cases.map((c) => [c.endpoint, c] as const))(
    '%s:timeout never answers; the caller gives up',
    async (endpoint, { request }) => {
      setMockFaults({ fail: { [endpoint]: 'timeout' } })
      const started = Date.now()
      await expect(request(AbortSignal.timeout(150))).rejects.toMatchObject({
        name: 'TimeoutError',
      })
      expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    },
  )

  it('fails only the endpoints named; the others answer from the engine', async () => {
    const engine = serveScenario('default')
    setMockFaults({ fail: { balance: '500' } })
    expect((await fetch(api('/me/balance'))).status).toBe(500)
    const me = await fetch(api('/me'))
    expect(me.status).toBe(200)
    expect(Member.parse(await me.json()).id).toBe(engine.me().id)
    expect((await fetch(api('/me/tier'))).status).toBe(200)
  })

  it('no faults: every endpoint answers from the engine', async () => {
    for (const { request } of cases) expect((await request()).ok).toBe(true)
  })
})

describe('latency', () => {
  it('offline: every request fails as a network error', async () => {
    setMockFaults({ latency: 'offline' })
    for (const { request } of cases) await expect(request()).rejects.toThrow(TypeError)
  })

  it.each([
    ['300', 300],
    ['2000', 2000],
  ] as const)('%s ms: answers after the delay, from the engine', async (latency, ms) => {
    setMockFaults({ latency })
    const started = Date.now()
    const response = await fetch(api('/me/balance'))
    const elapsed = Date.now() - started
    expect(response.status).toBe(200)
    expect(Balance.safeParse(await response.json()).success).toBe(true)
    expect(elapsed).toBeGreaterThanOrEqual(ms - 20)
    expect(elapsed).toBeLessThan(ms + 1000)
  })

  it('offline-later: answers at once until the browser start-up turns it into offline', async () => {
    setMockFaults({ latency: 'offline-later' })
    const started = Date.now()
    const response = await fetch(api('/me/balance'))
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('delays a fault too, and an endpoint outside the fault list', async () => {
    setMockFaults({ latency: '300', fail: { balance: '503' } })
    const started = Date.now()
    const responses = await Promise.all([fetch(api('/me/balance')), fetch(api('/me'))])
    expect(responses.map((r) => r.status)).toEqual([503, 200])
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
  })

  it('none: answers at once', async () => {
    setMockFaults({ latency: '0' })
    const started = Date.now()
    expect((await fetch(api('/me/balance'))).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(250)
  })
})

describe('breakContract', () => {
  it('breaks an empty list itself when there is no item to break', () => {
    expect(breakContract('rewards', { items: [], nextCursor: null })).toEqual({
      items: 'unexpected',
      nextCursor: null,
    })
    expect(breakContract('wallet', { items: [], nextCursor: null })).toMatchObject({
      items: 'unexpected',
    })
  })

  it('falls back to the first field, and leaves the original alone', () => {
    const body = { token: 'abc', other: 1 }
    expect(breakContract('session', body)).toEqual({ token: 3, other: 1 })
    expect(body).toEqual({ token: 'abc', other: 1 })
    expect(breakContract('session', { member: { firstName: 'Ava' } })).toEqual({
      member: { firstName: 3 },
    })
    expect(breakContract('me', 'text')).toBe('unexpected')
  })
})
