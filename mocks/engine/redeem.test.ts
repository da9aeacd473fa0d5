import { describe, expect, it } from 'vitest'
import { Problem } from '@/api/schemas/problem'
import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_RETENTION_HOURS,
} from '@/api/schemas/idempotency-key'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import type { ScenarioName } from '../scenarios/scenarios'
import { fixedClock } from './clock'
import { addDays } from './dates'
import { createEngine, type LoyaltyEngine, type RedeemCommand } from './engine'
import { EngineError } from './engine-error'
import { TIER_IDS } from './program-rules'

const NOW = '2026-11-20T15:00:00Z'
const DAY = 86_400_000

const engineFor = (scenario: ScenarioName = 'default') =>
  createEngine({ scenario, clock: fixedClock(NOW) })

let keys = 0
const freshKey = () => `test-key-${++keys}`

/** A redemption request for the reward at its current cost, with a fresh key. */
function command(engine: LoyaltyEngine, rewardId: string, key = freshKey()): RedeemCommand {
  const reward = engine.getReward(rewardId)
  if (!reward) throw new Error(`no reward ${rewardId}`)
  return { rewardId, expectedCost: reward.cost, idempotencyKey: key }
}

/** The EngineError `attempt` throws, or a failure when it does not throw one. */
function refusal(attempt: () => unknown): EngineError {
  try {
    attempt()
  } catch (error) {
    if (error instanceof EngineError) return error
    throw error
  }
  throw new Error('expected an EngineError, but the call succeeded')
}

/** The problem body a handler would make of the refusal; it must be inside the contract. */
function asProblem(error: EngineError) {
  return Problem.parse({
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...error.extensions,
  })
}

const redeemedEntries = (engine: LoyaltyEngine) =>
  engine.ledgerEntries().filter((entry) => entry.kind === 'redeemed')

describe('engine.redeem', () => {
  it('debits the cost, returns the redemption and the new balance inside the contract', () => {
    const engine = engineFor()
    const before = engine.balance().available
    const result = engine.redeem(command(engine, 'rwd_free_coffee'))
    expect(RedemptionResult.parse(result)).toEqual(result)
    expect(result.redemption).toMatchObject({
      rewardId: 'rwd_free_coffee',
      rewardName: 'Free Coffee',
      category: 'free_product',
      cost: 150,
      status: 'active',
      createdAt: NOW,
      usedAt: null,
      donation: null,
    })
    expect(result.balance.available).toBe(before - 150)
    expect(engine.balance()).toEqual(result.balance)
    expect(redeemedEntries(engine).at(-1)).toMatchObject({
      kind: 'redeemed',
      points: -150,
      rewardId: 'rwd_free_coffee',
    })
  })

  it('gives vouchers a readable code and 90 or 30 days, by category', () => {
    const engine = engineFor('top-tier')
    const daysValid = (rewardId: string) => {
      engine.setRewardCost(rewardId, 1)
      const { voucher } = engine.redeem(command(engine, rewardId)).redemption
      expect(voucher?.code).toMatch(/^HP-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
      return (Date.parse(voucher?.expiresAt ?? '') - Date.parse(NOW)) / DAY
    }
    for (const rewardId of ['rwd_free_coffee', 'rwd_five_off', 'rwd_express_shipping']) {
      const days = daysValid(rewardId)
      expect(days).toBeGreaterThan(90)
      expect(days).toBeLessThanOrEqual(91)
    }
    for (const rewardId of ['rwd_enamel_pins', 'rwd_roastery_tour']) {
      const days = daysValid(rewardId)
      expect(days).toBeGreaterThan(30)
      expect(days).toBeLessThanOrEqual(31)
    }
  })

  it('gives Free Shipping a code with no expiry date: still active years later', () => {
    let now = new Date(NOW)
    const engine = createEngine({ scenario: 'top-tier', clock: () => now })
    const { redemption } = engine.redeem(command(engine, 'rwd_free_shipping'))
    expect(redemption).toMatchObject({ status: 'active', voucher: { expiresAt: null } })
    expect(RedemptionPage.parse(engine.listRedemptions({ limit: 100 })).items).toContainEqual(
      redemption,
    )
    now = addDays(now, 5 * 365)
    const [later] = engine.listRedemptions({ limit: 1, status: 'active' }).items
    expect(later).toMatchObject({ id: redemption.id, voucher: { expiresAt: null } })
    expect(engine.getReward('rwd_free_shipping')?.terms).toMatch(/does not expire/)
    expect(engine.getReward('rwd_free_shipping', 'es')?.terms).toMatch(/no caduca/)
    expect(engine.getReward('rwd_free_shipping', 'ar')?.terms).toMatch(/لا تنتهي صلاحيته/)
  })

  it('turns a donation into a receipt, with no voucher', () => {
    const engine = engineFor()
    const { redemption } = engine.redeem(command(engine, 'rwd_donate_animal_rescue'))
    expect(redemption).toMatchObject({
      status: 'donated',
      voucher: null,
      cost: 100,
      donation: { cause: 'Coastal Animal Rescue', amount: { amount: 100, currency: 'USD' } },
    })
    expect(redemption.donation?.receiptNumber).toMatch(/^HPG-2026-\d{6}$/)
    const [newest] = engine.listRedemptions({ limit: 100, status: 'donated' }).items
    expect(newest).toEqual(redemption)
  })

  describe('idempotency', () => {
    it('answers the same key and body with the stored result, and debits once', () => {
      let now = new Date(NOW)
      const engine = createEngine({ clock: () => now })
      const before = engine.balance().available
      const ledgerBefore = redeemedEntries(engine).length
      const request = command(engine, 'rwd_free_coffee', 'same-key')

      const first = engine.redeem(request)
      now = new Date(now.getTime() + 60_000)
      const again = engine.redeemOrReplay({ ...request })
      expect(again).toEqual({ result: first, replayed: true })
      expect(engine.redeem(request)).toEqual(first)

      expect(engine.balance().available).toBe(before - 150)
      expect(redeemedEntries(engine)).toHaveLength(ledgerBefore + 1)
      expect(
        engine
          .listRedemptions({ limit: 100 })
          .items.filter((redemption) => redemption.id === first.redemption.id),
      ).toHaveLength(1)
      // One in her history, one now.
      expect(engine.getReward('rwd_free_coffee')?.redeemedByMe).toBe(2)
    })

    it('replays even when the request would now be refused', () => {
      const engine = engineFor()
      const request = command(engine, 'rwd_tote_bag')
      const first = engine.redeem(request)
      engine.setStock('rwd_tote_bag', 0)
      engine.setRewardCost('rwd_tote_bag', 999)
      expect(engine.redeem(request)).toEqual(first)
    })

    it('refuses a key reused with a different body, and changes nothing', () => {
      const engine = engineFor()
      const request = command(engine, 'rwd_free_coffee', 'reused')
      engine.redeem(request)
      const balance = engine.balance()
      for (const other of [
        { ...request, rewardId: 'rwd_free_pastry', expectedCost: 100 },
        { ...request, expectedCost: 151 },
      ]) {
        const error = refusal(() => engine.redeem(other))
        expect(asProblem(error)).toMatchObject({ status: 422, code: 'idempotency_key_reused' })
      }
      expect(engine.balance()).toEqual(balance)
    })

    it('does not store refusals: the same key may succeed once the reason is gone', () => {
      const engine = engineFor()
      engine.setRewardCost('rwd_linen_napkins', 100)
      const request = command(engine, 'rwd_linen_napkins', 'retry-me')
      expect(refusal(() => engine.redeem(request)).code).toBe('out_of_stock')
      engine.setStock('rwd_linen_napkins', 1)
      expect(engine.redeemOrReplay(request).replayed).toBe(false)
      expect(engine.redeemOrReplay(request).replayed).toBe(true)
    })

    it('refuses an empty key, and one longer than the contract allows', () => {
      const engine = engineFor()
      const error = refusal(() => engine.redeem(command(engine, 'rwd_free_coffee', ' ')))
      expect(error).toMatchObject({ status: 400, code: 'bad_request' })
      const long = 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1)
      expect(refusal(() => engine.redeem(command(engine, 'rwd_free_coffee', long)))).toMatchObject({
        status: 400,
        code: 'bad_request',
      })
      const longest = 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH)
      expect(engine.redeem(command(engine, 'rwd_free_coffee', longest)).redemption.cost).toBe(150)
    })

    it('keeps a key for the retention period by its clock, then forgets it', () => {
      let now = new Date(NOW)
      const engine = createEngine({ clock: () => now })
      engine.setRewardCost('rwd_extra_shot', 1)
      const request = command(engine, 'rwd_extra_shot', 'kept-a-day')
      const first = engine.redeem(request)

      now = new Date(Date.parse(NOW) + IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000 - 1000)
      expect(engine.redeemOrReplay(request)).toEqual({ result: first, replayed: true })

      now = new Date(Date.parse(NOW) + IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000)
      const later = engine.redeemOrReplay(request)
      expect(later.replayed).toBe(false)
      expect(later.result.redemption.id).not.toBe(first.redemption.id)
    })

    it('answers a repeat while the first is still being processed with idempotency_key_in_use', () => {
      const engine = engineFor()
      const before = engine.balance().available
      const request = command(engine, 'rwd_free_coffee', 'in-flight')
      const begun = engine.beginRedemption(request)
      if (begun.state !== 'begun') throw new Error('a new key begins a redemption')

      const busy = refusal(() => engine.beginRedemption({ ...request }))
      expect(asProblem(busy)).toMatchObject({ status: 409, code: 'idempotency_key_in_use' })
      expect(busy.retryAfterSeconds).toBeGreaterThan(0)
      // Another body under a key in flight is a reuse, as it is after the key is stored.
      expect(refusal(() => engine.beginRedemption({ ...request, expectedCost: 1 })).code).toBe(
        'idempotency_key_reused',
      )
      expect(engine.balance().available).toBe(before)

      const result = begun.commit()
      expect(result.balance.available).toBe(before - 150)
      expect(engine.beginRedemption(request)).toEqual({ state: 'replayed', result })
    })

    it('frees a key whose first request was refused, so the same key can be sent again', () => {
      const engine = engineFor()
      const begun = engine.beginRedemption(command(engine, 'rwd_linen_napkins', 'refused-once'))
      if (begun.state !== 'begun') throw new Error('a new key begins a redemption')
      expect(refusal(() => begun.commit()).code).toBe('out_of_stock')
      expect(
        refusal(() => engine.redeem(command(engine, 'rwd_linen_napkins', 'refused-once'))).code,
      ).toBe('out_of_stock')
    })
  })

  describe('refusals', () => {
    it('not_found for an unknown reward', () => {
      const engine = engineFor()
      const error = refusal(() =>
        engine.redeem({ rewardId: 'rwd_nope', expectedCost: 10, idempotencyKey: freshKey() }),
      )
      expect(asProblem(error)).toMatchObject({ status: 404, code: 'not_found' })
    })

    it('conflict once the reward is no longer offered', () => {
      let now = new Date(NOW)
      const engine = createEngine({ clock: () => now })
      const reward = engine.getReward('rwd_home_weekend_20')
      if (!reward?.validUntil) throw new Error('the home weekend offer ends')
      now = new Date(Date.parse(reward.validUntil) + 1000)
      const error = refusal(() => engine.redeem(command(engine, reward.id)))
      expect(asProblem(error)).toMatchObject({
        status: 409,
        code: 'conflict',
        title: 'This reward is no longer offered',
      })
    })

    it('cost_changed with the current cost when the cost moved since the member saw it', () => {
      const engine = engineFor()
      engine.setRewardCost('rwd_free_coffee', 180)
      const error = refusal(() =>
        engine.redeem({
          rewardId: 'rwd_free_coffee',
          expectedCost: 150,
          idempotencyKey: freshKey(),
        }),
      )
      expect(asProblem(error)).toMatchObject({
        status: 409,
        code: 'cost_changed',
        currentCost: 180,
      })
    })

    it('tier_required with the required tier for a Silver member and a Gold reward', () => {
      const engine = engineFor()
      expect(engine.me().tierId).toBe(TIER_IDS.silver)
      engine.setRewardCost('rwd_hundred_off', 10)
      const error = refusal(() => engine.redeem(command(engine, 'rwd_hundred_off')))
      expect(asProblem(error)).toMatchObject({
        status: 403,
        code: 'tier_required',
        requiredTierId: TIER_IDS.gold,
      })
      // Silver rewards are fine.
      engine.setRewardCost('rwd_fifty_off', 10)
      expect(engine.redeem(command(engine, 'rwd_fifty_off')).redemption.cost).toBe(10)
    })

    it('out_of_stock when no units are left', () => {
      const engine = engineFor()
      const error = refusal(() => engine.redeem(command(engine, 'rwd_linen_napkins')))
      expect(asProblem(error)).toMatchObject({ status: 409, code: 'out_of_stock' })
    })

    it('insufficient_points with how many are missing', () => {
      const engine = engineFor('new-member')
      const error = refusal(() => engine.redeem(command(engine, 'rwd_free_coffee')))
      expect(asProblem(error)).toMatchObject({
        status: 409,
        code: 'insufficient_points',
        shortBy: 150,
      })
      expect(engine.ledgerEntries()).toEqual([])
      expect(engine.listRedemptions({ limit: 20 })).toEqual({ items: [], nextCursor: null })
    })

    it('checks key, existence, offer, cost, tier, limit, stock, then points, in that order', () => {
      // Each pair of neighbouring rules, with both broken: the earlier one is reported.
      let now = new Date(NOW)
      const engine = createEngine({ clock: () => now })
      const attempt = (rewardId: string, expectedCost: number, idempotencyKey = freshKey()) =>
        refusal(() => engine.redeem({ rewardId, expectedCost, idempotencyKey })).code

      engine.redeem(command(engine, 'rwd_extra_shot', 'used-key'))
      expect(attempt('rwd_nope', 1, 'used-key')).toBe('idempotency_key_reused')
      expect(attempt('rwd_nope', 1)).toBe('not_found')

      const ending = engine.getReward('rwd_home_weekend_20')
      if (!ending?.validUntil) throw new Error('the home weekend offer ends')
      now = new Date(Date.parse(ending.validUntil) + 1000)
      expect(attempt(ending.id, ending.cost + 1)).toBe('conflict')
      now = new Date(NOW)

      // Default is Silver; the chef's table is Gold-only, limited and dearer than the balance.
      engine.setStock('rwd_chefs_table', 0)
      expect(attempt('rwd_chefs_table', 1)).toBe('cost_changed')
      expect(attempt('rwd_chefs_table', 8000)).toBe('tier_required')

      engine.setRewardCost('rwd_holiday_ornament', 1)
      engine.redeem(command(engine, 'rwd_holiday_ornament'))
      engine.setStock('rwd_holiday_ornament', 0)
      engine.setRewardCost('rwd_holiday_ornament', 100_000)
      expect(attempt('rwd_holiday_ornament', 100_000)).toBe('limit_reached')

      engine.setRewardCost('rwd_linen_napkins', 100_000)
      expect(attempt('rwd_linen_napkins', 100_000)).toBe('out_of_stock')
      engine.setStock('rwd_linen_napkins', 5)
      expect(attempt('rwd_linen_napkins', 100_000)).toBe('insufficient_points')
    })
  })

  describe('limits per member', () => {
    it('counts the member’s redemptions in redeemedByMe and refuses past the limit', () => {
      const engine = engineFor()
      const id = 'rwd_roastery_tour'
      engine.setRewardCost(id, 10)
      const shown = () => ({
        byId: engine.getReward(id)?.redeemedByMe,
        inList: engine
          .listRewards({ limit: 100, sort: 'cost_asc', q: 'roastery' })
          .items.find((reward) => reward.id === id)?.redeemedByMe,
      })
      expect(engine.getReward(id)?.limitPerMember).toBe(2)
      expect(shown()).toEqual({ byId: 0, inList: 0 })
      engine.redeem(command(engine, id))
      expect(shown()).toEqual({ byId: 1, inList: 1 })
      engine.redeem(command(engine, id))
      expect(shown()).toEqual({ byId: 2, inList: 2 })
      const error = refusal(() => engine.redeem(command(engine, id)))
      expect(asProblem(error)).toMatchObject({ status: 409, code: 'limit_reached', limit: 2 })
      expect(shown()).toEqual({ byId: 2, inList: 2 })
      // Another member's engine has its own count.
      expect(engineFor().getReward(id)?.redeemedByMe).toBe(0)
    })

    it('counts past redemptions too: top-tier already had its one coffee cupping', () => {
      const engine = engineFor('top-tier')
      expect(engine.getReward('rwd_coffee_cupping')).toMatchObject({
        limitPerMember: 1,
        redeemedByMe: 1,
      })
      const error = refusal(() => engine.redeem(command(engine, 'rwd_coffee_cupping')))
      expect(error).toMatchObject({ code: 'limit_reached', extensions: { limit: 1 } })
    })

    it('has no limit when limitPerMember is null', () => {
      const engine = engineFor('top-tier')
      engine.setRewardCost('rwd_free_shipping', 1)
      for (let i = 0; i < 5; i++) engine.redeem(command(engine, 'rwd_free_shipping'))
      expect(engine.getReward('rwd_free_shipping')).toMatchObject({
        limitPerMember: null,
        redeemedByMe: 5,
      })
    })
  })

  describe('many attempts', () => {
    it('never overdraws: exactly as many succeed as the balance allows', () => {
      const engine = engineFor()
      const start = engine.balance().available
      const ledgerBefore = redeemedEntries(engine).length
      const cost = Math.floor(start / 3.5)
      engine.setRewardCost('rwd_free_coffee', cost)
      const affordable = Math.floor(start / cost)
      expect(affordable).toBe(3)

      const outcomes = Array.from({ length: 50 }, () => {
        const before = engine.balance().available
        try {
          const { balance } = engine.redeem(command(engine, 'rwd_free_coffee'))
          expect(balance.available).toBe(before - cost)
          return 'redeemed'
        } catch (error) {
          if (!(error instanceof EngineError)) throw error
          expect(error.code).toBe('insufficient_points')
          expect(error.extensions.shortBy).toBe(cost - before)
          return error.code
        } finally {
          expect(engine.balance().available).toBeGreaterThanOrEqual(0)
        }
      })
      expect(outcomes.filter((outcome) => outcome === 'redeemed')).toHaveLength(affordable)
      expect(outcomes.slice(0, affordable).every((outcome) => outcome === 'redeemed')).toBe(true)
      expect(engine.balance().available).toBe(start - affordable * cost)
      expect(redeemedEntries(engine)).toHaveLength(ledgerBefore + affordable)
    })

    it('never sells more than the stock: 3 units, 50 attempts by a rich member', () => {
      const engine = engineFor('top-tier')
      const id = 'rwd_tote_bag'
      engine.setStock(id, 3)
      engine.setRewardCost(id, 10)
      expect(engine.getReward(id)?.limitPerMember).toBeNull()
      const codes = Array.from({ length: 50 }, () => {
        try {
          engine.redeem(command(engine, id))
          return 'redeemed'
        } catch (error) {
          if (!(error instanceof EngineError)) throw error
          return error.code
        } finally {
          expect(engine.getReward(id)?.stock).toBeGreaterThanOrEqual(0)
        }
      })
      expect(codes.filter((code) => code === 'redeemed')).toHaveLength(3)
      expect(codes.filter((code) => code === 'out_of_stock')).toHaveLength(47)
      expect(engine.getReward(id)).toMatchObject({ stock: 0, redeemedByMe: 3 })
    })
  })

  describe('setRewardCost and setStock', () => {
    it('change the catalog, re-sort by cost, and refuse nonsense', () => {
      const engine = engineFor()
      engine.setRewardCost('rwd_chefs_table', 1)
      expect(engine.listRewards({ limit: 1, sort: 'cost_asc' }).items[0]?.id).toBe(
        'rwd_chefs_table',
      )
      engine.setStock('rwd_chefs_table', null)
      expect(engine.getReward('rwd_chefs_table')).toMatchObject({ cost: 1, stock: null })
      expect(refusal(() => engine.setRewardCost('rwd_nope', 1)).code).toBe('not_found')
      for (const bad of [-1, 1.5, Number.NaN]) {
        expect(refusal(() => engine.setRewardCost('rwd_free_coffee', bad)).code).toBe('bad_request')
        expect(refusal(() => engine.setStock('rwd_free_coffee', bad)).code).toBe('bad_request')
      }
    })
  })
})

