import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { Member } from '../schemas/member'

export const getMe = (signal?: AbortSignal) => request('/me', Member, { signal })

export const meQuery = () =>
  queryOptions({
    queryKey: queryKeys.member.profile,
    queryFn: ({ signal }) => getMe(signal),
  })
