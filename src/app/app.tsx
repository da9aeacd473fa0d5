import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { ErrorBoundary } from '@/ui/error-boundary'
import { createPortal } from './portal'
import { PlainError } from './route-error-boundary'

export function App() {
  const [{ queryClient, router }] = useState(() =>
    createPortal((routes) => createBrowserRouter(routes)),
  )
  return (
    // The last line of defence: whatever fails, the member gets words and a way out.
    <ErrorBoundary fallback={() => <PlainError />}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ErrorBoundary>
  )
}