describe('engine.listRedemptions', () => {
  const statuses = (page: RedemptionPage) =>
    page.items.map((redemption) => [redemption.rewardName, redemption.status])

  it('shows the default member’s wallet in every state: active first, then newest first', () => {
    const page = engineFor().listRedemptions({ limit: 20 })
    expect(RedemptionPage.parse(page)).toEqual(page)
    expect(statuses(page)).toEqual([
      ['$10 off', 'active'],
      ['Donate 250 points: we give $2.50 to Evergreen Reforestation Trust', 'donated'],
      ['Birthday treat', 'expired'],
      ['Free Pastry', 'expired'],
      ['Free Coffee', 'used'],
    ])
    const [active, , , expired, used] = page.items
    expect(active?.voucher?.expiresAt && Date.parse(active.voucher.expiresAt)).toBeGreaterThan(
      Date.parse(NOW),
    )
    expect(expired?.voucher?.expiresAt && Date.parse(expired.voucher.expiresAt)).toBeLessThan(
      Date.parse(NOW),
    )
    expect(used?.usedAt).not.toBeNull()
    expect(page.nextCursor).toBeNull()
  })

  it('derives the status from the clock and keeps the order as vouchers expire', () => {
    let now = new Date(NOW)
    const engine = createEngine({ clock: () => now })
    engine.setRewardCost('rwd_enamel_pins', 10)
    engine.setRewardCost('rwd_five_off', 10)
    engine.redeem(command(engine, 'rwd_five_off')) // 90 days
    engine.redeem(command(engine, 'rwd_enamel_pins')) // 30 days
    const names = () => engine.listRedemptions({ limit: 20 }).items.map((r) => r.rewardName)

    // Active by soonest expiry: the pins (30 days), $10 off (65 days left), $5 off (90 days).
    expect(names().slice(0, 3)).toEqual(['Enamel Pin Set', '$10 off', '$5 off'])

    now = addDays(new Date(NOW), 31)
    const page = engine.listRedemptions({ limit: 20 })
    expect(statuses(page).slice(0, 3)).toEqual([
      ['$10 off', 'active'],
      ['$5 off', 'active'],
      ['Enamel Pin Set', 'expired'],
    ])
    expect(
      statuses(engine.listRedemptions({ limit: 20, status: 'expired' })).map(([name]) => name),
    ).toEqual(['Enamel Pin Set', 'Birthday treat', 'Free Pastry'])
    expect(engine.listRedemptions({ limit: 20, status: 'active' }).items).toHaveLength(2)
  })

  it('pages through the wallet, visiting each redemption once', () => {
    const engine = engineFor()
    engine.setRewardCost('rwd_extra_shot', 1)
    for (let i = 0; i < 7; i++) engine.redeem(command(engine, 'rwd_extra_shot'))
    const everything = engine.listRedemptions({ limit: 100 }).items
    for (const limit of [1, 3, 5]) {
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = engine.listRedemptions({ limit, ...(cursor ? { cursor } : {}) })
        seen.push(...page.items.map((redemption) => redemption.id))
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      expect(seen).toEqual(everything.map((redemption) => redemption.id))
    }
    expect(() => engine.listRedemptions({ limit: 5, cursor: 'nope' })).toThrow(EngineError)
  })

  it('finds the member’s redemption made with an Idempotency-Key, and nothing for another key', () => {
    let now = new Date(NOW)
    const engine = createEngine({ clock: () => now })
    const made = engine.redeem(command(engine, 'rwd_free_coffee', 'find-me'))
    engine.redeem(command(engine, 'rwd_free_pastry', 'not-me'))
    // Found long after the key itself is forgotten: the redemption keeps it.
    now = addDays(new Date(NOW), 3)
    expect(engine.listRedemptions({ limit: 20, idempotencyKey: 'find-me' })).toEqual({
      items: [{ ...made.redemption }],
      nextCursor: null,
    })
    expect(engine.listRedemptions({ limit: 20, idempotencyKey: 'never-sent' }).items).toEqual([])
  })

  it('is empty for a new member', () => {
    expect(engineFor('new-member').listRedemptions({ limit: 20 })).toEqual({
      items: [],
      nextCursor: null,
    })
  })
})
