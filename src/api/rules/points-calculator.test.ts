import { describe, expect, it } from 'vitest'
import { earningRules } from '../../../mocks/engine/earning'
import { createProgram } from '../../../mocks/engine/program-rules'
import { aProgram } from '../../../test/fixtures'
import { estimatePurchase, pointsPerUnit, purchasePoints } from './points-calculator'

const program = createProgram()
const { categories } = earningRules('en')
const tier = (id: string) => {
  const found = program.tiers.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no tier ${id}`)
  return found
}

/** The program's rates, worked out by hand: points for $40.99 and for $7.50. */
const EXPECTED: Record<string, Record<string, [number, number]>> = {
  coffee: { tier_bronze: [80, 14], tier_silver: [100, 17], tier_gold: [120, 21] },
  cafe: { tier_bronze: [60, 10], tier_silver: [75, 13], tier_gold: [90, 15] },
  home: { tier_bronze: [40, 7], tier_silver: [50, 8], tier_gold: [60, 10] },
  accessories: { tier_bronze: [40, 7], tier_silver: [50, 8], tier_gold: [60, 10] },
  gift_cards: { tier_bronze: [0, 0], tier_silver: [0, 0], tier_gold: [0, 0] },
}

describe('purchasePoints', () => {
  it.each(
    categories.flatMap((category) =>
      program.tiers.map((t) => ({ category: category.id, tierId: t.id })),
    ),
  )('$category at $tierId: whole dollars × rate × category × tier, rounded down', (c) => {
    const expected = EXPECTED[c.category]?.[c.tierId]
    if (!expected) throw new Error(`no expectation for ${c.category} at ${c.tierId}`)
    const categoryMultiplier = categories.find((k) => k.id === c.category)?.multiplier ?? NaN
    const points = (spend: number) =>
      purchasePoints({
        spend,
        earnRate: program.earnRate,
        categoryMultiplier,
        tierMultiplier: tier(c.tierId).multiplier,
      })
    expect([points(4099), points(750)]).toEqual(expected)
  })

  it('counts whole units of spend only, and nothing for none or a refund', () => {
    const input = { earnRate: program.earnRate, categoryMultiplier: 1, tierMultiplier: 1 }
    expect(purchasePoints({ ...input, spend: 99 })).toBe(0)
    expect(purchasePoints({ ...input, spend: 100 })).toBe(1)
    expect(purchasePoints({ ...input, spend: 0 })).toBe(0)
    expect(purchasePoints({ ...input, spend: -5000 })).toBe(0)
    expect(purchasePoints({ ...input, spend: Number.NaN })).toBe(0)
  })

  it('is exact where binary fractions are not: 100 units at 1.15 are 115 points', () => {
    expect(100 * 1.15).toBeLessThan(115)
    expect(
      purchasePoints({
        spend: 10_000,
        earnRate: program.earnRate,
        categoryMultiplier: 1.15,
        tierMultiplier: 1,
      }),
    ).toBe(115)
    expect(pointsPerUnit(program.earnRate, 2, 1.25)).toBe(2.5)
  })

  it('follows the program’s base rate (2 points per 5 euros)', () => {
    const earnRate = { points: 2, per: { amount: 500, currency: 'EUR' } }
    expect(
      purchasePoints({ spend: 2_499, earnRate, categoryMultiplier: 1.5, tierMultiplier: 1 }),
    ).toBe(12)
  })
})

describe('estimatePurchase', () => {
  const base = {
    program: aProgram(),
    categories: [
      { id: 'skincare', name: 'Skincare', multiplier: 2 },
      { id: 'gift_cards', name: 'Gift cards', multiplier: 0 },
    ],
    tierId: 'silver',
    available: 240,
    rewards: [
      { id: 'mug', name: 'Mug', cost: 400 },
      { id: 'coffee', name: 'Coffee', cost: 250 },
      { id: 'pin', name: 'Pin', cost: 100 },
    ],
    nextTier: { tierId: 'gold', amountToNext: 50_000 },
  }

  it('earns at the category’s rate and the tier’s, toward the cheapest reward out of reach', () => {
    // $40 of skincare at Silver: 40 × 2 × 1.25 = 100 points; Coffee (250) needs 10 of them.
    expect(estimatePurchase({ ...base, categoryId: 'skincare', spend: 4_000 })).toEqual({
      points: 100,
      pointsPerUnit: 2.5,
      reward: { target: { id: 'coffee', name: 'Coffee', cost: 250 }, shortBy: 0 },
      tier: { tierId: 'gold', spendShort: 46_000 },
    })
    expect(estimatePurchase({ ...base, categoryId: 'skincare', spend: 200 }).reward).toEqual({
      target: { id: 'coffee', name: 'Coffee', cost: 250 },
      shortBy: 5,
    })
  })

  it('counts the spend toward the tier even where it earns no points', () => {
    const estimate = estimatePurchase({ ...base, categoryId: 'gift_cards', spend: 60_000 })
    expect(estimate.points).toBe(0)
    expect(estimate.reward?.shortBy).toBe(10)
    expect(estimate.tier).toEqual({ tierId: 'gold', spendShort: 0 })
  })

  it('has no reward to aim for when every one is affordable, and no tier at the top', () => {
    const estimate = estimatePurchase({
      ...base,
      categoryId: 'skincare',
      spend: 1_000,
      available: 5_000,
      tierId: 'gold',
      nextTier: null,
    })
    expect(estimate).toMatchObject({ points: 30, reward: null, tier: null })
  })

  it('earns nothing in a category the program does not have', () => {
    expect(estimatePurchase({ ...base, categoryId: 'nope', spend: 10_000 }).points).toBe(0)
  })
})
