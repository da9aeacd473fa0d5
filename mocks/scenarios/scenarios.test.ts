import { describe, expect, it } from 'vitest'
import type { Reward } from '@/api/schemas/reward'
import { fixedClock } from '../engine/clock'
import { createEngine, type LoyaltyEngine } from '../engine/engine'
import { RULE_IDS, TIER_IDS } from '../engine/program-rules'
import { LARGE_CATALOG_SIZE } from './large-catalog'
import { LONG_HISTORY_ENTRIES } from './long-history'
import { ENDED_REWARD_ID, SOLD_OUT_COUNT } from './out-of-stock'
import { AT_RISK_THIS_YEAR_SPEND } from './tier-at-risk'
import {
  isScenarioName,
  scenarioDescriptions,
  scenarioNames,
  scenariosWithoutRewards,
} from './scenarios'

const NOW = '2026-11-20T15:00:00Z'
const DAY = 86_400_000
const engineFor = (scenario: (typeof scenarioNames)[number], seed?: number) =>
  createEngine({ scenario, clock: fixedClock(NOW), ...(seed === undefined ? {} : { seed }) })

function allRewards(engine: LoyaltyEngine, sort: 'cost_asc' | 'popular' = 'cost_asc'): Reward[] {
  const rewards: Reward[] = []
  let cursor: string | null = null
  do {
    const page = engine.listRewards({ limit: 100, sort, ...(cursor ? { cursor } : {}) })
    rewards.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)
  return rewards
}

