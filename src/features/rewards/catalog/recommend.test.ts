import { afterEach, describe, expect, it } from 'vitest'
import type { Redemption } from '@/api/schemas/redemption'
import type { Reward } from '@/api/schemas/reward'
import { activateLocale } from '@/lib/i18n/activate'
import { i18n } from '@/lib/i18n/i18n'
import { aBalance, aMember, aProgram, aReward, NOW } from '../../../../test/fixtures'
import { recommendRewards, type Recommendation } from './recommend'

/** The reasons as the member reads them, in the active language. */
const reasons = (result: Recommendation[]) => result.map((r) => i18n._(r.reason))

// A Silver member with 240 points.
const context = { program: aProgram(), member: aMember(), balance: aBalance({ available: 240 }) }

function aRedemption(category: Reward['category'], id = `red-${category}`): Redemption {
  return {
    id,
    rewardId: `reward-${id}`,
    rewardName: 'Something',
    category,
    cost: 100,
    status: 'used',
    origin: 'redemption',
    createdAt: '2026-06-01T00:00:00Z',
    usedAt: null,
    howToUse: '',
    voucher: { code: 'CODE', expiresAt: null },
    donation: null,
  }
}

const ids = (list: { reward: Reward }[]) => list.map((r) => r.reward.id)

describe('recommended rewards', () => {
  it('leaves out what the member cannot get: tier locks, sold out, ended, at their limit', () => {
    const candidates = [
      aReward({ id: 'gold-only', cost: 10, tierRequired: 'gold' }),
      aReward({ id: 'sold-out', cost: 10, stock: 0 }),
      aReward({ id: 'ended', cost: 10, validUntil: '2026-11-01T00:00:00Z' }),
      aReward({ id: 'at-limit', cost: 10, limitPerMember: 1, redeemedByMe: 1 }),
      aReward({ id: 'ok', cost: 10, limitPerMember: 2, redeemedByMe: 1 }),
    ]
    expect(ids(recommendRewards(candidates, [], context))).toEqual(['ok'])
  })

  it('puts what they can get now first, then the closest they are short for', () => {
    const candidates = [
      aReward({ id: 'far', cost: 900 }),
      aReward({ id: 'close', cost: 260 }),
      aReward({ id: 'now', cost: 200, category: 'gift' }),
      aReward({ id: 'closer', cost: 250, category: 'discount' }),
    ]
    const result = recommendRewards(candidates, [], context)
    expect(ids(result)).toEqual(['now', 'closer', 'close', 'far'])
    expect(reasons(result).slice(0, 2)).toEqual([
      'You can get this now',
      'Almost there: 10 points to go',
    ])
  })

  it('prefers the categories they redeemed most, and says so', () => {
    const candidates = [
      aReward({ id: 'discount', category: 'discount', cost: 100 }),
      aReward({ id: 'gift', category: 'gift', cost: 100 }),
      aReward({ id: 'product', category: 'free_product', cost: 100 }),
      aReward({ id: 'product-short', category: 'free_product', cost: 300 }),
    ]
    const history = [
      aRedemption('free_product', 'a'),
      aRedemption('free_product', 'b'),
      aRedemption('gift', 'c'),
    ]
    const result = recommendRewards(candidates, history, context)
    expect(ids(result)).toEqual(['product', 'gift', 'discount', 'product-short'])
    expect(reasons(result)).toEqual([
      'Because you like free products',
      'Because you like gifts',
      'You can get this now',
      'Because you like free products',
    ])
  })

  it('keeps the candidates’ order (popularity) when nothing else separates them', () => {
    const candidates = ['a', 'b', 'c'].map((id, i) =>
      aReward({ id, category: (['gift', 'discount', 'experience'] as const)[i], cost: 50 }),
    )
    expect(ids(recommendRewards(candidates, [], context))).toEqual(['a', 'b', 'c'])
  })

  it('shows at most four, no more than two of a category while others are left', () => {
    const candidates = [
      ...['p1', 'p2', 'p3', 'p4'].map((id) => aReward({ id, category: 'free_product', cost: 50 })),
      aReward({ id: 'd1', category: 'discount', cost: 50 }),
    ]
    const history = [aRedemption('free_product')]
    const result = recommendRewards(candidates, history, context)
    expect(ids(result)).toEqual(['p1', 'p2', 'p3', 'd1'])
    expect(ids(recommendRewards(candidates.slice(0, 4), history, context))).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
    ])
  })

  it('is empty without candidates, and ignores duplicates', () => {
    expect(recommendRewards([], [aRedemption('gift')], context)).toEqual([])
    const twice = aReward({ id: 'x', cost: 10 })
    expect(ids(recommendRewards([twice, twice], [], context))).toEqual(['x'])
  })

  it('a member with no points gets the cheapest rewards as goals', () => {
    const broke = { ...context, balance: aBalance({ available: 0, asOf: NOW }) }
    const candidates = [aReward({ id: 'b', cost: 500 }), aReward({ id: 'a', cost: 100 })]
    expect(ids(recommendRewards(candidates, [], broke))).toEqual(['a', 'b'])
  })
})

describe('recommended rewards: the reasons in the member’s language', () => {
  afterEach(() => activateLocale('en'))

  // A liked category, one to get now, one far off (12,340 short: grouped the locale's way).
  const candidates = [
    aReward({ id: 'gift', category: 'gift', cost: 100 }),
    aReward({ id: 'now', category: 'discount', cost: 200 }),
    aReward({ id: 'far', category: 'experience', cost: 240 + 12_340 }),
  ]
  const history = [aRedemption('gift')]

  it('Spanish', async () => {
    await activateLocale('es')
    const program = aProgram({ points: { one: 'punto', many: 'puntos', other: 'puntos' } })
    const result = recommendRewards(candidates, history, { ...context, program })
    expect(ids(result)).toEqual(['gift', 'now', 'far'])
    expect(reasons(result)).toEqual([
      'Porque te gustan los regalos',
      'Ya puedes conseguirla',
      'Ya casi: te faltan 12.340 puntos',
    ])
  })

  it('Arabic', async () => {
    await activateLocale('ar')
    const program = aProgram({
      points: {
        zero: 'نقطة',
        one: 'نقطة',
        two: 'نقطتان',
        few: 'نقاط',
        many: 'نقطة',
        other: 'نقطة',
      },
    })
    const result = recommendRewards(candidates, history, { ...context, program })
    const [liked, now, far] = reasons(result)
    expect([liked, now]).toEqual(['لأنك تحب الهدايا', 'يمكنك الحصول عليها الآن'])
    expect(far).toMatch(/^اقتربت: يتبقى 12[,٬]340 /)
  })
})
