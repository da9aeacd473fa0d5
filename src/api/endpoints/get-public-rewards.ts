import { listPublicRewards } from '../contract/list-public-rewards'
import { endpointQuery } from '../query'

/** How many sample rewards the guest view shows. */
export const SAMPLE_REWARDS = 4

/** Rewards anyone may see: what the program offers, for people who are not signed in. */
export const publicRewardsQuery = () =>
  endpointQuery(listPublicRewards, { query: { limit: SAMPLE_REWARDS } })
