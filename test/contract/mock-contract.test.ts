import { beforeEach, describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import { getHome, Home, homeParts } from '@/api/contract/get-home'
import { ActivityPage, type ActivityEntry } from '@/api/schemas/activity'
import { ActionCompletionResult, EarningProgress, EarningRules } from '@/api/schemas/earning'
import { Balance, Member, TierProgress } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { Reward, RewardPage } from '@/api/schemas/reward'
import type { LoyaltyEngine } from '../../mocks/engine/engine'
import { TRANSLATED_LANGUAGES, type Language } from '../../mocks/engine/language'
import { TEST_API_BASE_URL, TEST_NOW, serveScenario } from '../../mocks/node'
import { memberScenarios, scenariosWithoutRewards } from '../../mocks/scenarios/scenarios'

// test/setup.ts starts the shared MSW server (onUnhandledRequest: 'error') and resets its
// handlers after each test; every request here goes through real fetch to the mock handlers.
// Every scenario is checked in every language the mock API speaks, as the portal asks for it.

/** The language the requests of the running suite ask for (Accept-Language). */
let language: Language = 'en'

/** Every answer says it is in the language asked for. */
function expectLanguage(response: Response) {
  expect(response.headers.get('Content-Language')).toBe(language)
}

async function get(path: string) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    headers: { 'Accept-Language': language },
  })
  const body: unknown = await response.json()
  expectLanguage(response)
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', body }
}

async function post(path: string, body: unknown, idempotencyKey: string | null) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': language,
      ...(idempotencyKey === null ? {} : { 'Idempotency-Key': idempotencyKey }),
    },
    body: JSON.stringify(body),
  })
  const json: unknown = await response.json()
  expectLanguage(response)
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    body: json,
  }
}

/** Every reward, straight from the engine. */
function catalogOf(engine: LoyaltyEngine): Reward[] {
  const rewards: Reward[] = []
  let cursor: string | null = null
  do {
    const page = engine.listRewards(
      { limit: 100, sort: 'cost_asc', ...(cursor ? { cursor } : {}) },
      language,
    )
    rewards.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)
  return rewards
}

/** The whole wallet, straight from the engine. */
function walletOf(engine: LoyaltyEngine, language?: Language) {
  const all: ReturnType<LoyaltyEngine['listRedemptions']>['items'] = []
  let cursor: string | null = null
  do {
    const page = engine.listRedemptions({ limit: 100, ...(cursor ? { cursor } : {}) }, language)
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)
  return all
}

/** A reward nothing but points stands between the member and: no tier, limit or end, in stock. */
function openReward(engine: LoyaltyEngine, category?: Reward['category']): Reward {
  const reward = catalogOf(engine).find(
    (candidate) =>
      (category === undefined || candidate.category === category) &&
      candidate.tierRequired === null &&
      candidate.limitPerMember === null &&
      candidate.validUntil === null &&
      candidate.stock !== 0,
  )
  if (!reward) throw new Error('no open reward in the catalog')
  return reward
}

/** Parses with the contract schema and fails with the schema's own message. */
function inContract<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new Error(parsed.error.message)
  return parsed.data
}

