import { z } from 'zod'
import { CurrencyCode, Id, Money, Points } from './common'

export const TierBenefit = z
  .object({
    id: Id,
    title: z.string().min(1),
    description: z.string(),
  })
  .meta({ id: 'TierBenefit' })
export type TierBenefit = z.infer<typeof TierBenefit>

export const Tier = z
  .object({
    id: Id,
    name: z.string().min(1),
    rank: z.number().int().min(1).meta({ description: '1 is the entry tier; higher is better' }),
    threshold: Money.meta({ description: 'Qualifying spend in the period needed to reach this tier' }),
    multiplier: z.number().min(1).meta({ description: 'Points multiplier on purchases' }),
    benefits: z.array(TierBenefit),
  })
  .meta({ id: 'Tier' })
export type Tier = z.infer<typeof Tier>

export const Program = z
  .object({
    id: Id,
    name: z.string().min(1),
    points: z
      .object({ singular: z.string().min(1), plural: z.string().min(1) })
      .meta({ description: 'What the program calls its points, e.g. star / stars' }),
    currency: CurrencyCode,
    earnRate: z
      .object({
        points: Points.min(1),
        per: Money,
      })
      .meta({ description: 'Base points earned per amount spent, before the tier multiplier' }),
    qualification: z.object({
      basis: z.literal('spend'),
      period: z.literal('calendar_year'),
    }),
    tiers: z.array(Tier).min(1),
    nudgeThreshold: Points.min(0).meta({
      description: 'How many points short of a reward still earns a "you are close" nudge',
    }),
  })
  .meta({ id: 'Program' })
export type Program = z.infer<typeof Program>
