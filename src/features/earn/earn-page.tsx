import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import type { PageLoader } from '@/lib/page-loader'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { earningProgressQuery } from '@/api/endpoints/get-earning-progress'
import { earningRulesQuery } from '@/api/endpoints/get-earning-rules'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { rewardListQuery } from '@/api/endpoints/get-rewards'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { availability, isWithinReach } from '@/api/reward-availability'
import { MemberBirthday } from '@/ui/birthday-section'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { ActionCard } from './components/action-card'
import { OtherWays } from './components/other-ways'
import { PurchaseRates } from './components/purchase-rates'
import { actionRules, otherRules, progressOf } from './earn-logic'
import type { PageModule } from '@/lib/page-loader'

/** The cheapest rewards still out of reach: what a purchase would take the member toward. */
const rewardsAhead = () => rewardListQuery({ affordable: 'false', sort: 'cost_asc', limit: 12 })

/** Route module of /earn: every query the page needs, started at once. */
export const earnLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(earningRulesQuery())
  void queryClient.prefetchQuery(earningProgressQuery())
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(meQuery())
  void queryClient.prefetchQuery(balanceQuery())
  void queryClient.prefetchQuery(tierProgressQuery())
  void queryClient.prefetchQuery(rewardsAhead())
}

export function EarnPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <title>{t`Ways to earn`}</title>
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <Trans>Ways to earn</Trans>
        </h1>
        <p className="mt-1 text-ink-muted">
          <Trans>Every way to earn points, what each gives, and what you’ve done already.</Trans>
        </p>
      </div>
      {/* What every section reads is read once here: when it fails, one message and one Try
          again bring back the whole page, rather than the same message in each section. */}
      <QueryBoundary fallback={<Skeletons />}>
        <Sections />
      </QueryBoundary>
    </div>
  )
}

function Skeletons() {
  const { t } = useLingui()
  return (
    <>
      <SectionSkeleton label={t`Earn now`} lines={3} />
      <SectionSkeleton label={t`Birthday gift`} lines={2} />
      <SectionSkeleton label={t`Points on purchases`} lines={5} />
      <SectionSkeleton label={t`More ways to earn`} lines={3} />
    </>
  )
}

/** The sections, once the rules, the program, the member and the balance are in. */
function Sections() {
  const { t } = useLingui()
  useSuspenseQueries({
    queries: [earningRulesQuery(), programQuery(), meQuery(), balanceQuery()],
  })
  return (
    <>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Earn now`} lines={3} />}
        section={t`Earn now`}
      >
        <EarnNow />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Birthday gift`} lines={2} />}
        section={t`Birthday gift`}
      >
        <MemberBirthday />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Points on purchases`} lines={5} />}
        section={t`Points on purchases`}
      >
        <Purchases />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`More ways to earn`} lines={3} />}
        section={t`More ways to earn`}
      >
        <More />
      </QueryBoundary>
    </>
  )
}

function EarnNow() {
  const { data: rules } = useSuspenseQuery(earningRulesQuery())
  const { data: progress } = useSuspenseQuery(earningProgressQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const actions = actionRules(rules.rules)
  if (actions.length === 0) return null
  return (
    <section aria-labelledby="earn-now-heading">
      <h2 id="earn-now-heading" className="text-lg font-semibold">
        <Trans>Earn now</Trans>
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        <Trans>Done here in a moment: the points are added at once.</Trans>
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {actions.map(({ rule, action }) => (
          <li key={rule.id}>
            <ActionCard
              rule={rule}
              action={action}
              progress={progressOf(progress.items, rule.id)}
              program={program}
              memberId={member.id}
              now={balance.asOf}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

function Purchases() {
  const { data: rules } = useSuspenseQuery(earningRulesQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const { data: tier } = useSuspenseQuery(tierProgressQuery())
  const { data: ahead } = useSuspenseQuery({ ...rewardsAhead(), select: (page) => page.items })
  const rewards = ahead.filter((reward) =>
    isWithinReach(availability(reward, { program, member, balance })),
  )
  return (
    <PurchaseRates
      rule={rules.rules.find((candidate) => candidate.kind === 'purchase')}
      categories={rules.categories}
      program={program}
      tierId={tier.currentTierId}
      tier={tier}
      available={balance.available}
      rewards={rewards}
    />
  )
}

function More() {
  const { data: rules } = useSuspenseQuery(earningRulesQuery())
  const { data: progress } = useSuspenseQuery(earningProgressQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const others = otherRules(rules.rules)
  if (others.length === 0) return null
  return <OtherWays rules={others} progress={progress.items} program={program} />
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: EarnPage, loader: earnLoader }
