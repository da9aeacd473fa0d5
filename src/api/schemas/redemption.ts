import * as z from 'zod/mini'
import { id, Money, pageOf, points, timestamp } from './common'
import { Balance } from './member'
import { RewardCategory } from './reward'

/** Body of POST /redemptions. `expectedCost` is the cost the member agreed to; a different current cost is refused. */
export const RedemptionRequest = z.object({
  rewardId: id(),
  expectedCost: points(0),
})
export type RedemptionRequest = z.infer<typeof RedemptionRequest>

export const RedemptionStatus = z.enum(['active', 'used', 'expired', 'donated'])
export type RedemptionStatus = z.infer<typeof RedemptionStatus>

/** How it reached the wallet: points the member spent, or the program's birthday gift. */
export const RedemptionOrigin = z.enum(['redemption', 'birthday_gift'])
export type RedemptionOrigin = z.infer<typeof RedemptionOrigin>

export const Voucher = z.object({
  code: z.string().check(z.minLength(1)),
  expiresAt: z.nullable(timestamp()),
})
export type Voucher = z.infer<typeof Voucher>

export const Donation = z.object({
  cause: z.string().check(z.minLength(1)),
  amount: Money,
  receiptNumber: z.string().check(z.minLength(1)),
})
export type Donation = z.infer<typeof Donation>

export const Redemption = z.object({
  id: id(),
  rewardId: id(),
  rewardName: z.string().check(z.minLength(1)),
  category: RewardCategory,
  cost: points(0),
  status: RedemptionStatus,
  origin: RedemptionOrigin,
  createdAt: timestamp(),
  usedAt: z.nullable(timestamp()),
  howToUse: z.string(),
  /** A code to use at checkout; null for donations. */
  voucher: z.nullable(Voucher),
  /** The gift made on the member's behalf; null for everything but donations. */
  donation: z.nullable(Donation),
})
export type Redemption = z.infer<typeof Redemption>

/** Answer of POST /redemptions: the redemption and the balance after it. */
export const RedemptionResult = z.object({
  redemption: Redemption,
  balance: Balance,
})
export type RedemptionResult = z.infer<typeof RedemptionResult>

/** GET /me/redemptions: unused (active) first, soonest expiry first; then the rest, newest first. */
export const RedemptionPage = pageOf(Redemption)
export type RedemptionPage = z.infer<typeof RedemptionPage>
