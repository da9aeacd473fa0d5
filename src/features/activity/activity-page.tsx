import { Trans, useLingui } from '@lingui/react/macro'
import { startTransition, useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { PageLoader } from '@/lib/page-loader'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { activityQuery } from '@/api/endpoints/list-activity'
import { QueryBoundary } from '@/ui/query-boundary'
import {
  hasFilters,
  parseFilters,
  toQuery,
  writeFilters,
  type ActivityFilters,
} from './activity-filters'
import { ActivityFilterBar } from './components/activity-filter-bar'
import { ActivityList, ActivityListSkeleton } from './components/activity-list'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /activity: the first page of entries for the URL's filters, at once. */
export const activityLoader: PageLoader =
  (queryClient) =>
  ({ url }) => {
    void queryClient.prefetchInfiniteQuery(activityQuery(toQuery(parseFilters(url.searchParams))))
    void queryClient.prefetchQuery(programQuery())
    void queryClient.prefetchQuery(balanceQuery())
  }

/**
 * The member's points ledger: every entry with its date, what it was, where it came from and
 * the points it added or took, newest first. Filters live in the URL, so a reload or a link
 * keeps them; entries load a page at a time as the member scrolls, or with a button.
 */
export function ActivityPage() {
  const { t } = useLingui()
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(params), [params])
  const setFilters = useCallback(
    (change: ActivityFilters) =>
      // The page keeps showing what it has while the new entries load.
      startTransition(() =>
        setParams((current) => writeFilters(current, change), { preventScrollReset: true }),
      ),
    [setParams],
  )
  const query = useMemo(() => toQuery(filters), [filters])
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`Points activity`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Points activity</Trans>
      </h1>
      <p className="mt-1 text-ink-muted">
        <Trans>Every point you earned, spent or lost, newest first.</Trans>
      </p>
      <ActivityFilterBar filters={filters} onChange={setFilters} />
      <QueryBoundary fallback={<ActivityListSkeleton />} section={t`Your activity`}>
        <ActivityList
          query={query}
          filtered={hasFilters(filters)}
          onClearFilters={() => setFilters({})}
        />
      </QueryBoundary>
    </div>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: ActivityPage, loader: activityLoader }
