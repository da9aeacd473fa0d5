import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { Balance } from '../schemas/member'

export const getBalance = (signal?: AbortSignal) => request('/me/balance', Balance, { signal })

export const balanceQuery = () =>
  queryOptions({
    queryKey: queryKeys.member.balance,
    queryFn: ({ signal }) => getBalance(signal),
  })
