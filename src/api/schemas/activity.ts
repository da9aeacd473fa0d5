import * as z from 'zod/mini'
import { id, Money, pageOf, points, timestamp } from './common'

/** Where an entry's points came from or went. */
export const ActivitySource = z.enum([
  'purchase',
  'partner',
  'review',
  'referral',
  'bonus',
  'redemption',
  'donation',
  'expiry',
  'adjustment',
])
export type ActivitySource = z.infer<typeof ActivitySource>

/**
 * `pending`: earned, not spendable before `availableOn`; `posted`: counted in the balance;
 * `expired`: earned, and what was left of it expired (an `expiry` entry took it away).
 */
export const ActivityStatus = z.enum(['pending', 'posted', 'expired'])
export type ActivityStatus = z.infer<typeof ActivityStatus>

export const ActivityPartner = z.object({ id: id(), name: z.string().check(z.minLength(1)) })
export type ActivityPartner = z.infer<typeof ActivityPartner>

/** One entry of the member's points ledger. */
export const ActivityEntry = z.object({
  id: id(),
  occurredAt: timestamp(),
  source: ActivitySource,
  description: z.string().check(z.minLength(1)),
  /** Signed: earned points are positive, spent and expired ones negative. */
  points: points(),
  status: ActivityStatus,
  /** When pending points become spendable; null for everything but earned points. */
  availableOn: z.nullable(timestamp()),
  /** When earned points expire (or expired); null for everything but earned points. */
  expiresOn: z.nullable(timestamp()),
  /** What was spent, for purchases (it counts towards the tier). */
  spend: z.nullable(Money),
  /** The partner brand, for points earned there. */
  partner: z.nullable(ActivityPartner),
})
export type ActivityEntry = z.infer<typeof ActivityEntry>

/** GET /me/activity: newest first. */
export const ActivityPage = pageOf(ActivityEntry)
export type ActivityPage = z.infer<typeof ActivityPage>

/** Query string of GET /me/activity, as the server parses it. */
export const ActivityListQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
  source: z.optional(ActivitySource),
  /** Entries that occurred at or after this moment. */
  from: z.optional(timestamp()),
  /** Entries that occurred at or before this moment. */
  to: z.optional(timestamp()),
})
export type ActivityListQuery = z.input<typeof ActivityListQuery>
