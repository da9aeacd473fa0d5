import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Membership, MembershipStatus } from '../schemas/membership'

/** The member's paid VIP membership: none, waiting on a checkout, active or cancelled. */
export const getMembership = {
  path: '/me/membership',
  session: true,
  responses: { 200: Membership },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getMembership> = {
  summary: 'The member’s VIP membership',
  schemas: [
    {
      schema: MembershipStatus,
      description:
        'none: not VIP; pending: a checkout was started and the payment provider has not confirmed it yet; active: VIP, renewing; cancelled: VIP until `benefitsEndOn`, not renewing',
    },
    {
      schema: Membership,
      description: 'The membership; fields that do not apply to its status are null',
      fields: {
        planId: 'The plan paid for (pending: the plan being checked out); null for none',
        startedOn: 'The day VIP began (active, cancelled)',
        renewsOn: 'The day the next period is charged and begins (active only)',
        benefitsEndOn:
          'The last day of the period paid for: cancelled, VIP benefits last until then; active, the day they would last until if cancelled now (the day before `renewsOn`)',
      },
    },
  ],
}
