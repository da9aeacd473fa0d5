import { describe, expect, it } from 'vitest'
import { Problem } from '@/api/schemas/problem'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { server, serveScenario, TEST_API_BASE_URL } from '../node'
import { createHandlers } from './handlers'

// test/setup.ts starts the shared MSW server; these requests go through real fetch.

async function post(body: unknown, idempotencyKey?: string) {
  const response = await fetch(`${TEST_API_BASE_URL}/redemptions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown,
  }
}

describe('POST /redemptions', () => {
  it('answers 201 with the redemption and the new balance', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    const { status, headers, body } = await post(
      { rewardId: 'rwd_free_coffee', expectedCost: 150 },
      'k-1',
    )
    expect(status).toBe(201)
    expect(headers.get('Idempotent-Replayed')).toBeNull()
    const result = RedemptionResult.parse(body)
    expect(result.redemption).toMatchObject({ rewardId: 'rwd_free_coffee', status: 'active' })
    expect(result.balance.available).toBe(before - 150)
  })

  it('requires an Idempotency-Key header', async () => {
    const engine = serveScenario('default')
    const before = engine.balance()
    for (const key of [undefined, '', '   ']) {
      const { status, headers, body } = await post(
        { rewardId: 'rwd_free_coffee', expectedCost: 150 },
        key,
      )
      expect(status).toBe(400)
      expect(headers.get('Content-Type')).toContain('application/problem+json')
      expect(Problem.parse(body)).toMatchObject({
        status: 400,
        code: 'bad_request',
        title: 'Idempotency-Key header is required',
      })
    }
    expect(engine.balance()).toEqual(before)
  })

  it.each([
    ['not JSON', '{"rewardId":'],
    ['no rewardId', { expectedCost: 150 }],
    ['a fractional cost', { rewardId: 'rwd_free_coffee', expectedCost: 1.5 }],
    ['a negative cost', { rewardId: 'rwd_free_coffee', expectedCost: -1 }],
  ])('answers a body with %s with a 400 problem', async (_, body) => {
    serveScenario('default')
    const response = await post(body, 'k-bad')
    expect(response.status).toBe(400)
    expect(Problem.parse(response.body)).toMatchObject({
      code: 'bad_request',
      title: 'Invalid body',
    })
  })

  it('replays the same key with the same body, marked Idempotent-Replayed, and spends once', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    const request = { rewardId: 'rwd_free_coffee', expectedCost: 150 }
    const first = await post(request, 'k-replay')
    const second = await post(request, 'k-replay')
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('Idempotent-Replayed')).toBe('true')
    expect(engine.balance().available).toBe(before - 150)
  })

  it('answers the same key with another body 422 idempotency_key_reused, and spends nothing', async () => {
    const engine = serveScenario('default')
    await post({ rewardId: 'rwd_free_coffee', expectedCost: 150 }, 'k-reused')
    const balance = engine.balance()
    const other = await post({ rewardId: 'rwd_free_pastry', expectedCost: 100 }, 'k-reused')
    expect(other.status).toBe(422)
    expect(Problem.parse(other.body)).toMatchObject({ code: 'idempotency_key_reused' })
    expect(engine.balance()).toEqual(balance)
  })

  it('answers a repeat while the first is being processed 409 idempotency_key_in_use with Retry-After', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    let finishProcessing = () => {}
    const processing = new Promise<void>((resolve) => (finishProcessing = resolve))
    server.use(
      ...createHandlers({
        baseUrl: TEST_API_BASE_URL,
        getEngine: () => engine,
        commandProcessing: () => processing,
      }),
    )
    const request = { rewardId: 'rwd_free_coffee', expectedCost: 150 }
    const first = post(request, 'k-in-flight')
    // The first request has begun (its body is read) but is not committed yet.
    await new Promise((resolve) => setTimeout(resolve, 50))

    const repeat = await post(request, 'k-in-flight')
    expect(repeat.status).toBe(409)
    expect(repeat.headers.get('Retry-After')).toBe('1')
    expect(Problem.parse(repeat.body)).toMatchObject({ code: 'idempotency_key_in_use' })
    expect(engine.balance().available).toBe(before)

    finishProcessing()
    expect((await first).status).toBe(201)
    const after = await post(request, 'k-in-flight')
    expect(after.status).toBe(201)
    expect(after.headers.get('Idempotent-Replayed')).toBe('true')
    expect(engine.balance().available).toBe(before - 150)
  })

  it('puts the extension members of a refusal in the problem body', async () => {
    const engine = serveScenario('default')
    engine.setRewardCost('rwd_free_coffee', 180)
    const { status, headers, body } = await post(
      { rewardId: 'rwd_free_coffee', expectedCost: 150 },
      'k-cost',
    )
    expect(status).toBe(409)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
    expect(Problem.parse(body)).toEqual({
      type: 'about:blank',
      status: 409,
      code: 'cost_changed',
      title: 'The cost has changed',
      detail: '“Free Coffee” now costs 180 points, not 150.',
      instance: '/api/v1/redemptions',
      currentCost: 180,
    })
  })

  it('never overdraws under 50 concurrent requests with distinct keys', async () => {
    const engine = serveScenario('default')
    const start = engine.balance().available
    const cost = Math.floor(start / 3.5)
    engine.setRewardCost('rwd_free_coffee', cost)
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post({ rewardId: 'rwd_free_coffee', expectedCost: cost }, `k-concurrent-${i}`),
      ),
    )
    const succeeded = responses.filter((response) => response.status === 201)
    expect(succeeded).toHaveLength(Math.floor(start / cost))
    for (const response of responses.filter((candidate) => candidate.status !== 201)) {
      expect(Problem.parse(response.body)).toMatchObject({
        status: 409,
        code: 'insufficient_points',
      })
    }
    const balances = succeeded.map(
      (response) => RedemptionResult.parse(response.body).balance.available,
    )
    expect(Math.min(...balances)).toBeGreaterThanOrEqual(0)
    expect(engine.balance().available).toBe(start - succeeded.length * cost)
  })
})

describe('GET /me/redemptions', () => {
  it('serves the wallet, filtered and paged', async () => {
    const engine = serveScenario('default')
    const get = async (query: string) => {
      const response = await fetch(`${TEST_API_BASE_URL}/me/redemptions?${query}`)
      return { status: response.status, body: (await response.json()) as unknown }
    }
    const all = RedemptionPage.parse((await get('')).body)
    expect(all).toEqual(engine.listRedemptions({ limit: 20 }))
    const firstPage = RedemptionPage.parse((await get('limit=1')).body)
    expect(firstPage.items).toEqual(all.items.slice(0, 1))
    expect(firstPage.nextCursor).not.toBeNull()
    const used = RedemptionPage.parse((await get('status=used')).body)
    expect(used.items.map((redemption) => redemption.rewardName)).toEqual(['Free Coffee'])

    const made = engine.redeem({
      rewardId: 'rwd_free_pastry',
      expectedCost: 100,
      idempotencyKey: 'k-wallet',
    })
    const byKey = RedemptionPage.parse((await get('idempotencyKey=k-wallet')).body)
    expect(byKey).toEqual({ items: [made.redemption], nextCursor: null })
    expect(RedemptionPage.parse((await get('idempotencyKey=k-other')).body).items).toEqual([])

    for (const bad of ['status=lost', 'limit=0', 'cursor=nope', 'idempotencyKey=']) {
      const { status, body } = await get(bad)
      expect(status).toBe(400)
      expect(Problem.parse(body).code).toBe('bad_request')
    }
  })
})
