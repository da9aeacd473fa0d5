import type { CategoryRate } from '../schemas/earning'
import type { Program } from '../schemas/program'

/**
 * How purchases earn points: one calculation for the portal (the rates table and the
 * estimator on the ways-to-earn page) and the mock API (every purchase it credits), so what
 * the portal promises is what the ledger shows.
 */

/** Multipliers like 1.25 are not exact in binary: products are rounded to this before flooring. */
const PRECISION = 1e6

const settle = (value: number) => Math.round(value * PRECISION) / PRECISION

/**
 * Points per `earnRate.per` of spend (per $1, say) at a category's multiplier and a tier's:
 * `2 × 1.25` of one point a dollar is 2.5 points a dollar.
 */
export function pointsPerUnit(
  earnRate: Program['earnRate'],
  categoryMultiplier: number,
  tierMultiplier: number,
): number {
  return settle(earnRate.points * categoryMultiplier * tierMultiplier)
}

/**
 * Points a purchase of `spend` (minor units) earns: whole units of `earnRate.per` times the
 * rate, times the category's multiplier and the member's tier multiplier, rounded down. A
 * negative or zero spend earns nothing; a category at 0 (gift cards) earns nothing.
 */
export function purchasePoints(input: {
  spend: number
  earnRate: Program['earnRate']
  categoryMultiplier: number
  tierMultiplier: number
}): number {
  const { spend, earnRate } = input
  if (!(spend > 0) || earnRate.per.amount <= 0) return 0
  const units = Math.floor(spend / earnRate.per.amount)
  const rate = pointsPerUnit(earnRate, input.categoryMultiplier, input.tierMultiplier)
  return Math.floor(settle(units * rate))
}

/** A reward the member is working toward. */
export type RewardTarget = { id: string; name: string; cost: number }

export type PurchaseEstimate = {
  /** Points the purchase would earn. */
  points: number
  /** Points per `program.earnRate.per` at this category and the member's tier. */
  pointsPerUnit: number
  /**
   * The cheapest reward the member cannot afford yet, and how many points would still be
   * missing after the purchase (0: the purchase covers it). Null when there is none.
   */
  reward: { target: RewardTarget; shortBy: number } | null
  /**
   * The next tier, and how much qualifying spend would still be missing after the purchase (0:
   * the purchase reaches it). Null at the top tier.
   */
  tier: { tierId: string; spendShort: number } | null
}

/**
 * What a purchase of `spend` (minor units) in a category would earn the member, and how far it
 * would take them toward the next reward and the next tier. The points count toward the reward
 * once they post; the spend counts toward the tier at once.
 */
export function estimatePurchase(input: {
  program: Program
  categories: readonly CategoryRate[]
  categoryId: string
  spend: number
  /** The member's tier: its multiplier applies. */
  tierId: string
  /** Points the member can spend now. */
  available: number
  /** Rewards the member can work toward (nothing but points in the way), in any order. */
  rewards: readonly RewardTarget[]
  /** The next tier and the spend it still needs (GET /me/tier); null at the top. */
  nextTier: { tierId: string; amountToNext: number } | null
}): PurchaseEstimate {
  const { program, spend, available } = input
  const category = input.categories.find((candidate) => candidate.id === input.categoryId)
  const tier = program.tiers.find((candidate) => candidate.id === input.tierId)
  const categoryMultiplier = category?.multiplier ?? 0
  const tierMultiplier = tier?.multiplier ?? 1
  const points = purchasePoints({
    spend,
    earnRate: program.earnRate,
    categoryMultiplier,
    tierMultiplier,
  })
  const target = input.rewards
    .filter((reward) => reward.cost > available)
    .reduce<RewardTarget | null>(
      (cheapest, reward) => (cheapest === null || reward.cost < cheapest.cost ? reward : cheapest),
      null,
    )
  const counted = Math.max(0, spend)
  return {
    points,
    pointsPerUnit: pointsPerUnit(program.earnRate, categoryMultiplier, tierMultiplier),
    reward: target && { target, shortBy: Math.max(0, target.cost - available - points) },
    tier: input.nextTier && {
      tierId: input.nextTier.tierId,
      spendShort: Math.max(0, input.nextTier.amountToNext - counted),
    },
  }
}
