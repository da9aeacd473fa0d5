import type { QueryClient } from '@tanstack/react-query'
import { redirect, type RouteObject } from 'react-router'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { paths } from '@/config/paths'
import { dashboardLoader } from '@/features/dashboard/dashboard-loader'
import { DashboardPage } from '@/features/dashboard/dashboard-page'
import { isSignOutPending } from '@/features/session/pending-sign-out'
import { Layout } from './layout'
import { RouteError } from './route-error-boundary'

/**
 * The route tree, shared by the browser router and the tests' memory router. Loaders only
 * start queries (they do not wait), so every request of a page leaves at once and sections
 * show skeletons until their own data arrives.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/sign-in',
      element: <Layout signedOut />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => ({
            Component: (await import('@/features/session/sign-in-page')).SignInPage,
          }),
        },
      ],
    },
    {
      path: paths.dashboard,
      element: <Layout />,
      errorElement: <RouteError />,
      loader: () => {
        // A sign-out that could not reach the API may have left the session alive: no member
        // data loads meanwhile. The sign-in page ends that session once the API answers.
        if (isSignOutPending()) return redirect('/sign-in')
        void queryClient.prefetchQuery(programQuery())
        void queryClient.prefetchQuery(balanceQuery())
        return null
      },
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <DashboardPage />, loader: dashboardLoader(queryClient) },
            {
              path: 'rewards',
              // Pages off the first screen load their code when first opened.
              lazy: async () => {
                const { CatalogPage, catalogLoader } =
                  await import('@/features/rewards/catalog-page')
                return { Component: CatalogPage, loader: catalogLoader(queryClient) }
              },
            },
            {
              path: 'rewards/:rewardId',
              lazy: async () => {
                const { RewardDetailPage, rewardDetailLoader } =
                  await import('@/features/rewards/reward-detail-page')
                return { Component: RewardDetailPage, loader: rewardDetailLoader(queryClient) }
              },
            },
            {
              path: 'wallet',
              lazy: async () => {
                const { WalletPage, walletLoader } = await import('@/features/wallet/wallet-page')
                return { Component: WalletPage, loader: walletLoader(queryClient) }
              },
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./route-error')).NotFound }),
            },
          ],
        },
      ],
    },
  ]
}
