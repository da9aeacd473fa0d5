import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  unstable_HistoryRouter as HistoryRouter,
  useRoutes,
} from 'react-router'
import { VisitorProvider } from '@/lib/visitor'
import { ErrorBoundary } from '@/ui/error-boundary'
import { createPortal, followOtherTabs, type Portal } from './portal'
import { PlainError } from './route-error-boundary'

/**
 * The portal's routes on a history router: React Router matches paths and renders, and the
 * portal starts each page's code and queries (portal.ts). A data router would do the same
 * with loaders, for some 15 KB more JavaScript on every member's first screen.
 */
export function PortalRouter({ portal }: { portal: Portal }) {
  // In step with the member's other tabs of the portal (sign-outs, new balances).
  useEffect(() => followOtherTabs(portal), [portal])
  return (
    <QueryClientProvider client={portal.queryClient}>
      <VisitorProvider value={portal.visitor}>
        <HistoryRouter history={portal.history}>
          <Routes portal={portal} />
        </HistoryRouter>
      </VisitorProvider>
    </QueryClientProvider>
  )
}

function Routes({ portal }: { portal: Portal }) {
  return useRoutes(portal.routes)
}

/**
 * The portal as a member's browser runs it. `onFirstPaint` runs once the first screen is on
 * the page (work that must never delay it: keeping the cache, the service worker).
 */
export function App({ portal, onFirstPaint }: { portal: Portal; onFirstPaint?: () => void }) {
  useEffect(() => {
    if (!onFirstPaint) return
    // Effects run after the first commit; the frame after that has been painted.
    const frame = requestAnimationFrame(() => setTimeout(onFirstPaint, 0))
    return () => cancelAnimationFrame(frame)
  }, [onFirstPaint])
  return (
    // The last line of defence: whatever fails, the member gets words and a way out.
    <ErrorBoundary fallback={() => <PlainError />}>
      <PortalRouter portal={portal} />
    </ErrorBoundary>
  )
}

/** The portal on the browser's own history. */
export function createBrowserPortal(options: { persist: boolean }) {
  // v5Compat: the history tells its listener of every navigation, not only back and forward.
  return createPortal(createBrowserHistory({ v5Compat: true }), { persist: options.persist })
}
