import { call } from '../client'
import { listRewards } from '../contract/list-rewards'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'
import type { RewardListQuery } from '../schemas/reward-list-query'

/** The catalog: pages fetched one after another with the cursor, for any filters. */
export const rewardCatalogQuery = (filters: Omit<RewardListQuery, 'cursor'>) =>
  pagedQuery(queryKeyOf(listRewards, { query: filters }), (cursor, signal) =>
    call(listRewards, { query: { ...filters, cursor }, signal }),
  )
