import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { TierProgress } from '../schemas/member'

export const getTierProgress = (signal?: AbortSignal) =>
  request('/me/tier', TierProgress, { signal })

export const tierProgressQuery = () =>
  queryOptions({
    queryKey: queryKeys.member.tier,
    queryFn: ({ signal }) => getTierProgress(signal),
  })
