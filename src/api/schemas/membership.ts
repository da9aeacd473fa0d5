import * as z from 'zod/mini'
import { calendarDate, id, Money, timestamp } from './common'

const text = () => z.string().check(z.minLength(1))
/** An address the browser may be sent to: never a script or data URL. */
const webUrl = () => z.url({ protocol: /^https?$/ })

/** How often a plan is paid for. */
export const PlanId = z.enum(['monthly', 'yearly'])
export type PlanId = z.infer<typeof PlanId>

export const MembershipPlan = z.object({ id: PlanId, price: Money })
export type MembershipPlan = z.infer<typeof MembershipPlan>

export const VipBenefit = z.object({ id: id(), title: text(), description: z.string() })
export type VipBenefit = z.infer<typeof VipBenefit>

export const MembershipPlans = z.object({
  plans: z.array(MembershipPlan).check(z.minLength(1)),
  adds: z.array(VipBenefit),
})
export type MembershipPlans = z.infer<typeof MembershipPlans>

export const MembershipStatus = z.enum(['none', 'pending', 'active', 'cancelled'])
export type MembershipStatus = z.infer<typeof MembershipStatus>

export const Membership = z.object({
  status: MembershipStatus,
  planId: z.nullable(PlanId),
  startedOn: z.nullable(calendarDate()),
  renewsOn: z.nullable(calendarDate()),
  benefitsEndOn: z.nullable(calendarDate()),
})
export type Membership = z.infer<typeof Membership>

export const CheckoutRequest = z.object({ planId: PlanId, returnUrl: webUrl() })
export type CheckoutRequest = z.infer<typeof CheckoutRequest>

export const Checkout = z.object({ sessionId: id(), checkoutUrl: webUrl(), expiresAt: timestamp() })
export type Checkout = z.infer<typeof Checkout>
