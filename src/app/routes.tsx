import type { QueryClient } from '@tanstack/react-query'
import { lazy, type ComponentType } from 'react'
import { Navigate, Outlet, useLocation, type RouteObject } from 'react-router'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { publicRewardsQuery } from '@/api/endpoints/get-public-rewards'
import { paths, publicPaths } from '@/config/paths'
import { dashboardLoader } from '@/features/dashboard/dashboard-loader'
import { DashboardPage } from '@/features/dashboard/dashboard-page'
import { isSignOutPending } from '@/features/session/pending-sign-out'
import type { PageLoader } from '@/lib/page-loader'
import { useIsGuest } from '@/lib/visitor'
import { Layout } from './layout'
import { ProgramGate } from './program-gate'
import { RouteBoundary } from './route-error-boundary'

/** A page's code: its component and the loader that starts its queries. */
export type PageModule = { Component: ComponentType; loader?: PageLoader }

/**
 * What the portal knows of a route besides its element: how to load the page's code (lazy
 * pages) and its loader. The router itself only matches paths and renders; opening a page
 * runs `load` and the loader at once (see portal.ts), so data never waits for a render.
 */
export type RouteHandle = {
  load?: () => PageModule | Promise<PageModule>
  /** False where the page needs no member (sign-in): the member's queries are not started. */
  member?: boolean
}

export type PortalRoute = RouteObject

/** The portal's handle of a route (RouteObject types `handle` loosely). */
export const handleOf = (route: RouteObject): RouteHandle | undefined =>
  route.handle as RouteHandle | undefined

/** A route for a page whose code is already in the bundle (the first screen). */
function page(route: { path: string } | { index: true }, module: PageModule): PortalRoute {
  const handle: RouteHandle = { load: () => module }
  return { ...route, element: <module.Component />, handle }
}

/**
 * A route for a page whose code loads when it is first opened. It renders with React.lazy from
 * the same import the navigation already started (a module is fetched once).
 */
function lazyPage(
  route: { path: string } | { index: true },
  load: () => Promise<PageModule>,
): PortalRoute {
  const Component = lazy(async () => ({ default: (await load()).Component }))
  const handle: RouteHandle = { load }
  return { ...route, element: <Component />, handle }
}

/** Member pages stay closed while a sign-out that could not reach the API is unfinished. */
function MemberArea() {
  // The sign-in page ends that session once the API answers.
  if (isSignOutPending()) return <Navigate to={paths.signIn} replace />
  return <Layout />
}

/** The guest view's code: loaded when the portal finds the visitor is not signed in. */
export const loadGuestHome = () => import('@/features/guest/guest-home')

const GuestHome = lazy(async () => ({ default: (await loadGuestHome()).GuestHome }))

/**
 * A guest on a member page sees what the program is, with Sign in and Join, at the same
 * address (so signing in comes back to it); the program's public pages show as they are.
 */
function GuestGate() {
  const guest = useIsGuest()
  const { pathname } = useLocation()
  if (guest && !publicPaths.includes(pathname)) return <GuestHome />
  return <Outlet />
}

/**
 * The route tree, shared by the browser and the tests. Opening a page starts its queries and
 * its code in parallel; sections show skeletons until their own data arrives.
 */
export function createRoutes(): PortalRoute[] {
  return [
    {
      path: paths.signIn,
      element: <Layout signedOut />,
      handle: { member: false } satisfies RouteHandle,
      children: [
        {
          element: <RouteBoundary />,
          children: [
            lazyPage({ index: true }, async () => ({
              Component: (await import('@/features/session/sign-in-page')).SignInPage,
            })),
          ],
        },
      ],
    },
    {
      path: paths.join,
      element: <Layout signedOut />,
      handle: { member: false } satisfies RouteHandle,
      children: [
        {
          element: <RouteBoundary />,
          children: [
            lazyPage({ index: true }, async () => {
              const { JoinPage, joinLoader } = await import('@/features/guest/join-page')
              return { Component: JoinPage, loader: joinLoader }
            }),
          ],
        },
      ],
    },
    {
      path: paths.dashboard,
      element: <MemberArea />,
      children: [
        {
          element: <RouteBoundary />,
          children: [
            {
              element: <ProgramGate />,
              children: [
                {
                  element: <GuestGate />,
                  children: memberPages(),
                },
              ],
            },
          ],
        },
      ],
    },
  ]
}

