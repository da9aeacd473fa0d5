import type { Endpoint } from '../endpoint'
import { SampleUnavailable, type EndpointDocs } from '../endpoint-docs'
import { getMembership } from './get-membership'
import { Membership } from '../schemas/membership'

/** Stops VIP from renewing; its benefits last to the end of the period paid for. */
export const cancelMembership = {
  method: 'POST',
  path: '/me/membership/cancellation',
  session: true,
  idempotent: true,
  responses: { 200: Membership },
  problems: ['conflict', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof cancelMembership> = {
  summary: 'Cancel the VIP membership (idempotent)',
  description: [
    'Nothing more is charged; VIP benefits last until the end of the period already paid for (`benefitsEndOn`), and nothing is refunded.',
    'Cancelling a membership that is cancelled already changes nothing and answers it as it is; a member who is not VIP is refused with 409 conflict.',
    'Idempotency works as for POST /redemptions: a repeat with the same key answers the first result again.',
  ].join(' '),
  responses: { 200: { description: 'The membership, cancelled, with the day its benefits end' } },
  async sample({ call }) {
    const membership = await call(getMembership, {})
    if (membership.status !== 'active') {
      throw new SampleUnavailable('the member has no active VIP membership to cancel')
    }
    return { input: { idempotencyKey: crypto.randomUUID() } }
  },
  again: async () => null,
  exampleAs: 'vip-member',
}
