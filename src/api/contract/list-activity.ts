import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  ActivityEntry,
  ActivityListQuery,
  ActivityPage,
  ActivityPartner,
  ActivitySource,
  ActivityStatus,
} from '../schemas/activity'

/** The member's points ledger, newest first, cursor paged. */
export const listActivity = {
  path: '/me/activity',
  session: true,
  query: ActivityListQuery,
  responses: { 200: ActivityPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listActivity> = {
  summary: 'The member’s points activity (the ledger), cursor paged',
  description:
    'Every entry that changed or will change the balance, newest first. Entries with a status other than `pending` add up to the balance’s `available`, pending ones to its `pending`. Descriptions are in the language `Accept-Language` asks for, when the program has it.',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Entries per page',
    source: 'Only entries of this source',
    from: 'Only entries that occurred at or after this moment',
    to: 'Only entries that occurred at or before this moment',
  },
  schemas: [
    {
      schema: ActivitySource,
      description:
        'purchase, partner (a partner brand), review, referral, bonus (newsletter, app, social, birthday, events), redemption, donation, expiry, adjustment',
    },
    {
      schema: ActivityStatus,
      description:
        'pending: earned, not spendable yet; posted: in the balance; expired: earned, and what was left of it expired',
    },
    { schema: ActivityPartner, description: 'A partner brand where points were earned' },
    {
      schema: ActivityEntry,
      description: 'One entry of the ledger',
      fields: {
        points: 'Signed: earned points positive, spent and expired ones negative',
        availableOn: 'Earned points: when they become (or became) spendable; null otherwise',
        expiresOn: 'Earned points: when they expire (or expired); null otherwise',
        spend: 'Purchases: what was spent',
        partner: 'Partner entries: the partner brand',
      },
    },
    {
      schema: ActivityPage,
      description: 'One page of the ledger; `nextCursor` is null at the end',
    },
  ],
}
