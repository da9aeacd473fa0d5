import { call } from '../client'
import { getReferrals } from '../contract/get-referrals'
import { listReferredFriends } from '../contract/list-referred-friends'
import { pagedQuery } from '../paged-query'
import { endpointQuery, queryKeyOf } from '../query'

/** The member's referral code and link, what both sides get, the cap and the points earned. */
export const referralsQuery = () => endpointQuery(getReferrals, {})

/** Friends the member referred, the most recently invited first; cursor paged. */
export const referredFriendsQuery = () =>
  pagedQuery(queryKeyOf(listReferredFriends, { query: {} }), (cursor, signal) =>
    call(listReferredFriends, { query: { cursor }, signal }),
  )
