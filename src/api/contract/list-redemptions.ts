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
