import { z } from 'zod'
import { Id, Money, pageOf, Points, Timestamp } from './common'

export const RewardCategory = z
  .enum(['discount', 'free_product', 'gift', 'experience', 'free_shipping', 'donation'])
  .meta({ id: 'RewardCategory' })
export type RewardCategory = z.infer<typeof RewardCategory>

export const RewardImage = z.object({
  url: z.string().min(1),
  alt: z.string().meta({ description: 'Text alternative; empty only when purely decorative' }),
})

export const Reward = z
  .object({
    id: Id,
    name: z.string().min(1),
    summary: z.string(),
    description: z.string(),
    category: RewardCategory,
    cost: Points.min(0),
    image: RewardImage.nullable(),
    value: Money.nullable().meta({ description: 'Face value (discount, donation), when it has one' }),
    cause: z.string().nullable().meta({ description: 'Charity that receives a donation reward' }),
    stock: z.number().int().min(0).nullable().meta({ description: 'Units left; null when unlimited' }),
    tierRequired: Id.nullable().meta({ description: 'Lowest tier that may redeem it; null for all' }),
    validUntil: Timestamp.nullable().meta({ description: 'Last moment it can be redeemed' }),
    createdAt: Timestamp,
    popularity: z.number().int().min(0).meta({ description: 'Redemptions in the last 90 days' }),
    terms: z.string(),
    howToUse: z.string(),
  })
  .meta({ id: 'Reward' })
export type Reward = z.infer<typeof Reward>

export const RewardSort = z.enum(['cost_asc', 'cost_desc', 'newest', 'popular']).meta({ id: 'RewardSort' })
export type RewardSort = z.infer<typeof RewardSort>

/** Query string of GET /rewards. `affordable` is relative to the signed-in member's available balance. */
export const RewardListQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number<number>().int().min(1).max(100).default(24),
  category: RewardCategory.optional(),
  affordable: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: cost within the available balance; false: cost above it' }),
  q: z.string().max(100).optional(),
  sort: RewardSort.default('cost_asc'),
})
export type RewardListQuery = z.input<typeof RewardListQuery>

export const RewardPage = pageOf(Reward).meta({ id: 'RewardPage' })
export type RewardPage = z.infer<typeof RewardPage>