// The guest scenario starts signed out: mocks/handlers/joining.test.ts covers it.
describe.each(
  TRANSLATED_LANGUAGES.flatMap((asked) =>
    memberScenarios.map((scenario) => [asked, scenario] as const),
  ),
)('mock API in %s, in the %s scenario', (asked, scenario) => {
  beforeEach(() => {
    language = asked
  })

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
    expect((await get('/me/balance')).body).toEqual(engine.balance(language))
  })

  it('serves the dashboard’s first screen in one answer: each part what its own request answers', async () => {
    serveScenario(scenario)
    const { status, body } = await get(getHome.path)
    expect(status).toBe(200)
    const home = inContract(Home, body)
    for (const [part, path] of Object.entries(homeParts)) {
      expect(home[part as keyof Home], path).toEqual((await get(path)).body)
    }
  })

  it('pages through the whole catalog inside the contract, and serves rewards by id', async () => {
    const engine = serveScenario(scenario)
    const everything = catalogOf(engine)
    // The 10,000-reward catalog is paged in hundreds and sampled by id, to keep the test quick.
    const large = everything.length > 500
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const query: string = new URLSearchParams({
        limit: large ? '100' : '7',
        sort: 'newest',
        ...(cursor ? { cursor } : {}),
      }).toString()
      const { status, body } = await get(`/rewards?${query}`)
      expect(status).toBe(200)
      const page = inContract(RewardPage, body)
      ids.push(...page.items.map((reward) => reward.id))
      cursor = page.nextCursor
    } while (cursor !== null)

    expect(ids).toHaveLength(everything.length)
    expect(new Set(ids)).toEqual(new Set(everything.map((reward) => reward.id)))

    for (const id of large ? ids.filter((_, index) => index % 97 === 0) : ids) {
      const { status, body } = await get(`/rewards/${encodeURIComponent(id)}`)
      expect(status).toBe(200)
      expect(inContract(Reward, body)).toEqual(engine.getReward(id, language))
    }
  })

  if (scenariosWithoutRewards.includes(scenario)) {
    it('refuses to redeem a reward the program does not have, inside the contract', async () => {
      serveScenario(scenario)
      const { status, contentType, body } = await post(
        '/redemptions',
        { rewardId: 'rwd_free_coffee', expectedCost: 150 },
        'no-such-reward',
      )
      expect(status).toBe(404)
      expect(contentType).toContain('application/problem+json')
      expect(inContract(Problem, body)).toMatchObject({ status: 404, code: 'not_found' })
    })
  } else {
    it('redeems inside the contract: a voucher, a donation, and the balance after', async () => {
      const engine = serveScenario(scenario)
      for (const category of ['free_product', 'donation'] as const) {
        const reward = openReward(engine, category)
        // A member without enough points (a new member) gets the reward for free.
        if (reward.cost > engine.balance().available) engine.setRewardCost(reward.id, 0)
        const expectedCost = engine.getReward(reward.id, language)?.cost ?? reward.cost
        const { status, contentType, body } = await post(
          '/redemptions',
          { rewardId: reward.id, expectedCost },
          `contract-${category}`,
        )
        expect(status).toBe(201)
        expect(contentType).toContain('application/json')
        const result = inContract(RedemptionResult, body)
        expect(result.redemption.status).toBe(category === 'donation' ? 'donated' : 'active')
        expect(result.redemption.voucher === null).toBe(category === 'donation')
        expect(inContract(Balance, (await get('/me/balance')).body)).toEqual(result.balance)
        expect(result.redemption.rewardName).toBe(reward.name)
        expect(inContract(Reward, (await get(`/rewards/${reward.id}`)).body).redeemedByMe).toBe(
          reward.redeemedByMe + 1,
        )
      }
    })

    it('answers every refusal with a problem inside the contract, with its extension member', async () => {
      let now = new Date(TEST_NOW)
      const engine = serveScenario(scenario, { clock: () => now })
      let keys = 0
      const refused = async (body: unknown, key: string | null = `refusal-${++keys}`) => {
        const response = await post('/redemptions', body, key)
        expect(response.contentType).toContain('application/problem+json')
        const problem = inContract(Problem, response.body)
        expect(problem.status).toBe(response.status)
        expect(problem.title.length).toBeGreaterThan(0)
        expect(problem.detail?.length).toBeGreaterThan(0)
        return problem
      }
      const rewards = catalogOf(engine)
      const open = openReward(engine)

      expect(await refused({ rewardId: open.id, expectedCost: open.cost }, null)).toMatchObject({
        status: 400,
        code: 'bad_request',
      })
      expect(await refused({ rewardId: open.id })).toMatchObject({
        status: 400,
        code: 'bad_request',
      })
      expect(await refused({ rewardId: 'rwd_nope', expectedCost: 1 })).toMatchObject({
        status: 404,
        code: 'not_found',
      })
      expect(await refused({ rewardId: open.id, expectedCost: open.cost + 1 })).toMatchObject({
        status: 409,
        code: 'cost_changed',
        currentCost: open.cost,
      })

      const ending = rewards.find((reward) => reward.validUntil !== null)
      if (!ending?.validUntil) throw new Error('every catalog has a reward that ends')
      now = new Date(Date.parse(ending.validUntil) + 1000)
      expect(await refused({ rewardId: ending.id, expectedCost: ending.cost })).toMatchObject({
        status: 409,
        code: 'conflict',
        title: {
          en: 'This reward is no longer offered',
          es: 'Esta recompensa ya no está disponible',
          ar: 'لم تعد هذه المكافأة متاحة',
        }[asked],
      })
      now = new Date(TEST_NOW)

      const program = engine.program()
      const rank = (tierId: string | null) =>
        program.tiers.find((tier) => tier.id === tierId)?.rank ?? 0
      const myRank = rank(engine.me().tierId)
      const locked = rewards.find((reward) => rank(reward.tierRequired) > myRank)
      // The top tier has nothing above it.
      if (locked) {
        expect(await refused({ rewardId: locked.id, expectedCost: locked.cost })).toMatchObject({
          status: 403,
          code: 'tier_required',
          requiredTierId: locked.tierRequired,
        })
      } else {
        expect(engine.me().tierId).toBe(program.tiers.at(-1)?.id)
      }

      const limited = rewards.find(
        (reward) => reward.limitPerMember !== null && rank(reward.tierRequired) <= myRank,
      )
      if (!limited?.limitPerMember) throw new Error('every catalog has a limited reward')
      engine.setRewardCost(limited.id, 0)
      engine.setStock(limited.id, null)
      for (let i = limited.redeemedByMe; i < limited.limitPerMember; i++) {
        expect(
          (await post('/redemptions', { rewardId: limited.id, expectedCost: 0 }, `limit-${i}`))
            .status,
        ).toBe(201)
      }
      expect(await refused({ rewardId: limited.id, expectedCost: 0 })).toMatchObject({
        status: 409,
        code: 'limit_reached',
        limit: limited.limitPerMember,
      })

      engine.setStock(open.id, 0)
      expect(await refused({ rewardId: open.id, expectedCost: open.cost })).toMatchObject({
        status: 409,
        code: 'out_of_stock',
      })
      engine.setStock(open.id, 10)

      const available = engine.balance().available
      engine.setRewardCost(open.id, available + 7)
      expect(await refused({ rewardId: open.id, expectedCost: available + 7 })).toMatchObject({
        status: 409,
        code: 'insufficient_points',
        shortBy: 7,
      })

      engine.setRewardCost(open.id, 0)
      expect(
        (await post('/redemptions', { rewardId: open.id, expectedCost: 0 }, 'twice')).status,
      ).toBe(201)
      expect(await refused({ rewardId: open.id, expectedCost: 1 }, 'twice')).toMatchObject({
        status: 422,
        code: 'idempotency_key_reused',
      })
    })
  }

  it('pages through the wallet inside the contract', async () => {
    const engine = serveScenario(scenario)
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const query: string = new URLSearchParams({
        limit: '1',
        ...(cursor ? { cursor } : {}),
      }).toString()
      const { status, contentType, body } = await get(`/me/redemptions?${query}`)
      expect(status).toBe(200)
      expect(contentType).toContain('application/json')
      const page = inContract(RedemptionPage, body)
      ids.push(...page.items.map((redemption) => redemption.id))
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(ids).toEqual(walletOf(engine, language).map((redemption) => redemption.id))
    for (const status of ['active', 'used', 'expired', 'donated']) {
      const page = inContract(RedemptionPage, (await get(`/me/redemptions?status=${status}`)).body)
      expect(page.items.every((redemption) => redemption.status === status)).toBe(true)
    }
    const { status, body } = await get('/me/redemptions?status=lost')
    expect(status).toBe(400)
    expect(inContract(Problem, body)).toMatchObject({ status: 400, code: 'bad_request' })
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

describe.each(memberScenarios)('earning and activity in the %s scenario', (scenario) => {
  it('serves the ways to earn and the member’s progress inside the contract', async () => {
    serveScenario(scenario)
    const rules = inContract(EarningRules, (await get('/earning-rules')).body)
    const progress = inContract(EarningProgress, (await get('/me/earning')).body)
    expect(progress.items.map((item) => item.ruleId)).toEqual(rules.rules.map((rule) => rule.id))
  })

  it('keeps the activity in step with the balance: the totals agree with the ledger', async () => {
    serveScenario(scenario)
    const balance = inContract(Balance, (await get('/me/balance')).body)
    const entries: ActivityEntry[] = []
    let cursor: string | null = null
    do {
      const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) })
      const { status, body } = await get(`/me/activity?${query.toString()}`)
      expect(status).toBe(200)
      const page = inContract(ActivityPage, body)
      entries.push(...page.items)
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    const total = (list: ActivityEntry[]) => list.reduce((sum, entry) => sum + entry.points, 0)
    expect(total(entries.filter((entry) => entry.status !== 'pending'))).toBe(balance.available)
    expect(total(entries.filter((entry) => entry.status === 'pending'))).toBe(
      balance.pending.reduce((sum, batch) => sum + batch.points, 0),
    )
    expect(total(entries.filter((entry) => entry.points > 0 && entry.status !== 'pending'))).toBe(
      balance.lifetimeEarned,
    )
  })

  it('completes an action once: credited at once, replayed for its key, refused for a new one', async () => {
    serveScenario(scenario)
    const before = inContract(Balance, (await get('/me/balance')).body).available
    const first = await post('/action-completions', { actionId: 'act_tiktok' }, 'tiktok-1')
    expect(first.status).toBe(201)
    const result = inContract(ActionCompletionResult, first.body)
    expect(result.balance.available).toBe(before + result.completion.points)
    const again = await post('/action-completions', { actionId: 'act_tiktok' }, 'tiktok-1')
    expect(again).toEqual(first)
    const refused = await post('/action-completions', { actionId: 'act_tiktok' }, 'tiktok-2')
    expect(refused.status).toBe(409)
    expect(inContract(Problem, refused.body)).toMatchObject({
      code: 'already_completed',
      completedAt: result.completion.completedAt,
    })
    expect(inContract(Balance, (await get('/me/balance')).body)).toEqual(result.balance)
  })
})

describe('mock API base URL', () => {
  it('accepts a base URL with a trailing slash', async () => {
    serveScenario('default', { baseUrl: `${TEST_API_BASE_URL}/` })
    expect((await get('/program')).status).toBe(200)
  })
})
