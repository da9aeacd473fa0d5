import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import type { RewardListQuery } from '../schemas/reward-list-query'
import { RewardPage } from '../schemas/reward'

export const getRewards = (query: RewardListQuery, signal?: AbortSignal) =>
  request('/rewards', RewardPage, { signal, query: { ...query } })

export const rewardListQuery = (query: RewardListQuery) =>
  queryOptions({
    queryKey: queryKeys.rewards.list(query),
    queryFn: ({ signal }) => getRewards(query, signal),
  })
