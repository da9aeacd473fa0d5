import * as z from 'zod/mini'
import { id, Money, pageOf, points, timestamp } from './common'

export const RewardCategory = z.enum([
  'discount',
  'free_product',
  'gift',
  'experience',
  'free_shipping',
  'donation',
])
export type RewardCategory = z.infer<typeof RewardCategory>

export const RewardImage = z.object({ url: z.string().check(z.minLength(1)), alt: z.string() })

export const Reward = z.object({
  id: id(),
  name: z.string().check(z.minLength(1)),
  summary: z.string(),
  description: z.string(),
  category: RewardCategory,
  cost: points(0),
  image: z.nullable(RewardImage),
  value: z.nullable(Money),
  cause: z.nullable(z.string()),
  stock: z.nullable(z.int().check(z.gte(0))),
  tierRequired: z.nullable(id()),
  validUntil: z.nullable(timestamp()),
  createdAt: timestamp(),
  popularity: z.int().check(z.gte(0)),
  limitPerMember: z.nullable(z.int().check(z.gte(1))),
  /** How many of this reward the signed-in member has redeemed. */
  redeemedByMe: z.int().check(z.gte(0)),
  terms: z.string(),
  howToUse: z.string(),
})
export type Reward = z.infer<typeof Reward>

export const RewardPage = pageOf(Reward)
export type RewardPage = z.infer<typeof RewardPage>

/** A reward as anyone may see it, signed in or not: what it is and what it costs. */
export const PublicReward = z.object({
  id: id(),
  name: z.string().check(z.minLength(1)),
  summary: z.string(),
  category: RewardCategory,
  cost: points(0),
  image: z.nullable(RewardImage),
  tierRequired: z.nullable(id()),
})
export type PublicReward = z.infer<typeof PublicReward>

export const PublicRewardList = z.object({ items: z.array(PublicReward) })
export type PublicRewardList = z.infer<typeof PublicRewardList>

/** The query of GET /program/rewards, as the server parses it. */
export const PublicRewardQuery = z.object({
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(24)), 6),
})
export type PublicRewardQuery = z.input<typeof PublicRewardQuery>
