import type { QueryClient } from '@tanstack/react-query'
import { lazy } from 'react'
import { Navigate, Outlet, useLocation, type RouteObject } from 'react-router'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { publicRewardsQuery } from '@/api/endpoints/get-public-rewards'
import { paths, publicPaths } from '@/config/paths'
import { dashboardLoader } from '@/features/dashboard/dashboard-loader'
import { DashboardPage } from '@/features/dashboard/dashboard-page'
import { isSignOutPending } from '@/features/session/pending-sign-out'
import type { PageModule } from '@/lib/page-loader'
import { useIsGuest } from '@/lib/visitor'
import { Layout } from './layout'
import { ProgramGate } from './program-gate'
import { RouteBoundary } from './route-error-boundary'

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
            lazyPage(
              { index: true },
              async () => (await import('@/features/guest/join-page')).page,
            ),
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
    lazyPage(
      { path: 'rewards' },
      async () => (await import('@/features/rewards/catalog-page')).page,
    ),
    lazyPage(
      { path: 'rewards/:rewardId' },
      async () => (await import('@/features/rewards/reward-detail-page')).page,
    ),
    lazyPage({ path: 'wallet' }, async () => (await import('@/features/wallet/wallet-page')).page),
    lazyPage({ path: 'earn' }, async () => (await import('@/features/earn/earn-page')).page),
    lazyPage(
      { path: 'activity' },
      async () => (await import('@/features/activity/activity-page')).page,
    ),
    lazyPage({ path: 'tiers' }, async () => (await import('@/features/tiers/tiers-page')).page),
    lazyPage(
      { path: 'membership' },
      async () => (await import('@/features/membership/membership-page')).page,
    ),
    lazyPage(
      { path: 'membership/return' },
      async () => (await import('@/features/membership/membership-return-page')).page,
    ),
    lazyPage(
      { path: 'how-it-works' },
      async () => (await import('@/features/how-it-works/how-it-works-page')).page,
    ),
    lazyPage({ path: 'refer' }, async () => (await import('@/features/referrals/refer-page')).page),
    lazyPage(
      { path: 'challenges' },
      async () => (await import('@/features/challenges/challenges-page')).page,
    ),
    lazyPage(
      { path: 'partners' },
      async () => (await import('@/features/partners/partners-page')).page,
    ),
    lazyPage(
      { path: 'profile' },
      async () => (await import('@/features/profile/profile-page')).page,
    ),
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
