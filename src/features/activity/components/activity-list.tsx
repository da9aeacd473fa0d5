import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { keepPreviousData, useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { describeError } from '@/api/describe-error'
import { programQuery } from '@/api/endpoints/get-program'
import { activityQuery } from '@/api/endpoints/list-activity'
import type { ActivityEntry, ActivityListQuery } from '@/api/schemas/activity'
import type { Program } from '@/api/schemas/program'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { useLoadWhenNear } from '@/lib/use-load-when-near'
import { EmptyState } from '@/ui/empty-state'
import { formatDate, formatShortDate, formatSignedPoints } from '@/lib/format'
import { Button, buttonClasses } from '@/ui/button'
import { ErrorState } from '@/ui/error-state'
import { Link } from '@/ui/link'
import { Skeleton } from '@/ui/skeleton'
import { sourceLabels } from '../activity-filters'

const ENTRY = '[role="listitem"]'

type ActivityListProps = {
  query: Omit<ActivityListQuery, 'cursor' | 'limit'>
  filtered: boolean
  onClearFilters: () => void
}

export function ActivityList({ query, filtered, onClearFilters }: ActivityListProps) {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const activity = useInfiniteQuery({ ...activityQuery(query), placeholderData: keepPreviousData })
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isPlaceholderData } = activity
  const current = useMemo(
    () => ({
      ready: data !== undefined,
      pages: data?.pages ?? [],
      query: JSON.stringify(query),
      placeholder: isPlaceholderData,
    }),
    [data, query, isPlaceholderData],
  )
  // New rows are made in an interruptible background render: a scroll or a key press that
  // comes meanwhile is answered first.
  const shown = useDeferredValue(current)
  const stale = shown.placeholder || shown.query !== current.query
  const count = shown.pages.reduce((sum, page) => sum + page.items.length, 0)

  const list = useRef<HTMLDivElement>(null)
  const sentinel = useRef<HTMLDivElement>(null)
  // After "Show more", focus moves to the first new entry, as a keyboard user expects.
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || count <= from) return
    focusFrom.current = null
    list.current?.querySelectorAll<HTMLElement>(ENTRY).item(from)?.focus()
  }, [count])

  const loadMore = useCallback(() => {
    void fetchNextPage({ cancelRefetch: false })
  }, [fetchNextPage])
  useLoadWhenNear(
    sentinel,
    hasNextPage &&
      !isFetchingNextPage &&
      !stale &&
      shown === current &&
      !activity.isFetchNextPageError,
    loadMore,
  )

  if (!shown.ready) {
    if (activity.isError) {
      const { title, detail, retryable } = describeError(activity.error)
      return (
        <ErrorState
          className="mt-6"
          title={title}
          detail={detail}
          onRetry={retryable ? () => void activity.refetch() : undefined}
          retrying={activity.isFetching}
        />
      )
    }
    return <ActivityListSkeleton />
  }

  const summary =
    count === 0
      ? ''
      : hasNextPage
        ? t`${plural(count, {
            one: 'Showing # entry, older ones to see',
            other: 'Showing # entries, older ones to see',
          })}`
        : t`${plural(count, { one: 'Showing # entry', other: 'Showing all # entries' })}`

  return (
    <div className="mt-6">
      <p role="status" className="mb-3 min-h-5 text-sm text-ink-muted">
        {stale ? t`Updating…` : summary}
      </p>
      {activity.isRefetchError && (
        <ErrorState
          className="mb-4"
          {...describeFailure(activity.error)}
          onRetry={() => void activity.refetch()}
          retrying={activity.isFetching}
        />
      )}
      {count === 0 ? (
        <EmptyActivity filtered={filtered} onClearFilters={onClearFilters} stale={stale} />
      ) : (
        // One list of every entry, its rows grouped a page at a time in plain boxes that assistive
        // technology looks through (see PageOfEntries). An `li` may only sit in a list element,
        // and a box may not, hence the roles.
        <div
          ref={list}
          role="list"
          aria-busy={stale}
          aria-label={t`Activity entries`}
          data-activity-query={shown.query}
          className={cn(
            'divide-y divide-line rounded-card border border-line bg-surface',
            // Dimmed at once, as the catalog: a fade gives the whole list a layer of its own.
            stale && 'opacity-55',
          )}
        >
          {shown.pages.map((page, index) => (
            <PageOfEntries key={index} entries={page.items} program={program} />
          ))}
        </div>
      )}
      {activity.isFetchNextPageError ? (
        <ErrorState
          className="mt-6"
          {...describeFailure(activity.error)}
          onRetry={loadMore}
          retrying={isFetchingNextPage}
        />
      ) : (
        hasNextPage &&
        !stale && (
          <div ref={sentinel} className="mt-6 flex justify-center">
            {/* Never disabled while loading: a disabled button drops the keyboard focus, and the
                next Tab would start again from the top. A second press asks for nothing more. */}
            <Button
              variant="secondary"
              aria-busy={isFetchingNextPage}
              onClick={() => {
                focusFrom.current = count
                loadMore()
              }}
            >
              {isFetchingNextPage ? (
                <Trans>Loading older entries…</Trans>
              ) : (
                <Trans>Show older entries</Trans>
              )}
            </Button>
          </div>
        )
      )}
    </div>
  )
}

