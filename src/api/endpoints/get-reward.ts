import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { Reward } from '../schemas/reward'

export const getReward = (id: string, signal?: AbortSignal) =>
  request(`/rewards/${encodeURIComponent(id)}`, Reward, { signal })

export const rewardQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.rewards.detail(id),
    queryFn: ({ signal }) => getReward(id, signal),
  })
