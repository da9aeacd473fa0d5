import * as z from 'zod/mini'
import { calendarDate, id, Money, points, timestamp } from './common'

/**
 * A birthday without the year: the gift comes in its month. The day must exist in the month
 * (29 February does); the API refuses one that does not (see daysInMonth).
 */
export const MonthDay = z.object({
  month: z.int().check(z.gte(1), z.lte(12)),
  day: z.int().check(z.gte(1), z.lte(31)),
})
export type MonthDay = z.infer<typeof MonthDay>

export const Member = z.object({
  id: id(),
  firstName: z.string().check(z.minLength(1)),
  lastName: z.string(),
  email: z.email(),
  memberSince: calendarDate(),
  birthday: z.nullable(MonthDay),
  referralCode: z.string().check(z.minLength(1)),
  tierId: id(),
})
export type Member = z.infer<typeof Member>

export const PendingBatch = z.object({
  points: points(1),
  availableOn: timestamp(),
  reason: z.string(),
})
export type PendingBatch = z.infer<typeof PendingBatch>

export const ExpiringBatch = z.object({ points: points(1), expiresOn: timestamp() })
export type ExpiringBatch = z.infer<typeof ExpiringBatch>

export const Balance = z.object({
  available: points(0),
  pending: z.array(PendingBatch),
  lifetimeEarned: points(0),
  expiring: z.array(ExpiringBatch),
  asOf: timestamp(),
})
export type Balance = z.infer<typeof Balance>

/** A tier held past its period, while the member has the chance to requalify. */
export const TierGrace = z.object({ endsAt: timestamp(), tierAfterId: id() })
export type TierGrace = z.infer<typeof TierGrace>

export const TierProgress = z.object({
  currentTierId: id(),
  nextTierId: z.nullable(id()),
  qualifyingAmount: Money,
  amountToNext: z.nullable(Money),
  periodStart: timestamp(),
  periodEnd: timestamp(),
  keptForNextPeriod: z.boolean(),
  nextPeriodTierId: id(),
  grace: z.nullable(TierGrace),
  asOf: timestamp(),
})
export type TierProgress = z.infer<typeof TierProgress>
