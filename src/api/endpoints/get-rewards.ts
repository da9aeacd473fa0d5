import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { RewardPage } from '../schemas/reward'
import type { RewardListQuery } from '../schemas/reward-list-query'

export const getRewards = (query: RewardListQuery, signal?: AbortSignal) =>
  request('/rewards', RewardPage, { signal, query: { ...query } })

/** One page of rewards (the dashboard's short lists). */
export const rewardListQuery = (query: RewardListQuery) =>
  queryOptions({
    queryKey: queryKeys.rewards.list(query),
    queryFn: ({ signal }) => getRewards(query, signal),
  })

/** The catalog: pages fetched one after another with the cursor, for any filters. */
export const rewardCatalogQuery = (filters: Omit<RewardListQuery, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: queryKeys.rewards.catalog(filters),
    queryFn: ({ signal, pageParam }) => getRewards({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })
