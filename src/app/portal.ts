import type { QueryClient } from '@tanstack/react-query'
import { createPath, matchRoutes, type HistoryRouterProps, type Location } from 'react-router'
import { erasePersistedQueries, restorePersistedQueries } from '@/api/persisted-queries'
import { queryKeys } from '@/api/query-keys'
import { Balance } from '@/api/schemas/member'
import { closePreloads } from '@/boot/preloaded'
import { paths, publicPaths } from '@/config/paths'
import { isSignOutPending } from '@/features/session/pending-sign-out'
import { onTabMessage } from '@/lib/tab-channel'
import {
  createVisitor,
  forgetSession,
  hadSession,
  rememberSession,
  type Visitor,
} from '@/lib/visitor'
import { createQueryClient } from './query-client'
import {
  createRoutes,
  handleOf,
  startGuestQueries,
  startMemberQueries,
  type PortalRoute,
} from './routes'

/** A history made with `UNSAFE_createBrowserHistory`/`...MemoryHistory` and `v5Compat: true`. */
export type PortalHistory = HistoryRouterProps['history']

export type Portal = {
  queryClient: QueryClient
  history: PortalHistory
  routes: PortalRoute[]
  visitor: Visitor
}

/**
 * The query client, the routes and the history, wired together. Opening a page starts its
 * code and its queries at once, before React renders it (what a data router's loaders do,
 * without the data router's weight). A 401 from any request forgets the member's data; a
 * session that ended sends the member to sign in, to come back where they were, and a visitor
 * who never had one (a first visit, or after signing out) sees the guest view where they are.
 */
export function createPortal(
  base: PortalHistory,
  options: {
    retry?: boolean
    /** Shows the answers kept on this device at once, and keeps new ones (real mode). */
    persist?: boolean
  } = {},
): Portal {
  const visitor = createVisitor()
  const queryClient: QueryClient = createQueryClient({
    retry: options.retry,
    onUnauthorized: () => {
      // Whoever signs in next may be someone else.
      erasePersistedQueries()
      const { pathname, search } = history.location
      if (pathname === paths.signIn || pathname === paths.join) return
      queryClient.removeQueries({ queryKey: queryKeys.member.all })
      if (hadSession()) {
        // Said once: after this, the visitor is a guest like any other.
        forgetSession()
        const returnTo = encodeURIComponent(`${pathname}${search}`)
        history.replace(`${paths.signIn}?returnTo=${returnTo}&reason=expired`)
        return
      }
      if (visitor.isGuest()) return
      visitor.setGuest(true)
      startGuestQueries(queryClient)
    },
    onMemberData: () => {
      rememberSession()
      visitor.setGuest(false)
    },
  })
  const routes = createRoutes()

  let openedPath: string | null = null
  const open = (location: Location) => {
    // Only the search changed (a filter, a keystroke): the page's own queries follow the URL.
    if (location.pathname === openedPath) return
    openedPath = location.pathname
    const matches = matchRoutes(routes, location) ?? []
    const forMember = matches.every((match) => handleOf(match.route)?.member !== false)
    // A sign-out that could not reach the API may have left the session alive: no member
    // data loads meanwhile (MemberArea sends the page to sign in).
    if (forMember && isSignOutPending()) return
    const guest = forMember && visitor.isGuest()
    if (guest) {
      startGuestQueries(queryClient)
      // A member page shows the guest view: its own code and queries are not needed.
      if (!publicPaths.includes(location.pathname)) return
    } else if (forMember) startMemberQueries(queryClient)
    const leaf = matches.at(-1)
    const load = leaf && handleOf(leaf.route)?.load
    if (!leaf || !load) return
    const args = { params: leaf.params, url: new URL(createPath(location), 'http://portal'), guest }
    const module = load()
    if (module instanceof Promise) {
      // A failed import shows on the page itself, when React.lazy meets the same failure.
      module.then((m) => m.loader?.(queryClient)(args)).catch(() => undefined)
    } else {
      module.loader?.(queryClient)(args)
    }
  }

  // Before the first page's queries start: they find the kept answers and refresh them.
  if (options.persist) restorePersistedQueries(queryClient)
  const history = observe(base, open)
  open(history.location)
  // The first page's queries have started: answers the page asked for early and nobody took
  // are not for later.
  closePreloads()
  return { queryClient, history, routes, visitor }
}

/**
 * The same history, calling `onNavigate` before anyone else hears of a navigation. React
 * Router's histories take one listener; the router is that listener, so the portal stands
 * between them.
 */
function observe(base: PortalHistory, onNavigate: (location: Location) => void): PortalHistory {
  const listeners = new Set<Parameters<PortalHistory['listen']>[0]>()
  base.listen((update) => {
    onNavigate(update.location)
    listeners.forEach((listener) => listener(update))
  })
  return {
    get action() {
      return base.action
    },
    get location() {
      return base.location
    },
    createHref: (to) => base.createHref(to),
    createURL: (to) => base.createURL(to),
    encodeLocation: (to) => base.encodeLocation(to),
    push: (to, state) => base.push(to, state),
    replace: (to, state) => base.replace(to, state),
    go: (delta) => base.go(delta),
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * What the member's other tabs of the portal say, until the returned function is called: a
 * sign-out there signs this tab out; a redemption there updates the balance and refetches the
 * member's data.
 */
export function followOtherTabs({ queryClient, history }: Portal) {
  return onTabMessage((message) => {
    if (message.type === 'signed-out') {
      erasePersistedQueries()
      queryClient.clear()
      history.replace(paths.signIn)
      return
    }
    const balance = Balance.safeParse(message.balance)
    if (balance.success) queryClient.setQueryData(queryKeys.member.balance, balance.data)
    void queryClient.invalidateQueries({ queryKey: queryKeys.member.all })
  })
}
