import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useRef, type ReactNode } from 'react'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { challengesQuery } from '@/api/endpoints/get-challenges'
import { programQuery } from '@/api/endpoints/get-program'
import { punchCardsQuery } from '@/api/endpoints/get-punch-cards'
import type { ChallengeView } from '@/api/schemas/challenge'
import type { PageLoader } from '@/lib/page-loader'
import { LoadMore } from '@/ui/load-more'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { ChallengeCard } from './challenge-card'
import { PunchCardItem } from './punch-card-item'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /challenges. */
export const challengesLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchInfiniteQuery(challengesQuery('current'))
  void queryClient.prefetchInfiniteQuery(punchCardsQuery())
  void queryClient.prefetchInfiniteQuery(challengesQuery('history'))
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(balanceQuery())
}

export function ChallengesPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`Challenges and punch cards`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Challenges and punch cards</Trans>
      </h1>
      <p className="mt-1 text-ink-muted">
        <Trans>Bonus points for doing a little more, while each offer lasts.</Trans>
      </p>
      <Section id="current-challenges" title={t`Current challenges`}>
        <Challenges view="current" />
      </Section>
      <Section id="punch-cards" title={t`Punch cards`}>
        <PunchCards />
      </Section>
      <Section id="past-challenges" title={t`Past challenges`}>
        <Challenges view="history" />
      </Section>
    </div>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <QueryBoundary fallback={<SectionSkeleton label={title} lines={3} className="mt-3" />}>
        {children}
      </QueryBoundary>
    </section>
  )
}

/** The server's time of the member's latest balance: what days left are counted from. */
function useServerNow() {
  return useSuspenseQuery({ ...balanceQuery(), select: (balance) => balance.asOf }).data
}

function Challenges({ view }: { view: ChallengeView }) {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const now = useServerNow()
  const challenges = useSuspenseInfiniteQuery({
    ...challengesQuery(view),
    select: (result) => result.pages.flatMap((page) => page.items),
  })
  const list = useRef<HTMLUListElement>(null)

  if (challenges.data.length === 0) {
    return (
      <p className="mt-3 rounded-card border border-dashed border-line p-6 text-center text-ink-muted">
        {view === 'current' ? (
          <Trans>No challenges right now. New ones appear here as soon as they start.</Trans>
        ) : (
          <Trans>Challenges you complete, and ones that end, are kept here.</Trans>
        )}
      </p>
    )
  }
  return (
    <>
      <ul ref={list} className="mt-3 space-y-3">
        {challenges.data.map((challenge) => (
          <li key={challenge.id} className="rounded-card outline-none focus-visible:ring-2">
            <ChallengeCard challenge={challenge} program={program} now={now} />
          </li>
        ))}
      </ul>
      <LoadMore
        list={list}
        count={challenges.data.length}
        hasNextPage={challenges.hasNextPage}
        isFetchingNextPage={challenges.isFetchingNextPage}
        isFetchNextPageError={challenges.isFetchNextPageError}
        error={challenges.error}
        fetchNextPage={challenges.fetchNextPage}
        label={t`Show more challenges`}
        loadingLabel={t`Loading more challenges…`}
      />
    </>
  )
}

function PunchCards() {
  const { t } = useLingui()
  const now = useServerNow()
  const cards = useSuspenseInfiniteQuery({
    ...punchCardsQuery(),
    select: (result) => result.pages.flatMap((page) => page.items),
  })
  const list = useRef<HTMLUListElement>(null)
  if (cards.data.length === 0) {
    return (
      <p className="mt-3 rounded-card border border-dashed border-line p-6 text-center text-ink-muted">
        <Trans>No punch cards in the program right now.</Trans>
      </p>
    )
  }
  return (
    <>
      <ul ref={list} className="mt-3 grid gap-3 sm:grid-cols-2">
        {cards.data.map((card) => (
          <li key={card.id} className="rounded-card outline-none focus-visible:ring-2">
            <PunchCardItem card={card} now={now} />
          </li>
        ))}
      </ul>
      <LoadMore
        list={list}
        count={cards.data.length}
        hasNextPage={cards.hasNextPage}
        isFetchingNextPage={cards.isFetchingNextPage}
        isFetchNextPageError={cards.isFetchNextPageError}
        error={cards.error}
        fetchNextPage={cards.fetchNextPage}
        label={t`Show more punch cards`}
        loadingLabel={t`Loading more punch cards…`}
      />
    </>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: ChallengesPage, loader: challengesLoader }
