import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { RedemptionPage, RedemptionStatus } from '../schemas/redemption'
import { RedemptionListQuery } from '../schemas/redemption-list-query'

/** The member's wallet: unused codes first, then used, expired and donations. */
export const listRedemptions = {
  path: '/me/redemptions',
  session: true,
  query: RedemptionListQuery,
  responses: { 200: RedemptionPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listRedemptions> = {
  summary: 'The member’s wallet, cursor paged',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Redemptions per page',
    status: 'Only redemptions in this state',
    idempotencyKey:
      'Only the member’s redemption made by the POST /redemptions that carried this Idempotency-Key: one item, or none when that request made no redemption (refused, not received, or still being processed). Found for as long as the redemption is in the wallet, also after the key itself is forgotten.',
  },
  schemas: [
    {
      schema: RedemptionStatus,
      description: 'active: usable; used; expired; donated: a donation receipt',
    },
    {
      schema: RedemptionPage,
      description: 'The wallet: active first (soonest expiry first), then the rest, newest first',
    },
  ],
}
