import type { PageLoader } from '@/lib/page-loader'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { surveyQuery } from '@/api/endpoints/get-survey'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { affordableRewardsQuery, nextRewardsQuery } from './dashboard-queries'

/** Starts every query the dashboard needs at once; sections suspend on their own data. */
export const dashboardLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(meQuery())
  void queryClient.prefetchQuery(balanceQuery())
  void queryClient.prefetchQuery(tierProgressQuery())
  void queryClient.prefetchQuery(affordableRewardsQuery())
  void queryClient.prefetchQuery(nextRewardsQuery())
  void queryClient.prefetchQuery(surveyQuery())
}
