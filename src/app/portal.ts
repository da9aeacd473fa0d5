import type { QueryClient } from '@tanstack/react-query'
import type { createBrowserRouter, RouteObject } from 'react-router'
import { queryKeys } from '@/api/query-keys'
import { Balance } from '@/api/schemas/member'
import { onTabMessage } from '@/lib/tab-channel'
import { createQueryClient } from './query-client'
import { createRoutes } from './routes'

export type Router = ReturnType<typeof createBrowserRouter>

/**
 * The query client and the router, wired together: a 401 from any request forgets the member's
 * data and sends them to sign in, to come back where they were.
 */
export function createPortal(
  createRouter: (routes: RouteObject[]) => Router,
  options: { retry?: boolean } = {},
): { queryClient: QueryClient; router: Router } {
  // The query client reports 401s to a router that is created after it.
  const current: { router?: Router } = {}
  const queryClient = createQueryClient({
    ...options,
    onUnauthorized: () => {
      const { router } = current
      if (!router) return
      const { pathname, search } = router.state.location
      if (pathname === '/sign-in') return
      queryClient.removeQueries({ queryKey: queryKeys.member.all })
      const returnTo = encodeURIComponent(`${pathname}${search}`)
      void router.navigate(`/sign-in?returnTo=${returnTo}&reason=expired`, { replace: true })
    },
  })
  const router = createRouter(createRoutes(queryClient))
  current.router = router
  return { queryClient, router }
}

/**
 * What the member's other tabs of the portal say, until the returned function is called: a
 * sign-out there signs this tab out; a redemption there updates the balance and refetches the
 * member's data.
 */
export function followOtherTabs(queryClient: QueryClient, router: Router) {
  return onTabMessage((message) => {
    if (message.type === 'signed-out') {
      queryClient.clear()
      void router.navigate('/sign-in', { replace: true })
      return
    }
    const balance = Balance.safeParse(message.balance)
    if (balance.success) queryClient.setQueryData(queryKeys.member.balance, balance.data)
    void queryClient.invalidateQueries({ queryKey: queryKeys.member.all })
  })
}
