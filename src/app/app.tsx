import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { ErrorBoundary } from '@/ui/error-boundary'
import { createPortal, followOtherTabs, type Router } from './portal'
import { PlainError } from './route-error-boundary'

export function App() {
  const [portal] = useState(() => createPortal((routes) => createBrowserRouter(routes)))
  return (
    // The last line of defence: whatever fails, the member gets words and a way out.
    <ErrorBoundary fallback={() => <PlainError />}>
      <Portal {...portal} />
    </ErrorBoundary>
  )
}

/** The portal's data and pages, in step with the member's other tabs (the tests render it too). */
export function Portal({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  useEffect(() => followOtherTabs(queryClient, router), [queryClient, router])
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
