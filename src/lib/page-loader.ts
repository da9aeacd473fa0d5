import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'

export type PageLoaderArgs = {
  /** The route's path parameters (`rewardId` ...). */
  params: Readonly<Record<string, string | undefined>>
  /** The address being opened, search included. */
  url: URL
  /** The visitor is not signed in: only public data can load. */
  guest: boolean
}

/**
 * A page's loader: starts, without waiting, every query the page needs, so data loads while
 * its code does. It runs when the page is opened, before it renders; not when only the
 * page's search changes (the page's own queries follow the URL).
 */
export type PageLoader = (queryClient: QueryClient) => (args: PageLoaderArgs) => void

/** A page's code: its component and the loader that starts its queries. */
export type PageModule = { Component: ComponentType; loader?: PageLoader }
