import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import { Balance, Member, TierProgress } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { Reward, RewardPage } from '@/api/schemas/reward'
import { TEST_API_BASE_URL, serveScenario } from '../../mocks/node'
import { scenarioNames } from '../../mocks/scenarios/scenarios'

// test/setup.ts starts the shared MSW server (onUnhandledRequest: 'error') and resets its
// handlers after each test; every request here goes through real fetch to the mock handlers.

async function get(path: string) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`)
  const body: unknown = await response.json()
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', body }
}

/** Parses with the contract schema and fails with the schema's own message. */
function inContract<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new Error(parsed.error.message)
  return parsed.data
}

describe.each(scenarioNames)('mock API in the %s scenario', (scenario) => {
  it('serves the program, the member, the balance and tier progress inside the contract', async () => {
    const engine = serveScenario(scenario)
    for (const [path, schema] of [
      ['/program', Program],
      ['/me', Member],
      ['/me/balance', Balance],
      ['/me/tier', TierProgress],
    ] as const) {
      const { status, contentType, body } = await get(path)
      expect(status, path).toBe(200)
      expect(contentType).toContain('application/json')
      inContract(schema, body)
    }
    expect((await get('/me')).body).toEqual(engine.me())
    expect((await get('/me/balance')).body).toEqual(engine.balance())
  })

  it('pages through the whole catalog inside the contract, and serves every reward by id', async () => {
    const engine = serveScenario(scenario)
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const query: string = new URLSearchParams({
        limit: '7',
        sort: 'newest',
        ...(cursor ? { cursor } : {}),
      }).toString()
      const { status, body } = await get(`/rewards?${query}`)
      expect(status).toBe(200)
      const page = inContract(RewardPage, body)
      ids.push(...page.items.map((reward) => reward.id))
      cursor = page.nextCursor
    } while (cursor !== null)

    const everything = engine.listRewards({ limit: 100, sort: 'cost_asc' }).items
    expect(ids).toHaveLength(everything.length)
    expect(new Set(ids)).toEqual(new Set(everything.map((reward) => reward.id)))

    for (const id of ids) {
      const { status, body } = await get(`/rewards/${encodeURIComponent(id)}`)
      expect(status).toBe(200)
      expect(inContract(Reward, body).id).toBe(id)
    }
  })

  it('applies the filters in the query string', async () => {
    const engine = serveScenario(scenario)
    const { available } = engine.balance()
    const { body } = await get(
      '/rewards?affordable=true&category=free_product&sort=cost_desc&limit=100',
    )
    const page = inContract(RewardPage, body)
    expect(
      page.items.every((reward) => reward.category === 'free_product' && reward.cost <= available),
    ).toBe(true)
    expect(page.items.map((reward) => reward.cost)).toEqual(
      [...page.items.map((reward) => reward.cost)].sort((a, b) => b - a),
    )
  })

  it('answers an unknown reward with a 404 problem', async () => {
    serveScenario(scenario)
    const { status, contentType, body } = await get('/rewards/rwd_does_not_exist')
    expect(status).toBe(404)
    expect(contentType).toContain('application/problem+json')
    expect(inContract(Problem, body)).toMatchObject({ status: 404, code: 'not_found' })
  })

  it.each([
    'limit=0',
    'limit=500',
    'sort=cheapest',
    'category=cars',
    'affordable=yes',
    'cursor=not-a-cursor',
  ])('answers an invalid query (%s) with a 400 problem', async (query) => {
    serveScenario(scenario)
    const { status, contentType, body } = await get(`/rewards?${query}`)
    expect(status).toBe(400)
    expect(contentType).toContain('application/problem+json')
    expect(inContract(Problem, body)).toMatchObject({ status: 400, code: 'bad_request' })
  })
})

describe('mock API base URL', () => {
  it('accepts a base URL with a trailing slash', async () => {
    serveScenario('default', { baseUrl: `${TEST_API_BASE_URL}/` })
    expect((await get('/program')).status).toBe(200)
  })
})
