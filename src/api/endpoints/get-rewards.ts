import { listRewards } from '../contract/list-rewards'
import { endpointQuery } from '../query'
import type { RewardListQuery } from '../schemas/reward-list-query'

/** One page of rewards (the dashboard's short lists). */
export const rewardListQuery = (query: RewardListQuery) => endpointQuery(listRewards, { query })
