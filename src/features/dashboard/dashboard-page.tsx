import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { formatMonthYear } from '@/lib/format'
import { QueryBoundary } from '@/ui/query-boundary'
import { Skeleton } from '@/ui/skeleton'
import { BalanceCard, BalanceCardSkeleton } from './components/balance-card'
import { NudgeList, NudgeListSkeleton } from './components/nudge-list'
import { RewardsTeaser, RewardsTeaserSkeleton } from './components/rewards-teaser'
import { TierCard, TierCardSkeleton } from './components/tier-card'
import { WelcomeNotice } from './components/welcome-notice'
import { SurveyPrompt } from './survey/survey-prompt'

/**
 * The member's first screen. Each section loads and fails on its own: a slow catalog never
 * hides the balance. On a phone the order is balance, nudges, tier, rewards; on a wide screen
 * balance and tier sit left, nudges and rewards right.
 */
export function DashboardPage() {
  const { t } = useLingui()
  return (
    <>
      <QueryBoundary fallback={null}>
        <WelcomeNotice />
      </QueryBoundary>
      <div className="mb-6">
        <QueryBoundary fallback={<Skeleton className="h-14 w-64" />}>
          <Greeting />
        </QueryBoundary>
      </div>
      <SurveyPrompt />
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <QueryBoundary fallback={<BalanceCardSkeleton />} section={t`Your balance`}>
          <BalanceCard />
        </QueryBoundary>
        <QueryBoundary fallback={<NudgeListSkeleton />}>
          <NudgeList />
        </QueryBoundary>
        <QueryBoundary fallback={<TierCardSkeleton />} section={t`Your tier`}>
          <TierCard />
        </QueryBoundary>
        <QueryBoundary fallback={<RewardsTeaserSkeleton />} section={t`Rewards you can get now`}>
          <RewardsTeaser />
        </QueryBoundary>
      </div>
    </>
  )
}

function Greeting() {
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const { t } = useLingui()
  const name = member.firstName
  const since = formatMonthYear(member.memberSince)
  const programName = program.name
  return (
    <div>
      <title>{t`Your rewards · ${programName}`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Hi, {name}</Trans>
      </h1>
      <p className="mt-1 text-sm text-ink-muted">
        <Trans>Member since {since}</Trans>
      </p>
    </div>
  )
}
