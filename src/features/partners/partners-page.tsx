import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { partnersQuery } from '@/api/endpoints/get-partners'
import { programQuery } from '@/api/endpoints/get-program'
import type { Partner } from '@/api/schemas/partner'
import type { Program } from '@/api/schemas/program'
import { formatMoney, formatPoints } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { buttonClasses } from '@/ui/button'
import { ExternalLinkIcon } from '@/ui/page-icons'
import { LoadMore } from '@/ui/load-more'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { initials } from './initials'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /partners. */
export const partnersLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchInfiniteQuery(partnersQuery())
  void queryClient.prefetchQuery(programQuery())
}

export function PartnersPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`Partners`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Partners</Trans>
      </h1>
      <p className="mt-1 text-ink-muted">
        <Trans>
          Earn points when you shop with our partners too. What you earn there shows in your
          activity under the partner’s name, usually within a week.
        </Trans>
      </p>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Partners`} lines={4} className="mt-6" />}
        section={t`Partners`}
      >
        <PartnerList />
      </QueryBoundary>
    </div>
  )
}

function PartnerList() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const partners = useSuspenseInfiniteQuery({
    ...partnersQuery(),
    select: (result) => result.pages.flatMap((page) => page.items),
  })
  const list = useRef<HTMLUListElement>(null)
  if (partners.data.length === 0) {
    return (
      <p className="mt-6 rounded-card border border-dashed border-line p-6 text-center text-ink-muted">
        <Trans>No partners at the moment. When the program adds some, they appear here.</Trans>
      </p>
    )
  }
  return (
    <>
      <ul ref={list} className="mt-6 grid gap-3 sm:grid-cols-2">
        {partners.data.map((partner) => (
          <li key={partner.id} className="rounded-card outline-none focus-visible:ring-2">
            <PartnerCard partner={partner} program={program} />
          </li>
        ))}
      </ul>
      <LoadMore
        list={list}
        count={partners.data.length}
        hasNextPage={partners.hasNextPage}
        isFetchingNextPage={partners.isFetchingNextPage}
        isFetchNextPageError={partners.isFetchNextPageError}
        error={partners.error}
        fetchNextPage={partners.fetchNextPage}
        label={t`Show more partners`}
        loadingLabel={t`Loading more partners…`}
      />
    </>
  )
}

function PartnerCard({ partner, program }: { partner: Partner; program: Program }) {
  const headingId = `partner-${partner.id}`
  const points = formatPoints(partner.earnRate.points, program.points)
  const spend = formatMoney(partner.earnRate.per)
  const name = partner.name
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col rounded-card border border-line bg-surface p-5"
    >
      <div className="flex items-center gap-3">
        {partner.logo ? (
          // The name is right beside it: the logo adds nothing for a screen reader.
          <img
            src={partner.logo}
            alt=""
            width={48}
            height={48}
            className="size-12 shrink-0 rounded-xl"
          />
        ) : (
          <span
            aria-hidden="true"
            className="grid size-12 shrink-0 place-items-center rounded-xl bg-brand-soft text-lg font-bold text-brand-strong"
          >
            {initials(partner.name)}
          </span>
        )}
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold break-words">
            {partner.name}
          </h2>
          <p className="text-sm text-ink-muted">{partner.category}</p>
        </div>
      </div>
      <p className="mt-3 text-sm">{partner.description}</p>
      <p className="mt-3 font-semibold">
        <Trans>
          {points} for every {spend} you spend there
        </Trans>
      </p>
      <a
        href={partner.url}
        target="_blank"
        rel="noopener noreferrer"
        className={`${buttonClasses('secondary', 'sm')} mt-4 self-start`}
      >
        <Trans>
          Visit {name} <span className="sr-only">(opens in a new tab)</span>
        </Trans>
        <ExternalLinkIcon width={16} height={16} />
      </a>
    </article>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: PartnersPage, loader: partnersLoader }