/** The member pages, each opened with its loader; a guest sees the guest view instead. */
function memberPages(): PortalRoute[] {
  return [
    page({ index: true }, { Component: DashboardPage, loader: dashboardLoader }),
    // Pages off the first screen load their code when first opened.
    lazyPage({ path: 'rewards' }, async () => {
      const { CatalogPage, catalogLoader } = await import('@/features/rewards/catalog-page')
      return { Component: CatalogPage, loader: catalogLoader }
    }),
    lazyPage({ path: 'rewards/:rewardId' }, async () => {
      const { RewardDetailPage, rewardDetailLoader } =
        await import('@/features/rewards/reward-detail-page')
      return { Component: RewardDetailPage, loader: rewardDetailLoader }
    }),
    lazyPage({ path: 'wallet' }, async () => {
      const { WalletPage, walletLoader } = await import('@/features/wallet/wallet-page')
      return { Component: WalletPage, loader: walletLoader }
    }),
    lazyPage({ path: 'earn' }, async () => {
      const { EarnPage, earnLoader } = await import('@/features/earn/earn-page')
      return { Component: EarnPage, loader: earnLoader }
    }),
    lazyPage({ path: 'activity' }, async () => {
      const { ActivityPage, activityLoader } = await import('@/features/activity/activity-page')
      return { Component: ActivityPage, loader: activityLoader }
    }),
    lazyPage({ path: 'tiers' }, async () => {
      const { TiersPage, tiersLoader } = await import('@/features/tiers/tiers-page')
      return { Component: TiersPage, loader: tiersLoader }
    }),
    lazyPage({ path: 'membership' }, async () => {
      const { MembershipPage, membershipLoader } =
        await import('@/features/membership/membership-page')
      return { Component: MembershipPage, loader: membershipLoader }
    }),
    lazyPage({ path: 'membership/return' }, async () => {
      const { MembershipReturnPage, membershipReturnLoader } =
        await import('@/features/membership/membership-return-page')
      return { Component: MembershipReturnPage, loader: membershipReturnLoader }
    }),
    lazyPage({ path: 'how-it-works' }, async () => {
      const { HowItWorksPage, howItWorksLoader } =
        await import('@/features/how-it-works/how-it-works-page')
      return { Component: HowItWorksPage, loader: howItWorksLoader }
    }),
    lazyPage({ path: 'refer' }, async () => {
      const { ReferPage, referLoader } = await import('@/features/referrals/refer-page')
      return { Component: ReferPage, loader: referLoader }
    }),
    lazyPage({ path: 'challenges' }, async () => {
      const { ChallengesPage, challengesLoader } =
        await import('@/features/challenges/challenges-page')
      return { Component: ChallengesPage, loader: challengesLoader }
    }),
    lazyPage({ path: 'partners' }, async () => {
      const { PartnersPage, partnersLoader } = await import('@/features/partners/partners-page')
      return { Component: PartnersPage, loader: partnersLoader }
    }),
    lazyPage({ path: 'profile' }, async () => {
      const { ProfilePage, profileLoader } = await import('@/features/profile/profile-page')
      return { Component: ProfilePage, loader: profileLoader }
    }),
    lazyPage({ path: '*' }, async () => ({
      Component: (await import('./route-error')).NotFound,
    })),
  ]
}

/** What every member page needs, started as soon as one of them is opened. */
export function startMemberQueries(queryClient: QueryClient) {
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(balanceQuery())
}

/** What the guest view needs (public data only), and its code. */
export function startGuestQueries(queryClient: QueryClient) {
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(publicRewardsQuery())
  // A failed import shows on the page itself, when React.lazy meets the same failure.
  loadGuestHome().catch(() => undefined)
}
