import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createPortal } from './portal'

export function App() {
  const [{ queryClient, router }] = useState(() =>
    createPortal((routes) => createBrowserRouter(routes)),
  )
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
