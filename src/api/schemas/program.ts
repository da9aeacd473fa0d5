import * as z from 'zod/mini'
import { CurrencyCode, id, Money, points } from './common'

const text = () => z.string().check(z.minLength(1))
const days = () => z.int().check(z.gte(0))

export const TierBenefit = z.object({ id: id(), title: text(), description: z.string() })
export type TierBenefit = z.infer<typeof TierBenefit>

export const Tier = z.object({
  id: id(),
  name: text(),
  rank: z.int().check(z.gte(1)),
  threshold: Money,
  multiplier: z.number().check(z.gte(1)),
  benefits: z.array(TierBenefit),
})
export type Tier = z.infer<typeof Tier>

/** Where a member goes when a period's spend did not keep their tier. */
export const TierMoveDown = z.enum(['one_tier', 'to_qualified_tier'])
export type TierMoveDown = z.infer<typeof TierMoveDown>

export const Qualification = z.object({
  basis: z.enum(['spend']),
  period: z.enum(['calendar_year']),
  gracePeriodDays: days(),
  moveDown: TierMoveDown,
})
export type Qualification = z.infer<typeof Qualification>

export const PointsExpiry = z.object({ afterMonths: z.int().check(z.gte(1)) })
export type PointsExpiry = z.infer<typeof PointsExpiry>

export const Program = z.object({
  id: id(),
  name: text(),
  points: z.object({ singular: text(), plural: text() }),
  currency: CurrencyCode,
  earnRate: z.object({ points: points(1), per: Money }),
  qualification: Qualification,
  tiers: z.array(Tier).check(z.minLength(1)),
  nudgeThreshold: points(0),
  welcomeBonus: points(0),
  purchasePendingDays: days(),
  pointsExpiry: z.nullable(PointsExpiry),
})
export type Program = z.infer<typeof Program>
