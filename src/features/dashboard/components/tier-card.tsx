import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import type { Tier } from '@/api/schemas/program'
import { cn } from '@/lib/cn'
import { formatMoney, formatNumber, formatShortDate } from '@/lib/format'
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
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: progress } = useSuspenseQuery(tierProgressQuery())
  const view = tierView(program, progress)
  const money = (amount: number) => formatMoney({ amount, currency: program.currency })
  const date = formatShortDate(progress.periodEnd, progress.asOf)
  const spentAmount = progress.qualifyingAmount.amount
  const spent = money(spentAmount)
  const next = view.next
  const current = view.current.name
  const tier = next?.name ?? ''
  const target = next ? money(next.threshold.amount) : ''
  const amount = money(view.remainingToNext ?? 0)
  const toKeep = money(view.remainingToKeep)

  return (
    <Card id={TIER_ANCHOR} aria-labelledby="tier-heading" className={TIER_CARD_CLASS}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="tier-heading" className="text-sm font-semibold text-ink-muted">
          <Trans>Your tier</Trans>
        </h2>
        <span
          className={cn('rounded-full px-3 py-1 text-sm font-bold', toneOf(view.current).badge)}
        >
          {current}
        </span>
      </div>

      <div className="mt-4">
        <p className="text-lg font-semibold">
          {!next ? (
            <Trans>You’re at our highest tier</Trans>
          ) : view.remainingToNext ? (
            <Trans>
              Spend {amount} more by {date} to reach {tier}
            </Trans>
          ) : (
            <Trans>
              You’ve reached {tier}: it applies as soon as your latest purchase is confirmed
            </Trans>
          )}
        </p>
        {next && (
          <>
            {/* The bar fills from the start edge: the right one in right-to-left languages. */}
            <Progress
              className="mt-3"
              barClassName={toneOf(next).bar}
              value={spentAmount}
              max={next.threshold.amount}
              label={t`Progress to ${tier}`}
              valueText={t`${spent} of ${target} spent`}
            />
            <p className="mt-2 flex justify-between text-sm text-ink-muted">
              <span>
                <Trans>{spent} spent this year</Trans>
              </span>
              <span>{target}</span>
            </p>
          </>
        )}
        {/* The entry tier can't be lost, so only higher tiers say whether they are kept. */}
        {view.current.rank > 1 && (
          <p className="mt-3 text-sm text-ink-muted">
            {view.kept ? (
              <Trans>Your {current} status is already kept for next year.</Trans>
            ) : (
              <Trans>
                Spend {toKeep} more by {date} to keep {current} next year.
              </Trans>
            )}
          </p>
        )}
      </div>

      <div className="mt-5 grid gap-5 sm:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">
            <Trans>Your {current} benefits</Trans>
          </h3>
          <BenefitList benefits={view.current.benefits} multiplier={view.current.multiplier} />
        </div>
        {next && (
          <div>
            <h3 className="text-sm font-semibold">
              <Trans>{tier} adds</Trans>
            </h3>
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
  const times = formatNumber(multiplier)
  return (
    <ul className={cn('mt-2 space-y-2 text-sm', muted && 'text-ink-muted')}>
      {multiplier > 1 && (
        <li className="flex gap-2">
          <CheckIcon width={16} height={16} className="mt-0.5 shrink-0 text-brand" />
          <Trans>{times}× points on every purchase</Trans>
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

export function TierCardSkeleton() {
  const { t } = useLingui()
  return <SectionSkeleton label={t`Your tier`} className={TIER_CARD_CLASS} lines={4} />
}
