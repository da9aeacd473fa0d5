import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { keepPreviousData, useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { describeError } from '@/api/describe-error'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { rewardCatalogQuery } from '@/api/endpoints/get-reward-catalog'
import type { Reward } from '@/api/schemas/reward'
import { cn } from '@/lib/cn'
import { useLoadWhenNear } from '@/lib/use-load-when-near'
import { EmptyState } from '@/ui/empty-state'
import { Button } from '@/ui/button'
import { ErrorState } from '@/ui/error-state'
import { RewardCard, type RewardCardContext } from '@/ui/reward-card'
import { Skeleton } from '@/ui/skeleton'
import type { CatalogQuery } from './catalog-filters'

/** The grid: one column on a phone, two from `sm`, three from `lg`. */
export const GRID = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3'

type CatalogResultsProps = {
  query: CatalogQuery
  /** Something narrows the list (for the empty state's words). */
  filtered: boolean
  /** The search box has changed and its request waits for a pause in typing. */
  searchPending: boolean
  onClearFilters: () => void
}

/**
 * The catalog, page by page with the API's cursor. While a new filter's first page loads, the
 * previous results stay on screen, dimmed; only the very first visit shows a skeleton. Pages
 * load when the end of the list comes near, or with "Show more rewards".
 */
export const CatalogResults = memo(function CatalogResults({
  query,
  filtered,
  searchPending,
  onClearFilters,
}: CatalogResultsProps) {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const context = useMemo<RewardCardContext>(
    () => ({ program, member, balance }),
    [program, member, balance],
  )

  const catalog = useInfiniteQuery({
    ...rewardCatalogQuery(query),
    placeholderData: keepPreviousData,
  })
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isPlaceholderData } = catalog
  const current = useMemo(
    () => ({
      ready: data !== undefined,
      pages: data?.pages ?? [],
      rewards: data?.pages.flatMap((page) => page.items) ?? [],
      query: JSON.stringify(query),
      placeholder: isPlaceholderData,
    }),
    [data, query, isPlaceholderData],
  )
  // New cards are built in an interruptible background render, so a key press or a scroll that
  // comes while they are being made is answered in the next frame rather than after them.
  const shown = useDeferredValue(current)
  const rewards = shown.rewards
  const pages = shown.pages
  // Dimmed while what is on screen is not yet the answer to the current filters.
  const stale = shown.placeholder || shown.query !== current.query || searchPending

  const list = useRef<HTMLDivElement>(null)
  const sentinel = useRef<HTMLDivElement>(null)
  // After "Show more rewards", focus moves to the first new card, as a keyboard user expects.
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || rewards.length <= from) return
    focusFrom.current = null
    list.current?.querySelectorAll(CARD).item(from)?.querySelector('a')?.focus()
  }, [rewards])

  const loadMore = useCallback(() => {
    void fetchNextPage({ cancelRefetch: false })
  }, [fetchNextPage])
  useLoadWhenNear(
    sentinel,
    hasNextPage &&
      !isFetchingNextPage &&
      !stale &&
      shown === current &&
      !catalog.isFetchNextPageError,
    loadMore,
  )

  if (!shown.ready) {
    if (!data && catalog.isError) {
      const { title, detail, retryable } = describeError(catalog.error)
      return (
        <ErrorState
          title={title}
          detail={detail}
          onRetry={retryable ? () => void catalog.refetch() : undefined}
          retrying={catalog.isFetching}
        />
      )
    }
    return <CatalogGridSkeleton />
  }

  const count = rewards.length
  // An empty list says so in its own words below.
  const summary =
    count === 0
      ? ''
      : hasNextPage
        ? t`${plural(count, {
            one: 'Showing # reward, more to see',
            other: 'Showing # rewards, more to see',
          })}`
        : t`${plural(count, { one: 'Showing # reward', other: 'Showing all # rewards' })}`

  return (
    <div>
      <p role="status" className="mb-4 min-h-5 text-sm text-ink-muted">
        {stale ? t`Updating…` : summary}
      </p>
      {catalog.isRefetchError && (
        <ErrorState
          className="mb-4"
          {...describeFailure(catalog.error)}
          onRetry={() => void catalog.refetch()}
          retrying={catalog.isFetching}
        />
      )}
      {rewards.length === 0 ? (
        <EmptyCatalog filtered={filtered} onClearFilters={onClearFilters} stale={stale} />
      ) : (
        // One list of every card, grouped a page at a time in plain boxes that assistive
        // technology looks through (see PageOfCards). An `li` may only sit in a list element,
        // and a box may not, hence the roles.
        <div
          ref={list}
          role="list"
          aria-busy={stale}
          data-catalog-query={shown.query}
          className={cn('grid gap-4', stale && 'opacity-55')}
        >
          {pages.map((page, index) => (
            <PageOfCards key={index} rewards={page.items} context={context} />
          ))}
        </div>
      )}

      {catalog.isFetchNextPageError ? (
        <ErrorState
          className="mt-6"
          {...describeFailure(catalog.error)}
          onRetry={loadMore}
          retrying={isFetchingNextPage}
        />
      ) : (
        hasNextPage &&
        !stale && (
          <div ref={sentinel} className="mt-8 flex justify-center">
            <Button
              variant="secondary"
              disabled={isFetchingNextPage}
              onClick={() => {
                focusFrom.current = rewards.length
                loadMore()
              }}
            >
              {isFetchingNextPage ? (
                <Trans>Loading more rewards…</Trans>
              ) : (
                <Trans>Show more rewards</Trans>
              )}
            </Button>
          </div>
        )
      )}
    </div>
  )
})

