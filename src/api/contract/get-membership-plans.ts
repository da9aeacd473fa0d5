import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { MembershipPlan, MembershipPlans, PlanId, VipBenefit } from '../schemas/membership'

/** The paid VIP plans offered to the member, and what VIP adds over their tier. */
export const getMembershipPlans = {
  path: '/me/membership/plans',
  session: true,
  responses: { 200: MembershipPlans },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getMembershipPlans> = {
  summary: 'The paid VIP plans, and what VIP adds over the member’s tier',
  description:
    'VIP is an optional paid membership on top of the tier a member earns by spending. The benefits listed are those VIP gives that the member’s current tier does not, in the language asked for.',
  schemas: [
    { schema: PlanId, description: 'monthly: paid and renewed each month; yearly: each year' },
    {
      schema: MembershipPlan,
      description: 'One way to pay for VIP',
      fields: { price: 'What each period costs, taxes included' },
    },
    { schema: VipBenefit, description: 'A benefit VIP adds' },
    {
      schema: MembershipPlans,
      description: 'The plans and the benefits VIP adds for this member',
      fields: { adds: 'VIP’s benefits the member’s tier does not already give; may be empty' },
    },
  ],
}