/**
 * One page of rows: made once, and left alone as later pages arrive. Contained (`contain`), so
 * a page that arrives is laid out on its own and the browser passes over the others as one box
 * each: with thousands of rows straight in the list, every frame that added a page or scrolled
 * went through all of them (over 50 ms at 5,000). Nothing is skipped (`content-visibility`):
 * skipped rows leave the accessibility tree, and a screen reader would hear a shorter list.
 */
const PageOfEntries = memo(function PageOfEntries({
  entries,
  program,
}: {
  entries: readonly ActivityEntry[]
  program: Program
}) {
  return (
    <div className="divide-y divide-line contain-content">
      {entries.map((entry) => (
        <EntryRow key={entry.id} entry={entry} program={program} />
      ))}
    </div>
  )
})

function EntryRow({ entry, program }: { entry: ActivityEntry; program: Program }) {
  const { i18n } = useLingui()
  const date = formatDate(entry.occurredAt, undefined, { dateStyle: 'medium' })
  const source = i18n._(sourceLabels[entry.source])
  const points = formatSignedPoints(entry.points, program.points)
  const pending = entry.status === 'pending'
  const expired = entry.status === 'expired'
  const availableOn = entry.availableOn ? formatShortDate(entry.availableOn) : ''
  const expiredOn = entry.expiresOn ? formatShortDate(entry.expiresOn) : ''
  // Points earned at a partner say where, unless the description already does.
  const partner =
    entry.partner && !entry.description.includes(entry.partner.name) ? entry.partner.name : null
  return (
    <div role="listitem" tabIndex={-1} className="flex items-start gap-3 px-4 py-3 outline-none">
      <div className="min-w-0 flex-1">
        <p className={cn('font-medium break-words', expired && 'text-ink-muted')}>
          {entry.description}
        </p>
        <p className="mt-0.5 text-sm text-ink-muted">
          <time dateTime={entry.occurredAt}>{date}</time>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {source}
          {partner && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              <bdi>{partner}</bdi>
            </>
          )}
        </p>
        {pending && (
          <p className="mt-1 text-sm">
            <span className="rounded-full bg-warning-soft px-2 py-0.5 font-semibold">
              <Trans>Pending</Trans>
            </span>{' '}
            <Trans>available on {availableOn}</Trans>
          </p>
        )}
        {expired && (
          <p className="mt-1 text-sm">
            <span className="rounded-full bg-surface-muted px-2 py-0.5 font-semibold">
              <Trans>Expired</Trans>
            </span>{' '}
            <Trans>what was left expired on {expiredOn}</Trans>
          </p>
        )}
      </div>
      <p
        className={cn(
          'shrink-0 text-end font-semibold tabular-nums',
          entry.points > 0 && !pending && 'text-brand-strong',
          pending && 'text-ink-muted',
        )}
      >
        {points}
      </p>
    </div>
  )
}

function EmptyActivity({
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
      heading
      stale={stale}
      title={<Trans>Nothing matches these filters</Trans>}
      hint={<Trans>Try another type or dates, or see everything again.</Trans>}
      action={
        <Button variant="secondary" onClick={onClearFilters}>
          <Trans>Clear filters</Trans>
        </Button>
      }
    />
  ) : (
    <EmptyState
      heading
      stale={stale}
      title={<Trans>No activity yet</Trans>}
      hint={<Trans>Points you earn and spend will be listed here, every one of them.</Trans>}
      action={
        <Link to={paths.earn} className={buttonClasses('primary')}>
          <Trans>See ways to earn</Trans>
        </Link>
      }
    />
  )
}

/** Title and detail for ErrorState (its retry is the caller's). */
function describeFailure(error: unknown) {
  const { title, detail } = describeError(error)
  return { title, detail }
}

export function ActivityListSkeleton() {
  return (
    <div aria-busy="true" className="mt-6">
      <Skeleton className="mb-3 h-5 w-40" />
      <ul className="divide-y divide-line rounded-card border border-line bg-surface">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i} className="flex items-center gap-3 px-4 py-3">
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-3 w-1/3" />
            </div>
            <Skeleton className="h-4 w-12" />
          </li>
        ))}
      </ul>
    </div>
  )
}