/** Title and detail for ErrorState (its retry is the caller's). */
function describeFailure(error: unknown) {
  const { title, detail } = describeError(error)
  return { title, detail }
}

const CARD = '[role="listitem"]'

/**
 * One page of cards, a grid of its own (a page holds a whole number of rows at every width), made
 * once and left alone as later pages arrive. Contained (`contain`), so a page that arrives or a
 * list dimmed while typing is laid out a page at a time, and the browser passes over the others
 * as one box each. Nothing is skipped (`content-visibility`): a skipped card keeps its place in
 * the accessibility tree but loses its words, and a screen reader would hear empty entries.
 */
const PageOfCards = memo(function PageOfCards({
  rewards,
  context,
}: {
  rewards: readonly Reward[]
  context: RewardCardContext
}) {
  return (
    <div className={cn(GRID, 'contain-content')}>
      {rewards.map((reward) => (
        <div key={reward.id} role="listitem">
          <RewardCard reward={reward} context={context} />
        </div>
      ))}
    </div>
  )
})

function EmptyCatalog({
  filtered,
  onClearFilters,
  stale,
}: {
  filtered: boolean
  onClearFilters: () => void
  stale: boolean
}) {
  return filtered ? (
    <EmptyState
      stale={stale}
      title={<Trans>No rewards match</Trans>}
      hint={<Trans>Try another word or category, or see everything again.</Trans>}
      action={
        <Button variant="secondary" onClick={onClearFilters}>
          <Trans>Clear filters</Trans>
        </Button>
      }
    />
  ) : (
    <EmptyState
      stale={stale}
      title={<Trans>The catalog is empty right now</Trans>}
      hint={<Trans>New rewards are on their way. Your points keep until then.</Trans>}
    />
  )
}

export function CatalogGridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <div aria-busy="true">
      <Skeleton className="mb-4 h-5 w-40" />
      <ul className={GRID}>
        {Array.from({ length: count }, (_, i) => (
          <li
            key={i}
            className="overflow-hidden rounded-card border border-line bg-surface shadow-sm"
          >
            <Skeleton className="aspect-[8/5] rounded-none" />
            <div className="space-y-3 p-4">
              <Skeleton className="h-3 w-24" />
              <Skeleton className="h-5 w-3/4" />
              <Skeleton className="h-5 w-1/3" />
            </div>
          </li>
        ))}
      </ul>
      <span className="sr-only">
        <Trans>Loading rewards…</Trans>
      </span>
    </div>
  )
}
