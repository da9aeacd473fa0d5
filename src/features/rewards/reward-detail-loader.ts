import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { rewardQuery } from '@/api/endpoints/get-reward'

export const rewardDetailLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    const id = params.rewardId ?? ''
    void queryClient.prefetchQuery(rewardQuery(id))
    void queryClient.prefetchQuery(programQuery())
    void queryClient.prefetchQuery(meQuery())
    void queryClient.prefetchQuery(balanceQuery())
    return null
  }
