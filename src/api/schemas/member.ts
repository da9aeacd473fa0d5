import { z } from 'zod'
import { CalendarDate, Id, Money, Points, Timestamp } from './common'

export const Member = z
  .object({
    id: Id,
    firstName: z.string().min(1),
    lastName: z.string(),
    email: z.email(),
    memberSince: CalendarDate,
    birthday: CalendarDate.nullable().meta({ description: 'Null when the member has not told us' }),
    referralCode: z.string().min(1),
    tierId: Id,
  })
  .meta({ id: 'Member' })
export type Member = z.infer<typeof Member>

export const PendingBatch = z
  .object({
    points: Points.min(1),
    availableOn: Timestamp,
    reason: z.string(),
  })
  .meta({ id: 'PendingBatch' })
export type PendingBatch = z.infer<typeof PendingBatch>

export const ExpiringBatch = z
  .object({
    points: Points.min(1),
    expiresOn: Timestamp,
  })
  .meta({ id: 'ExpiringBatch' })
export type ExpiringBatch = z.infer<typeof ExpiringBatch>

export const Balance = z
  .object({
    available: Points.min(0),
    pending: z.array(PendingBatch).meta({ description: 'Earned but not yet usable, soonest first' }),
    lifetimeEarned: Points.min(0),
    expiring: z.array(ExpiringBatch).meta({ description: 'Points that expire, soonest first' }),
    asOf: Timestamp.meta({ description: 'Server time the balance was computed at' }),
  })
  .meta({ id: 'Balance' })
export type Balance = z.infer<typeof Balance>

export const TierProgress = z
  .object({
    currentTierId: Id,
    nextTierId: Id.nullable().meta({ description: 'Null at the top tier' }),
    qualifyingAmount: Money.meta({ description: 'Qualifying spend so far in this period' }),
    amountToNext: Money.nullable().meta({ description: 'Spend left to reach the next tier; null at the top' }),
    periodStart: Timestamp,
    periodEnd: Timestamp,
    keptForNextPeriod: z
      .boolean()
      .meta({ description: 'True when this period’s spend already keeps the current tier next period' }),
    asOf: Timestamp,
  })
  .meta({ id: 'TierProgress' })
export type TierProgress = z.infer<typeof TierProgress>
