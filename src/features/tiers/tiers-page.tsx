import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { CALENDAR_DAY, calendarYear } from '@/lib/calendar'
import { formatDate } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { useIsGuest } from '@/lib/visitor'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton, Skeleton } from '@/ui/skeleton'
import { Requalification } from './requalification'
import { GuestComparison, MemberComparison } from './tier-table'
import { YourPlace } from './your-place'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /tiers: the program's tiers for everyone, the member's place for members. */
export const tiersLoader: PageLoader =
  (queryClient) =>
  ({ guest }) => {
    void queryClient.prefetchQuery(programQuery())
    if (!guest) void queryClient.prefetchQuery(tierProgressQuery())
  }

export function TiersPage() {
  const { t } = useLingui()
  const guest = useIsGuest()
  return (
    <div className="mx-auto max-w-5xl">
      <title>{t`Tiers`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Tiers</Trans>
      </h1>
      <QueryBoundary fallback={<Skeleton className="mt-2 h-6 w-3/4" />}>
        <Intro />
      </QueryBoundary>
      {!guest && (
        <QueryBoundary
          fallback={<SectionSkeleton label={t`Your place`} lines={3} className="mt-6" />}
          section={t`Your place`}
        >
          <YourPlace />
        </QueryBoundary>
      )}
      <QueryBoundary
        fallback={<SectionSkeleton label={t`The tiers compared`} lines={6} className="mt-6" />}
        section={t`The tiers compared`}
      >
        {guest ? <GuestComparison /> : <MemberComparison />}
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`When the year resets`} lines={3} className="mt-6" />}
        section={t`When the year resets`}
      >
        <Requalification />
      </QueryBoundary>
    </div>
  )
}

function Intro() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const year = calendarYear(new Date())
  const day = (date: Date) =>
    formatDate(date, undefined, { ...CALENDAR_DAY, day: 'numeric', month: 'long' })
  const name = program.name
  const count = program.tiers.length
  const start = day(year.start)
  const end = day(year.end)
  return (
    <p className="mt-1 max-w-3xl text-ink-muted">
      {t`${plural(count, { one: `${name} has # tier.`, other: `${name} has # tiers.` })}`}{' '}
      <Trans>
        Your tier depends on what you spend in a calendar year, from {start} to {end}: the more you
        spend, the more you get.
      </Trans>
    </p>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: TiersPage, loader: tiersLoader }
