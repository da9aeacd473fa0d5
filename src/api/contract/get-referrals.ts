import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { FriendOffer, ReferralCap, ReferralSummary } from '../schemas/referral'

/** The member's referral code and link, what both sides get, the cap and what it has earned. */
export const getReferrals = {
  path: '/me/referrals',
  session: true,
  responses: { 200: ReferralSummary },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getReferrals> = {
  summary: 'The member’s referral code, link, rewards and cap',
  description:
    'A friend who joins with the code gets `friendOffer` on their first order. When that order is past its returns window, the member is credited `referrerPoints`, unless the cap for the period was reached when the friend made the purchase: then the friend still gets their offer and the member gets nothing for it.',
  schemas: [
    { schema: FriendOffer, description: 'What a friend who joins with the code gets' },
    {
      schema: ReferralCap,
      description: 'The most friends a period that earn the member points',
      fields: {
        limit: 'Friends per period whose first purchase earns the member points',
        used: 'Friends this period whose first purchase earned the member points',
        periodEnd: 'When the period ends and the count starts again',
      },
    },
    {
      schema: ReferralSummary,
      description: 'The member’s referrals',
      fields: {
        link: 'The link to share: it opens the join page with the code filled in',
        cap: 'Null when the program sets no cap',
        counts: 'Friends at each status',
        asOf: 'Server time the summary was computed at',
      },
    },
  ],
}
