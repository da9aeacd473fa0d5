import { Trans, useLingui } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import type { PageLoader } from '@/lib/page-loader'
import { useCallback, useMemo, useRef } from 'react'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { redemptionsQuery } from '@/api/endpoints/get-redemptions'
import { rewardCatalogQuery } from '@/api/endpoints/get-reward-catalog'
import { QueryBoundary } from '@/ui/query-boundary'
import { CatalogFilterBar } from './catalog/catalog-filter-bar'
import { hasActiveFilters, parseFilters, toCatalogQuery } from './catalog/catalog-filters'
import { recommendationCandidatesQuery } from './catalog/catalog-queries'
import { CatalogGridSkeleton, CatalogResults } from './catalog/catalog-results'
import { RecommendedRewards, RecommendedRewardsSkeleton } from './catalog/recommended-rewards'
import { useCatalogFilters } from './catalog/use-catalog-filters'
import { useSearchDraft } from './catalog/use-search-draft'
import type { PageModule } from '@/lib/page-loader'

/** Typing waits this long for a pause before the URL changes and the catalog is asked. */
export const SEARCH_DEBOUNCE_MS = 250

/**
 * Route loader of /rewards: starts, without waiting, every query the page needs for the URL's
 * filters, so data loads in parallel with the page's code.
 */
export const catalogLoader: PageLoader =
  (queryClient) =>
  ({ url }) => {
    const filters = parseFilters(url.searchParams)
    void queryClient.prefetchInfiniteQuery(rewardCatalogQuery(toCatalogQuery(filters)))
    void queryClient.prefetchQuery(programQuery())
    void queryClient.prefetchQuery(meQuery())
    void queryClient.prefetchQuery(balanceQuery())
    if (!hasActiveFilters(filters)) {
      void queryClient.prefetchQuery(recommendationCandidatesQuery())
      void queryClient.prefetchInfiniteQuery(redemptionsQuery())
    }
  }

export function CatalogPage() {
  const { t } = useLingui()
  const [filters, setFilters] = useCatalogFilters()
  const searchRef = useRef<HTMLInputElement>(null)

  // The box follows every keystroke; the URL, and so the request, waits for a pause.
  const writeSearch = useCallback((q: string) => setFilters({ q }, { replace: true }), [setFilters])
  const search = useSearchDraft(filters.q, writeSearch, SEARCH_DEBOUNCE_MS)
  const { category, affordable, sort, q } = filters
  const applied = useMemo(
    () => ({ category, affordable, sort, q }),
    [category, affordable, sort, q],
  )
  const query = useMemo(() => toCatalogQuery(applied), [applied])
  const filtered = hasActiveFilters(applied)

  const { setText: setSearch } = search
  const clearFilters = useCallback(() => {
    // What was typed and not yet searched goes too.
    setSearch('')
    setFilters({ category: undefined, affordable: false, q: '' })
    // The button that was pressed goes away with the filters: keep the keyboard in the form.
    searchRef.current?.focus()
  }, [setFilters, setSearch])

  return (
    <>
      <PageTitle />
      <div className="mb-6">
        <h1 className="text-2xl font-bold sm:text-3xl">
          <Trans>Rewards</Trans>
        </h1>
        <p className="mt-1 text-ink-muted">
          <Trans>Treats, savings and good causes to spend your points on.</Trans>
        </p>
      </div>

      <CatalogFilterBar
        filters={filters}
        search={search.text}
        onSearch={search.setText}
        onChange={setFilters}
        onClear={clearFilters}
        searchRef={searchRef}
      />

      {!filtered && (
        <QueryBoundary fallback={<RecommendedRewardsSkeleton />} section={t`Recommended for you`}>
          <RecommendedRewards />
        </QueryBoundary>
      )}

      <section aria-labelledby="catalog-heading" className="mt-10">
        <h2 id="catalog-heading" className="mb-1 text-lg font-semibold">
          {filtered ? <Trans>Matching rewards</Trans> : <Trans>All rewards</Trans>}
        </h2>
        <QueryBoundary fallback={<CatalogGridSkeleton />}>
          <CatalogResults
            query={query}
            filtered={filtered}
            searchPending={search.pending}
            onClearFilters={clearFilters}
          />
        </QueryBoundary>
      </section>
    </>
  )
}

function PageTitle() {
  const { t } = useLingui()
  const { data: program } = useQuery({ ...programQuery(), select: (program) => program.name })
  return <title>{program ? t`Rewards · ${program}` : t`Rewards`}</title>
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: CatalogPage, loader: catalogLoader }
