import * as z from 'zod/mini'
import { id, Money, pageOf, points, timestamp } from './common'

/** Where a referred friend has got to: each step follows the one before. */
export const ReferralStatus = z.enum(['invited', 'joined', 'purchased', 'rewarded'])
export type ReferralStatus = z.infer<typeof ReferralStatus>

/** What a friend gets for joining with the member's code: money off their first order. */
export const FriendOffer = z.object({
  discount: Money,
  /** The least the first order must come to for the discount; null for any order. */
  minimumSpend: z.nullable(Money),
})
export type FriendOffer = z.infer<typeof FriendOffer>

/** How many friends per period earn the member points, and how many have so far. */
export const ReferralCap = z.object({
  limit: z.int().check(z.gte(1)),
  period: z.enum(['calendar_year']),
  used: z.int().check(z.gte(0)),
  periodEnd: timestamp(),
})
export type ReferralCap = z.infer<typeof ReferralCap>

export const ReferralSummary = z.object({
  code: z.string().check(z.minLength(1)),
  link: z.url({ protocol: /^https$/ }),
  friendOffer: FriendOffer,
  /** Points the member earns for each friend's first purchase. */
  referrerPoints: points(1),
  cap: z.nullable(ReferralCap),
  /** Points from referrals credited so far. */
  pointsEarned: points(0),
  /** Points from referrals still pending (a friend's first order within its returns window). */
  pointsPending: points(0),
  /** Friends at each step. */
  counts: z.object({
    invited: z.int().check(z.gte(0)),
    joined: z.int().check(z.gte(0)),
    purchased: z.int().check(z.gte(0)),
    rewarded: z.int().check(z.gte(0)),
  }),
  asOf: timestamp(),
})
export type ReferralSummary = z.infer<typeof ReferralSummary>

export const ReferredFriend = z.object({
  id: id(),
  /** What the member may see of the friend: a first name, or a masked email before they join. */
  name: z.string().check(z.minLength(1)),
  status: ReferralStatus,
  invitedAt: timestamp(),
  /** When the friend reached their status. */
  statusSince: timestamp(),
  /** Points this friend earned the member: credited (rewarded) or on the way (purchased). */
  points: points(0),
  /** purchased: when the points are credited; null otherwise, or when none are coming. */
  pointsAvailableOn: z.nullable(timestamp()),
  /** The first purchase came after the cap was reached: it earned the member no points. */
  overCap: z.boolean(),
})
export type ReferredFriend = z.infer<typeof ReferredFriend>

export const ReferredFriendPage = pageOf(ReferredFriend)
export type ReferredFriendPage = z.infer<typeof ReferredFriendPage>

/** Query string of GET /me/referrals/friends, as the server parses it. */
export const ReferredFriendQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
})
export type ReferredFriendQuery = z.input<typeof ReferredFriendQuery>
