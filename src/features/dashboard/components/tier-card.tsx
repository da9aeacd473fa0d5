import { useSuspenseQuery } from '@tanstack/react-query'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import type { Tier } from '@/api/schemas/program'
import { cn } from '@/lib/cn'
import { formatMoney, formatShortDate } from '@/lib/format'
import { Card } from '@/ui/card'
import { CheckIcon } from '@/ui/icons'
import { Progress } from '@/ui/progress'
import { SectionSkeleton } from '@/ui/skeleton'
import { tierView } from '../tier-math'

export const TIER_ANCHOR = 'tier-progress'
const TIER_CARD_CLASS = 'min-h-72 scroll-mt-6'

/** Tier colours by rank: bronze, silver, gold tones; higher ranks reuse the top tone. */
const tones = [
  { badge: 'bg-tier-1-soft text-tier-1', bar: 'bg-tier-1' },
  { badge: 'bg-tier-2-soft text-tier-2', bar: 'bg-tier-2' },
  { badge: 'bg-tier-3-soft text-tier-3', bar: 'bg-tier-3' },
] as const
const toneOf = (tier: Tier) => tones[Math.min(tier.rank, tones.length) - 1] ?? tones[0]

export function TierCard() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: progress } = useSuspenseQuery(tierProgressQuery())
  const view = tierView(program, progress)
  const money = (amount: number) => formatMoney({ amount, currency: program.currency })
  const periodEnd = formatShortDate(progress.periodEnd, progress.asOf)
  const spent = progress.qualifyingAmount.amount
  const next = view.next

  return (
    <Card id={TIER_ANCHOR} aria-labelledby="tier-heading" className={TIER_CARD_CLASS}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="tier-heading" className="text-sm font-semibold text-ink-muted">
          Your tier
        </h2>
        <span
          className={cn('rounded-full px-3 py-1 text-sm font-bold', toneOf(view.current).badge)}
        >
          {view.current.name}
        </span>
      </div>

      <div className="mt-4">
        <p className="text-lg font-semibold">
          {!next
            ? 'You’re at our highest tier'
            : view.remainingToNext
              ? `Spend ${money(view.remainingToNext)} more by ${periodEnd} to reach ${next.name}`
              : `You’ve reached ${next.name}: it applies as soon as your latest purchase is confirmed`}
        </p>
        {next && (
          <>
            <Progress
              className="mt-3"
              barClassName={toneOf(next).bar}
              value={spent}
              max={next.threshold.amount}
              label={`Progress to ${next.name}`}
              valueText={`${money(spent)} of ${money(next.threshold.amount)} spent`}
            />
            <p className="mt-2 flex justify-between text-sm text-ink-muted">
              <span>{money(spent)} spent this year</span>
              <span>{money(next.threshold.amount)}</span>
            </p>
          </>
        )}
        {/* The entry tier can't be lost, so only higher tiers say whether they are kept. */}
        {view.current.rank > 1 && (
          <p className="mt-3 text-sm text-ink-muted">
            {view.kept
              ? `Your ${view.current.name} status is already kept for next year.`
              : `Spend ${money(view.remainingToKeep)} more by ${periodEnd} to keep ${view.current.name} next year.`}
          </p>
        )}
      </div>

      <div className="mt-5 grid gap-5 sm:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">Your {view.current.name} benefits</h3>
          <BenefitList benefits={view.current.benefits} multiplier={view.current.multiplier} />
        </div>
        {next && (
          <div>
            <h3 className="text-sm font-semibold">{next.name} adds</h3>
            <BenefitList benefits={view.nextAdds} multiplier={next.multiplier} muted />
          </div>
        )}
      </div>
    </Card>
  )
}

function BenefitList({
  benefits,
  multiplier,
  muted,
}: {
  benefits: Tier['benefits']
  multiplier: number
  muted?: boolean
}) {
  return (
    <ul className={cn('mt-2 space-y-2 text-sm', muted && 'text-ink-muted')}>
      {multiplier > 1 && (
        <li className="flex gap-2">
          <CheckIcon width={16} height={16} className="mt-0.5 shrink-0 text-brand" />
          {multiplier}× points on every purchase
        </li>
      )}
      {benefits.map((benefit) => (
        <li key={benefit.id} className="flex gap-2">
          <CheckIcon width={16} height={16} className="mt-0.5 shrink-0 text-brand" />
          <span>
            <span className="font-medium text-ink">{benefit.title}</span>
            {benefit.description && (
              <span className="block text-ink-muted">{benefit.description}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  )
}

export const TierCardSkeleton = () => (
  <SectionSkeleton label="Your tier" className={TIER_CARD_CLASS} lines={4} />
)
