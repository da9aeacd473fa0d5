import { getMembership } from '../contract/get-membership'
import { getMembershipPlans } from '../contract/get-membership-plans'
import { endpointQuery } from '../query'

/** The member's paid VIP membership. */
export const membershipQuery = () => endpointQuery(getMembership, {})

/** The VIP plans offered to the member and what VIP adds over their tier. */
export const membershipPlansQuery = () => endpointQuery(getMembershipPlans, {})
