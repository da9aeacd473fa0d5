import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { programQuery } from '@/api/endpoints/get-program'
import { referralsQuery, referredFriendsQuery } from '@/api/endpoints/get-referrals'
import type { Program } from '@/api/schemas/program'
import type { ReferralSummary, ReferredFriend } from '@/api/schemas/referral'
import { formatMoney, formatPoints, formatShortDate } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { Card } from '@/ui/card'
import { LoadMore } from '@/ui/load-more'
import { Progress } from '@/ui/progress'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { ShareReferral } from './share-referral'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /refer. */
export const referLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(referralsQuery())
  void queryClient.prefetchInfiniteQuery(referredFriendsQuery())
  void queryClient.prefetchQuery(programQuery())
}

export function ReferPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`Refer a friend`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Refer a friend</Trans>
      </h1>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Your referral link`} lines={4} className="mt-6" />}
        section={t`Your referral link`}
      >
        <ReferralOffer />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Friends you referred`} lines={4} className="mt-6" />}
        section={t`Friends you referred`}
      >
        <ReferredFriends />
      </QueryBoundary>
    </div>
  )
}

function ReferralOffer() {
  const { data: summary } = useSuspenseQuery(referralsQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const discount = formatMoney(summary.friendOffer.discount)
  const minimum = summary.friendOffer.minimumSpend && formatMoney(summary.friendOffer.minimumSpend)
  const points = formatPoints(summary.referrerPoints, program.points)

  return (
    <>
      <p className="mt-1 text-ink-muted">
        {minimum ? (
          <Trans>
            Give friends {discount} off their first order of {minimum} or more, and get {points}{' '}
            when they make it.
          </Trans>
        ) : (
          <Trans>
            Give friends {discount} off their first order, and get {points} when they make it.
          </Trans>
        )}
      </p>

      <Card aria-labelledby="referral-link-heading" className="mt-6">
        <h2 id="referral-link-heading" className="text-lg font-semibold">
          <Trans>Your referral link</Trans>
        </h2>
        <ShareReferral
          code={summary.code}
          link={summary.link}
          programName={program.name}
          discount={discount}
        />
      </Card>

      <Card aria-labelledby="referral-how-heading" className="mt-6">
        <h2 id="referral-how-heading" className="text-lg font-semibold">
          <Trans>How it works</Trans>
        </h2>
        <ol className="mt-3 list-decimal space-y-2 ps-5">
          <li>
            <Trans>Share your link, or tell friends your code.</Trans>
          </li>
          <li>
            {minimum ? (
              <Trans>
                They join and get {discount} off their first order of {minimum} or more.
              </Trans>
            ) : (
              <Trans>They join and get {discount} off their first order.</Trans>
            )}
          </li>
          <li>
            <Trans>
              Once their first order can no longer be returned, you get {points}. You’ll see it
              below and in your activity.
            </Trans>
          </li>
        </ol>
      </Card>

      <ReferralEarnings summary={summary} program={program} discount={discount} />
    </>
  )
}

function ReferralEarnings({
  summary,
  program,
  discount,
}: {
  summary: ReferralSummary
  program: Program
  discount: string
}) {
  const earned = formatPoints(summary.pointsEarned, program.points)
  const pending = formatPoints(summary.pointsPending, program.points)
  const { cap } = summary
  return (
    <Card aria-labelledby="referral-earnings-heading" className="mt-6">
      <h2 id="referral-earnings-heading" className="text-lg font-semibold">
        <Trans>What your referrals have earned</Trans>
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-ink-muted">
            <Trans>Earned from referrals</Trans>
          </dt>
          <dd className="text-2xl font-bold">{earned}</dd>
        </div>
        {summary.pointsPending > 0 && (
          <div>
            <dt className="text-sm text-ink-muted">
              <Trans>On the way</Trans>
            </dt>
            <dd className="text-2xl font-bold">{pending}</dd>
          </div>
        )}
      </dl>
      {cap && <ReferralCapNote cap={cap} discount={discount} asOf={summary.asOf} />}
    </Card>
  )
}

function ReferralCapNote({
  cap,
  discount,
  asOf,
}: {
  cap: NonNullable<ReferralSummary['cap']>
  discount: string
  asOf: string
}) {
  const { t } = useLingui()
  const { limit, used } = cap
  // The count starts again the moment after the period's last second.
  const again = formatShortDate(new Date(Date.parse(cap.periodEnd) + 1000).toISOString(), asOf)
  const reached = used >= limit
  return (
    <div className="mt-5">
      <Progress
        value={Math.min(used, limit)}
        max={limit}
        label={t`Friends who earned you points this year`}
        valueText={t`${used} of ${limit}`}
        barClassName={reached ? 'bg-warning' : undefined}
      />
      <p className="mt-2 text-sm">
        {reached ? (
          <Trans>
            You’ve reached this year’s limit of {limit} friends who earn you points. Friends who
            join still get {discount} off; you can earn for referrals again from {again}.
          </Trans>
        ) : (
          <Trans>
            Up to {limit} friends a year earn you points: {used} so far this year.
          </Trans>
        )}
      </p>
    </div>
  )
}

function ReferredFriends() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: summary } = useSuspenseQuery(referralsQuery())
  const friends = useSuspenseInfiniteQuery({
    ...referredFriendsQuery(),
    select: (result) => result.pages.flatMap((page) => page.items),
  })
  const list = useRef<HTMLUListElement>(null)
  const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0)

  return (
    <section aria-labelledby="friends-heading" className="mt-8">
      <h2 id="friends-heading" className="text-lg font-semibold">
        <Trans>Friends you referred</Trans>{' '}
        <span className="text-sm font-normal text-ink-muted">({total})</span>
      </h2>
      {friends.data.length === 0 ? (
        <p className="mt-3 rounded-card border border-dashed border-line p-6 text-center text-ink-muted">
          <Trans>
            No friends referred yet. Share your link: when a friend joins, you’ll follow them here.
          </Trans>
        </p>
      ) : (
        <ul ref={list} className="mt-3 divide-y divide-line rounded-card border border-line">
          {friends.data.map((friend) => (
            <li key={friend.id} className="p-4 outline-none focus-visible:ring-2">
              <FriendRow friend={friend} program={program} asOf={summary.asOf} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        list={list}
        count={friends.data.length}
        hasNextPage={friends.hasNextPage}
        isFetchingNextPage={friends.isFetchingNextPage}
        isFetchNextPageError={friends.isFetchNextPageError}
        error={friends.error}
        fetchNextPage={friends.fetchNextPage}
        label={t`Show more friends`}
        loadingLabel={t`Loading more friends…`}
      />
    </section>
  )
}

const statusTone: Record<ReferredFriend['status'], string> = {
  invited: 'border border-line text-ink-muted',
  joined: 'bg-surface-muted text-ink',
  purchased: 'bg-warning-soft text-ink',
  rewarded: 'bg-brand-soft text-brand-strong',
}

function FriendRow({
  friend,
  program,
  asOf,
}: {
  friend: ReferredFriend
  program: Program
  asOf: string
}) {
  const since = formatShortDate(friend.statusSince, asOf)
  const points = formatPoints(friend.points, program.points)
  const status = {
    invited: <Trans>Invited</Trans>,
    joined: <Trans>Joined</Trans>,
    purchased: <Trans>First purchase made</Trans>,
    rewarded: <Trans>Rewarded</Trans>,
  }[friend.status]

  let detail
  if (friend.status === 'invited') {
    detail = <Trans>Invited on {since}; they haven’t joined yet.</Trans>
  } else if (friend.status === 'joined') {
    detail = <Trans>Joined on {since}; no purchase yet.</Trans>
  } else if (friend.status === 'rewarded') {
    detail = (
      <Trans>
        You got {points} on {since}.
      </Trans>
    )
  } else if (friend.overCap) {
    detail = (
      <Trans>
        First purchase on {since}. No points for this one: it came after you’d reached the year’s
        limit.
      </Trans>
    )
  } else {
    const arrives = friend.pointsAvailableOn
      ? formatShortDate(friend.pointsAvailableOn, asOf)
      : since
    detail = (
      <Trans>
        First purchase on {since}. Your {points} arrive on {arrives}.
      </Trans>
    )
  }

  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
      <div className="min-w-0">
        <p className="font-semibold break-words">{friend.name}</p>
        <p className="text-sm text-ink-muted">{detail}</p>
      </div>
      <span className={`rounded-full px-3 py-1 text-sm font-semibold ${statusTone[friend.status]}`}>
        {status}
      </span>
    </div>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: ReferPage, loader: referLoader }
