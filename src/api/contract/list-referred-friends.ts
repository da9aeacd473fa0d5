import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  ReferralStatus,
  ReferredFriend,
  ReferredFriendPage,
  ReferredFriendQuery,
} from '../schemas/referral'

/** Friends the member referred, the most recently invited first. */
export const listReferredFriends = {
  path: '/me/referrals/friends',
  session: true,
  query: ReferredFriendQuery,
  responses: { 200: ReferredFriendPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listReferredFriends> = {
  summary: 'Friends the member referred, cursor paged',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Friends per page',
  },
  schemas: [
    {
      schema: ReferralStatus,
      description:
        'invited: sent the link, not joined yet; joined: a member, no purchase yet; purchased: first purchase made, points not credited yet (or none, over the cap); rewarded: the member’s points credited',
    },
    { schema: ReferredFriend, description: 'A friend the member referred' },
    {
      schema: ReferredFriendPage,
      description: 'One page of friends, the most recently invited first',
    },
  ],
}