describe('scenarios', () => {
  it('are named and described', () => {
    for (const name of scenarioNames) {
      expect(isScenarioName(name)).toBe(true)
      expect(scenarioDescriptions[name].length).toBeGreaterThan(10)
    }
    expect(isScenarioName('nope')).toBe(false)
    expect(isScenarioName('toString')).toBe(false)
  })

  it('say which of them have no rewards at all', () => {
    const empty = scenarioNames.filter(
      (name) => engineFor(name).listRewards({ limit: 1, sort: 'cost_asc' }).items.length === 0,
    )
    expect(empty).toEqual([...scenariosWithoutRewards])
  })

  it('each has a member of its own: no two share an id or an email', () => {
    const members = scenarioNames.map((name) => engineFor(name).me())
    expect(new Set(members.map((member) => member.id)).size).toBe(scenarioNames.length)
    expect(new Set(members.map((member) => member.email)).size).toBe(scenarioNames.length)
  })

  it('default: a Silver member with history of every kind and several affordable rewards', () => {
    const engine = engineFor('default')
    const balance = engine.balance()
    expect(engine.me().tierId).toBe(TIER_IDS.silver)
    expect(engine.tierProgress()).toMatchObject({
      currentTierId: TIER_IDS.silver,
      nextTierId: TIER_IDS.gold,
    })
    expect(balance.pending.length).toBeGreaterThan(0)
    expect(balance.expiring.length).toBeGreaterThan(0)
    expect(
      engine.listRewards({ limit: 100, sort: 'cost_asc', affordable: true }).items.length,
    ).toBeGreaterThanOrEqual(5)
    const entries = engine.ledgerEntries()
    const kinds = new Set(
      entries.map((entry) => (entry.kind === 'earned' ? entry.source : entry.kind)),
    )
    for (const kind of ['purchase', 'review', 'bonus', 'referral', 'redeemed', 'expired']) {
      expect(kinds).toContain(kind)
    }
    const rules = new Set(entries.map((entry) => (entry.kind === 'earned' ? entry.rule : null)))
    for (const rule of [RULE_IDS.newsletter, RULE_IDS.birthday]) expect(rules).toContain(rule)
    const oldest = entries[0]?.occurredAt.getTime() ?? Date.parse(NOW)
    expect(Date.parse(NOW) - oldest).toBeGreaterThan(365 * DAY)
  })

  it('default: a wallet with one voucher of each state, a donation and last birthday’s treat', () => {
    const wallet = engineFor('default').listRedemptions({ limit: 100 }).items
    expect(wallet.map((redemption) => [redemption.status, redemption.origin])).toEqual([
      ['active', 'redemption'],
      ['donated', 'redemption'],
      ['expired', 'birthday_gift'],
      ['expired', 'redemption'],
      ['used', 'redemption'],
    ])
  })

  it('large-catalog: the default member and exactly 10,000 rewards in every category', () => {
    const engine = engineFor('large-catalog')
    const standard = engineFor('default')
    expect(engine.me()).toEqual({
      ...standard.me(),
      id: `${standard.me().id}_large-catalog`,
      email: 'maya.chen+large-catalog@example.com',
    })
    expect(engine.balance()).toEqual(standard.balance())
    expect(engine.listRedemptions({ limit: 100 })).toEqual(standard.listRedemptions({ limit: 100 }))

    const rewards = allRewards(engine)
    expect(rewards).toHaveLength(LARGE_CATALOG_SIZE)
    expect(new Set(rewards.map((reward) => reward.id)).size).toBe(LARGE_CATALOG_SIZE)
    const categories = new Map<string, number>()
    for (const reward of rewards)
      categories.set(reward.category, (categories.get(reward.category) ?? 0) + 1)
    expect(categories.size).toBe(6)
    expect(Math.min(...categories.values())).toBeGreaterThan(300)
    // Varied names that a search finds.
    expect(
      new Set(rewards.map((reward) => reward.name.replace(/ No\. \d+$/, ''))).size,
    ).toBeGreaterThan(300)
    const found = engine.listRewards({ limit: 100, sort: 'cost_asc', q: 'espresso cup' }).items
    expect(found.length).toBeGreaterThan(10)
    expect(found.every((reward) => reward.name.toLowerCase().includes('espresso cup'))).toBe(true)
    // Some limited, sold out, locked, limited per member, ending.
    expect(rewards.some((reward) => reward.stock === 0)).toBe(true)
    expect(rewards.some((reward) => reward.tierRequired === TIER_IDS.gold)).toBe(true)
    expect(rewards.some((reward) => reward.limitPerMember !== null)).toBe(true)
    expect(rewards.some((reward) => reward.validUntil !== null)).toBe(true)
    for (const reward of rewards.filter((candidate) => candidate.category === 'donation')) {
      expect(reward.value?.amount).toBe(reward.cost)
    }
  })

  it('out-of-stock: the default member, with the five most popular rewards sold out', () => {
    const engine = engineFor('out-of-stock')
    expect(engine.me()).toEqual({
      ...engineFor('default').me(),
      id: `${engineFor('default').me().id}_out-of-stock`,
      email: 'maya.chen+out-of-stock@example.com',
    })
    expect(engine.balance()).toEqual(engineFor('default').balance())
    const byPopularity = allRewards(engine, 'popular')
    expect(byPopularity.slice(0, SOLD_OUT_COUNT).map((reward) => reward.stock)).toEqual(
      Array.from({ length: SOLD_OUT_COUNT }, () => 0),
    )
    const topIds = new Set(byPopularity.slice(0, SOLD_OUT_COUNT).map((reward) => reward.id))
    const soldOutElsewhere = (rewards: Reward[]) =>
      rewards
        .filter((reward) => reward.stock === 0 && !topIds.has(reward.id))
        .map((reward) => reward.id)
        .sort()
    // Nothing else changed.
    expect(soldOutElsewhere(byPopularity)).toEqual(
      soldOutElsewhere(allRewards(engineFor('default'))),
    )
  })

  it('out-of-stock: one reward has ended yet is still listed and looked up, and refused', () => {
    const engine = engineFor('out-of-stock')
    const ended = (rewards: Reward[]) =>
      rewards.filter(
        (reward) => reward.validUntil !== null && Date.parse(reward.validUntil) <= Date.parse(NOW),
      )
    expect(ended(allRewards(engineFor('default')))).toEqual([])
    const [reward, ...others] = ended(allRewards(engine))
    expect(others).toEqual([])
    expect(reward).toMatchObject({ id: ENDED_REWARD_ID, stock: null, tierRequired: null })
    // Ended last weekend: before today, at the end of a day.
    expect(Date.parse(NOW) - Date.parse(reward?.validUntil ?? '')).toBeGreaterThan(DAY)
    expect(reward?.validUntil).toMatch(/T23:59:59Z$/)
    expect(engine.getReward(ENDED_REWARD_ID)).toEqual(reward)
    expect(() =>
      engine.redeem({
        rewardId: ENDED_REWARD_ID,
        expectedCost: reward?.cost ?? 0,
        idempotencyKey: 'k-ended',
      }),
    ).toThrow(expect.objectContaining({ code: 'conflict', status: 409 }))
    expect(scenarioDescriptions['out-of-stock']).toMatch(/no longer offered/)
  })

  it('long-history: six years of almost daily visits, at least 5,000 ledger entries of every kind', () => {
    const engine = engineFor('long-history')
    const entries = engine.ledgerEntries()
    expect(entries.length).toBeGreaterThanOrEqual(LONG_HISTORY_ENTRIES)
    const sources = new Set(engine.listActivity({ limit: 100 }).items.map((entry) => entry.source))
    expect(sources.has('purchase')).toBe(true)
    const kinds = new Set(
      entries.map((entry) => (entry.kind === 'earned' ? entry.source : entry.kind)),
    )
    for (const kind of ['purchase', 'review', 'referral', 'bonus', 'redeemed', 'expired']) {
      expect(kinds).toContain(kind)
    }
    expect(entries.some((entry) => entry.kind === 'redeemed' && entry.donation)).toBe(true)
    // Purchases at their category's rate: café visits and coffee beans earn more than homeware.
    expect(
      new Set(entries.map((entry) => (entry.kind === 'earned' ? entry.category : null))),
    ).toEqual(new Set([null, 'cafe', 'coffee', 'home', 'accessories']))
    const oldest = entries[0]?.occurredAt.getTime() ?? Date.parse(NOW)
    expect(Date.parse(NOW) - oldest).toBeGreaterThan(6 * 365 * DAY)
    expect(engine.me().tierId).toBe(TIER_IDS.gold)
    expect(engine.balance().pending.length).toBeGreaterThan(0)
  })

  it('long-history: a goodwill credit and a correction, under Adjustment, in every language', () => {
    const engine = engineFor('long-history')
    const adjustments = engine.listActivity({ limit: 100, source: 'adjustment' }).items
    expect(adjustments.map((entry) => [entry.points, entry.status])).toEqual([
      [50, 'posted'],
      [120, 'posted'],
    ])
    expect(adjustments.map((entry) => entry.description)).toEqual([
      'Goodwill credit: sorry your order arrived late',
      expect.stringMatching(/^Correction: points missing from online order #HP-\d+$/),
    ])
    const inEs = engine.listActivity({ limit: 100, source: 'adjustment' }, 'es').items
    expect(inEs.map((entry) => entry.description)).toEqual([
      'Crédito de cortesía: sentimos que tu pedido llegara tarde',
      expect.stringMatching(/^Corrección: puntos que faltaban en el pedido en línea n\.º HP-\d+$/),
    ])
    const inAr = engine.listActivity({ limit: 100, source: 'adjustment' }, 'ar').items
    expect(inAr.map((entry) => entry.description)).toEqual([
      'نقاط تعويض: نعتذر عن تأخر وصول طلبك',
      expect.stringMatching(/^تصحيح: نقاط لم تُحتسب للطلب عبر الإنترنت رقم HP-\d+$/),
    ])
    // Recent enough to be on the activity's first screens.
    for (const entry of adjustments) {
      expect(Date.parse(NOW) - Date.parse(entry.occurredAt)).toBeLessThan(90 * DAY)
    }
  })

  it('long-history: an active Free Shipping code with no expiry date, after any that expire', () => {
    const active = engineFor('long-history').listRedemptions({ limit: 100, status: 'active' }).items
    expect(active.at(-1)).toMatchObject({
      rewardId: 'rwd_free_shipping',
      voucher: { expiresAt: null },
    })
    expect(active.slice(0, -1).every((redemption) => redemption.voucher?.expiresAt)).toBe(true)
  })

  it('birthday-month: the birthday is this month, the gift came on the 1st, the treat is ready', () => {
    const engine = engineFor('birthday-month')
    const { birthday } = engine.me()
    expect(birthday?.month).toBe(new Date(NOW).getUTCMonth() + 1)
    expect(birthday?.day).toBeGreaterThanOrEqual(new Date(NOW).getUTCDate())
    const gift = engine
      .listActivity({ limit: 100, source: 'bonus' })
      .items.find((entry) => entry.description === 'Happy birthday from Harbor & Pine')
    expect(gift).toMatchObject({
      occurredAt: '2026-11-01T00:00:00Z',
      points: 100,
      status: 'posted',
    })
    const [treat] = engine.listRedemptions({ limit: 100 }).items
    expect(treat).toMatchObject({
      origin: 'birthday_gift',
      status: 'active',
      voucher: { expiresAt: '2026-11-30T23:59:59Z' },
    })
    expect(engine.me().email).toBe('lucia.martin@example.com')
  })

  it('new-member: joined today, nothing earned, Bronze', () => {
    const engine = engineFor('new-member')
    expect(engine.me()).toMatchObject({
      memberSince: NOW.slice(0, 10),
      tierId: TIER_IDS.bronze,
      birthday: null,
    })
    expect(engine.balance()).toEqual({
      available: 0,
      pending: [],
      lifetimeEarned: 0,
      expiring: [],
      asOf: NOW,
    })
    expect(engine.ledgerEntries()).toEqual([])
    expect(engine.tierProgress()).toMatchObject({
      qualifyingAmount: { amount: 0 },
      amountToNext: { amount: 35_000 },
    })
  })

  it.each([undefined, 1, 2, 3])(
    'near-reward: exactly 10 points below the cheapest reward out of reach (seed %s)',
    (seed) => {
      const engine = engineFor('near-reward', seed)
      const { available } = engine.balance()
      const outOfReach = allRewards(engine).filter((reward) => reward.cost > available)
      const cheapest = Math.min(...outOfReach.map((reward) => reward.cost))
      const atCheapest = outOfReach.filter((reward) => reward.cost === cheapest)
      expect(atCheapest).toHaveLength(1)
      const [target] = atCheapest
      expect(target?.cost).toBe(available + 10)
      // Redeemable by this member: no tier lock, in stock, still valid.
      expect(target).toMatchObject({ tierRequired: null })
      expect(target?.stock === null || (target?.stock ?? 0) > 0).toBe(true)
      expect(
        target?.validUntil === null || Date.parse(target?.validUntil ?? '') > Date.parse(NOW),
      ).toBe(true)
      expect(allRewards(engine).some((reward) => reward.cost <= available)).toBe(true)
    },
  )

  it('near-reward: with the standard seed, 140 points and Free Coffee at 150', () => {
    const engine = engineFor('near-reward')
    expect(engine.balance().available).toBe(140)
    const [next] = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: false }).items
    expect(next).toMatchObject({ name: 'Free Coffee', cost: 150 })
  })

  it('near-tier: $25 short of Gold with the calendar year ending within weeks', () => {
    const progress = engineFor('near-tier').tierProgress()
    expect(progress).toMatchObject({
      currentTierId: TIER_IDS.silver,
      nextTierId: TIER_IDS.gold,
      qualifyingAmount: { amount: 97_500, currency: 'USD' },
      amountToNext: { amount: 2_500, currency: 'USD' },
      periodStart: '2026-01-01T00:00:00Z',
      periodEnd: '2026-12-31T23:59:59Z',
    })
    expect(Date.parse(progress.periodEnd) - Date.parse(NOW)).toBeLessThan(60 * DAY)
  })

  it.each([undefined, 1, 2])(
    'expiring-points: two batches expire within 7 days, on different dates (seed %s)',
    (seed) => {
      const { expiring, available } = engineFor('expiring-points', seed).balance()
      const soon = expiring.filter(
        (batch) => Date.parse(batch.expiresOn) - Date.parse(NOW) <= 7 * DAY,
      )
      expect(soon).toHaveLength(2)
      const [first, second] = soon
      expect(first?.expiresOn.slice(0, 10)).not.toBe(second?.expiresOn.slice(0, 10))
      expect(Date.parse(first?.expiresOn ?? '')).toBeGreaterThan(Date.parse(NOW))
      expect(available).toBeGreaterThanOrEqual(
        soon.reduce((total, batch) => total + batch.points, 0),
      )
    },
  )

  it('top-tier: Gold, kept for next year, nothing above', () => {
    const engine = engineFor('top-tier')
    expect(engine.me().tierId).toBe(TIER_IDS.gold)
    expect(engine.tierProgress()).toMatchObject({
      currentTierId: TIER_IDS.gold,
      nextTierId: null,
      amountToNext: null,
      keptForNextPeriod: true,
    })
  })

  it('top-tier: the next period is Gold too', () => {
    expect(engineFor('top-tier').tierProgress().nextPeriodTierId).toBe(TIER_IDS.gold)
  })

  it('just-joined: the welcome bonus, spendable at once, and nothing else', () => {
    const engine = engineFor('just-joined')
    const { welcomeBonus } = engine.program()
    expect(welcomeBonus).toBeGreaterThan(0)
    expect(engine.me()).toMatchObject({ memberSince: NOW.slice(0, 10), tierId: TIER_IDS.bronze })
    expect(engine.balance()).toMatchObject({ available: welcomeBonus, pending: [] })
    expect(engine.ledgerEntries()).toEqual([
      expect.objectContaining({ kind: 'earned', source: 'welcome', points: welcomeBonus }),
    ])
    expect(engine.listRedemptions({ limit: 10 }).items).toEqual([])
  })

  it('tier-at-risk: Gold not kept; one tier down next year, after the January grace', () => {
    const engine = engineFor('tier-at-risk')
    expect(engine.tierProgress()).toMatchObject({
      currentTierId: TIER_IDS.gold,
      keptForNextPeriod: false,
      nextPeriodTierId: TIER_IDS.silver,
      qualifyingAmount: { amount: AT_RISK_THIS_YEAR_SPEND },
      grace: null,
    })
    // The same member in January: still Gold, until the grace period ends.
    let now = NOW
    const later = createEngine({ scenario: 'tier-at-risk', clock: () => new Date(now) })
    now = '2027-01-10T10:00:00Z'
    expect(later.tierProgress()).toMatchObject({
      currentTierId: TIER_IDS.gold,
      grace: { endsAt: '2027-01-31T23:59:59Z', tierAfterId: TIER_IDS.silver },
    })
    now = '2027-02-01T00:00:00Z'
    expect(later.tierProgress()).toMatchObject({ currentTierId: TIER_IDS.silver, grace: null })
  })

  it('empty-program: a new program with no rewards, no partners and no punch cards yet', () => {
    const engine = engineFor('empty-program')
    expect(engine.listRewards({ limit: 100, sort: 'cost_asc' })).toEqual({
      items: [],
      nextCursor: null,
    })
    expect(engine.listRewards({ limit: 100, sort: 'popular', affordable: false }).items).toEqual([])
    expect(engine.publicRewards(6).items).toEqual([])
    expect(engine.getReward('rwd_free_coffee')).toBeUndefined()
    expect(engine.partners({ limit: 20 }, 'en')).toEqual({ items: [], nextCursor: null })
    expect(engine.punchCards({ limit: 20 }, 'en')).toEqual({ items: [], nextCursor: null })
    expect(engine.challenges({ view: 'current', limit: 20 }, 'en').items).toEqual([])
    // A member with points to spend, once there is something to spend them on.
    expect(engine.balance().available).toBeGreaterThan(0)
    expect(engine.me().email).toBe('tomas.novak@example.com')
    // The other scenarios keep the program's partners and punch cards.
    const standard = engineFor('default')
    expect(standard.partners({ limit: 20 }, 'en').items.length).toBeGreaterThan(0)
    expect(standard.punchCards({ limit: 20 }, 'en').items.length).toBeGreaterThan(0)
  })

  it('guest: an account of its own to sign in as, with the default member’s history', () => {
    const guest = engineFor('guest')
    const maya = engineFor('default')
    expect(guest.me().email).toBe('maya.chen+guest@example.com')
    expect(guest.balance()).toEqual(maya.balance())
  })

  it.each(scenarioNames)(
    'builds without errors at any time of year (%s)',
    (scenario) => {
      for (const iso of [
        '2026-01-01T00:00:30Z',
        '2026-01-05T08:00:00Z',
        '2028-02-29T12:00:00Z',
        '2026-06-15T23:59:59Z',
        '2026-12-31T23:59:59Z',
      ]) {
        const engine = createEngine({ scenario, clock: fixedClock(iso) })
        expect(engine.balance().available).toBeGreaterThanOrEqual(0)
        expect(engine.me().tierId).toBe(engine.tierProgress().currentTierId)
      }
      // Six years of daily visits, five times, on a machine that may be busy.
    },
    60_000,
  )
})
