import { infiniteQueryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { RedemptionPage } from '../schemas/redemption'
import type { RedemptionListQuery } from '../schemas/redemption-list-query'

export const getRedemptions = (query: RedemptionListQuery, signal?: AbortSignal) =>
  request('/me/redemptions', RedemptionPage, { signal, query: { ...query } })

/** The member's wallet: unused codes first, then used, expired and donations; cursor paged. */
export const redemptionsQuery = (filters: Omit<RedemptionListQuery, 'cursor'> = {}) =>
  infiniteQueryOptions({
    queryKey: queryKeys.redemptions.list(filters),
    queryFn: ({ signal, pageParam }) => getRedemptions({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })
