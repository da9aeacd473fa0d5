import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { programQuery } from '@/api/endpoints/get-program'
import { publicRewardsQuery } from '@/api/endpoints/get-public-rewards'
import type { Program } from '@/api/schemas/program'
import type { PublicReward } from '@/api/schemas/reward'
import { tiersByRank } from '@/api/tiers'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { formatMoney, formatPoints } from '@/lib/format'
import { buttonClasses } from '@/ui/button'
import { Card } from '@/ui/card'
import { GiftIcon } from '@/ui/icons'
import { Link } from '@/ui/link'
import { QueryBoundary } from '@/ui/query-boundary'
import { categoryLabels } from '@/ui/reward-category'
import { SectionSkeleton, Skeleton } from '@/ui/skeleton'
import { tierTone } from '@/ui/tier-tone'
import { JoinLink } from './join-link'

/**
 * What someone who is not signed in sees on any member page: what the program is, how to earn,
 * its tiers and some of its rewards (public data only), with Join and Sign in. Signing in comes
 * back to the page they were on.
 */
export function GuestHome() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <QueryBoundary fallback={<Skeleton className="h-48" />} section={t`Welcome`}>
        <Hero />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Ways to earn`} lines={3} />}
        section={t`Ways to earn`}
      >
        <WaysToEarn />
      </QueryBoundary>
      <QueryBoundary fallback={<SectionSkeleton label={t`Tiers`} lines={3} />} section={t`Tiers`}>
        <TierSummary />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Rewards you could get`} lines={4} />}
        section={t`Rewards you could get`}
      >
        <SampleRewards />
      </QueryBoundary>
    </div>
  )
}

function programWords(program: Program) {
  const money = (amount: number) => formatMoney({ amount, currency: program.currency })
  return {
    name: program.name,
    points: program.points.plural,
    rate: formatPoints(program.earnRate.points, program.points),
    unit: money(program.earnRate.per.amount),
    bonus: formatPoints(program.welcomeBonus, program.points),
    money,
  }
}

function Hero() {
  const { t } = useLingui()
  const { pathname, search } = useLocation()
  const { data: program } = useSuspenseQuery(programQuery())
  const { name, points, rate, unit, bonus } = programWords(program)
  const signIn = `${paths.signIn}?returnTo=${encodeURIComponent(`${pathname}${search}`)}`
  return (
    <section aria-labelledby="guest-heading" className="rounded-card bg-brand-soft p-6 sm:p-10">
      <title>{t`Join ${name}`}</title>
      <h1 id="guest-heading" className="text-3xl font-bold text-ink sm:text-4xl">
        {name}
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-ink">
        <Trans>
          Earn {rate} for every {unit} you spend, and turn your {points} into rewards.
        </Trans>
      </p>
      {program.welcomeBonus > 0 && (
        <p className="mt-2 font-semibold text-brand-strong">
          <Trans>Join today and get {bonus} to start.</Trans>
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <JoinLink className={buttonClasses('primary')}>
          <Trans>Join</Trans>
        </JoinLink>
        <Link to={signIn} className={buttonClasses('secondary')}>
          <Trans>Sign in</Trans>
        </Link>
      </div>
      <p className="mt-4 text-sm text-ink-muted">
        <Trans>Already a member? Sign in to see your {points}, your tier and your rewards.</Trans>
      </p>
      <h2 className="mt-8 text-lg font-semibold">
        <Trans>How it works</Trans>
      </h2>
      <ol className="mt-3 grid gap-3 sm:grid-cols-3">
        <Step number={1}>
          <Trans>Join with your name and email.</Trans>
        </Step>
        <Step number={2}>
          <Trans>Earn {points} every time you shop, and more as your tier goes up.</Trans>
        </Step>
        <Step number={3}>
          <Trans>Spend them on rewards: discounts, free products, gifts and more.</Trans>
        </Step>
      </ol>
      <p className="mt-4">
        <Link to={paths.howItWorks} className="font-semibold text-brand-strong underline">
          <Trans>How the program works, in full</Trans>
        </Link>
      </p>
    </section>
  )
}

function Step({ number, children }: { number: number; children: ReactNode }) {
  return (
    <li className="flex gap-3 rounded-card bg-surface p-4">
      <span
        aria-hidden="true"
        className="grid size-8 shrink-0 place-items-center rounded-full bg-brand font-bold text-on-brand"
      >
        {number}
      </span>
      <span>{children}</span>
    </li>
  )
}

function WaysToEarn() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { rate, unit, bonus } = programWords(program)
  const tiers = tiersByRank(program)
  const top = tiers.at(-1)
  const topName = top?.name ?? ''
  const best = formatPoints(program.earnRate.points * (top?.multiplier ?? 1), program.points)
  return (
    <Card aria-labelledby="earn-heading">
      <h2 id="earn-heading" className="text-xl font-bold">
        <Trans>Ways to earn</Trans>
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        <Way title={<Trans>Shop</Trans>}>
          <Trans>
            {rate} for every {unit} you spend, in store and online.
          </Trans>
        </Way>
        {program.welcomeBonus > 0 && (
          <Way title={<Trans>Join</Trans>}>
            <Trans>{bonus} as a welcome bonus.</Trans>
          </Way>
        )}
        {top && top.multiplier > 1 && (
          <Way title={<Trans>Move up a tier</Trans>}>
            <Trans>
              Up to {best} for every {unit} at {topName}.
            </Trans>
          </Way>
        )}
      </ul>
    </Card>
  )
}

function Way({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <li className="rounded-xl bg-surface-muted p-4">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm text-ink-muted">{children}</p>
    </li>
  )
}

function TierSummary() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { money } = programWords(program)
  const tiers = tiersByRank(program)
  return (
    <Card aria-labelledby="tiers-heading">
      <h2 id="tiers-heading" className="text-xl font-bold">
        <Trans>Tiers</Trans>
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {tiers.map((tier) => {
          const amount = money(tier.threshold.amount)
          const count = tier.benefits.length
          return (
            <li
              key={tier.id}
              className={cn('rounded-xl border-s-4 bg-surface-muted p-4', tierTone(tier.rank).edge)}
            >
              <p className="font-bold">{tier.name}</p>
              <p className="mt-1 text-sm text-ink-muted">
                {tier.threshold.amount <= 0 ? (
                  <Trans>From the day you join</Trans>
                ) : (
                  <Trans>When you spend {amount} in a calendar year</Trans>
                )}
              </p>
              <p className="mt-1 text-sm">
                {t`${plural(count, { one: '# benefit', other: '# benefits' })}`}
              </p>
            </li>
          )
        })}
      </ul>
      <p className="mt-4">
        <Link to={paths.tiers} className="font-semibold text-brand-strong underline">
          <Trans>Compare the tiers</Trans>
        </Link>
      </p>
    </Card>
  )
}

function SampleRewards() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data } = useSuspenseQuery(publicRewardsQuery())
  if (data.items.length === 0) return null
  return (
    <section aria-labelledby="samples-heading">
      <h2 id="samples-heading" className="text-xl font-bold">
        <Trans>Rewards you could get</Trans>
      </h2>
      <ul className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {data.items.map((reward) => (
          <li key={reward.id}>
            <SampleReward reward={reward} program={program} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function SampleReward({ reward, program }: { reward: PublicReward; program: Program }) {
  const cost = formatPoints(reward.cost, program.points)
  const tier = reward.tierRequired && program.tiers.find((t) => t.id === reward.tierRequired)?.name
  return (
    <article
      aria-labelledby={`sample-${reward.id}`}
      className="flex h-full flex-col overflow-hidden rounded-card border border-line bg-surface"
    >
      {reward.image ? (
        <img
          src={reward.image.url}
          alt={reward.image.alt}
          width={400}
          height={250}
          loading="lazy"
          decoding="async"
          className="aspect-[8/5] h-auto w-full bg-surface-muted object-cover"
        />
      ) : (
        <div className="grid aspect-[8/5] w-full place-items-center bg-brand-soft text-brand">
          <GiftIcon width={48} height={48} aria-hidden="true" />
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">
          {categoryLabels[reward.category]}
        </p>
        <h3 id={`sample-${reward.id}`} className="font-semibold">
          {reward.name}
        </h3>
        <p className="text-sm text-ink-muted">{reward.summary}</p>
        <p className="mt-auto pt-2 font-semibold">{cost}</p>
        {tier && (
          <p className="text-xs text-ink-muted">
            <Trans>For {tier} members and above</Trans>
          </p>
        )}
      </div>
    </article>
  )
}
