import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import type { TierProgress } from '@/api/schemas/member'
import type { Program, Tier } from '@/api/schemas/program'
import { tiersByRank } from '@/api/tiers'
import { cn } from '@/lib/cn'
import { Card } from '@/ui/card'
import { CheckIcon } from '@/ui/icons'
import { tierTone } from '@/ui/tier-tone'
import { benefitRows, tierStatus, type BenefitCell, type TierStatus } from './tier-comparison'
import { moneyOf, pointsPerUnit } from './tier-words'

/** The comparison as anyone sees it. */
export function GuestComparison() {
  const { data: program } = useSuspenseQuery(programQuery())
  return <Comparison program={program} progress={null} />
}

/** The comparison with the member's tier marked and what each tier takes for them. */
export function MemberComparison() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: progress } = useSuspenseQuery(tierProgressQuery())
  return <Comparison program={program} progress={progress} />
}

type Column = { tier: Tier; status: TierStatus | null }

/**
 * Every tier side by side: a table with a column per tier on wide screens, a card per tier on
 * small ones (each shows only there, so a screen reader meets one of them).
 */
function Comparison({ program, progress }: { program: Program; progress: TierProgress | null }) {
  const tiers = tiersByRank(program)
  const current = progress && tiers.find((tier) => tier.id === progress.currentTierId)
  const columns: Column[] = tiers.map((tier) => ({
    tier,
    status: progress && current ? tierStatus(tier, current, progress) : null,
  }))
  const rows = benefitRows(tiers)
  const money = moneyOf(program)
  const unit = money(program.earnRate.per.amount)

  return (
    <section aria-labelledby="compare-heading" className="mt-8">
      <h2 id="compare-heading" className="text-xl font-bold">
        <Trans>The tiers compared</Trans>
      </h2>

      <div className="mt-4 hidden overflow-hidden rounded-card border border-line bg-surface md:block">
        <table className="w-full table-fixed border-collapse text-start text-sm">
          <caption className="sr-only">
            <Trans>What each tier takes and gives</Trans>
          </caption>
          <thead>
            <tr className="border-b border-line bg-surface-muted">
              <td className="w-1/4 p-3" />
              {columns.map(({ tier, status }) => (
                <th key={tier.id} scope="col" className="p-3 text-start align-bottom">
                  <span
                    className={cn(
                      'inline-block rounded-full px-3 py-1 font-bold',
                      tierTone(tier.rank).badge,
                    )}
                  >
                    {tier.name}
                  </span>
                  {status?.kind === 'current' && (
                    <span className="mt-1 block text-xs font-semibold text-brand-strong">
                      <Trans>Your tier</Trans>
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row label={<Trans>To qualify</Trans>}>
              {columns.map(({ tier }) => (
                <td key={tier.id} className="p-3 align-top">
                  <Qualifies amount={tier.threshold.amount} money={money} />
                </td>
              ))}
            </Row>
            <Row label={<Trans>Points on purchases</Trans>}>
              {columns.map(({ tier }) => (
                <td key={tier.id} className="p-3 align-top">
                  <PerUnit points={pointsPerUnit(program, tier.multiplier)} unit={unit} />
                </td>
              ))}
            </Row>
            {rows.map(({ benefit, cells }) => (
              <Row
                key={benefit.id}
                label={
                  <>
                    {benefit.title}
                    {benefit.description && (
                      <span className="block font-normal text-ink-muted">
                        {benefit.description}
                      </span>
                    )}
                  </>
                }
              >
                {cells.map((cell, index) => (
                  <td key={columns[index]?.tier.id ?? index} className="p-3 align-top">
                    <Cell cell={cell} />
                  </td>
                ))}
              </Row>
            ))}
            {progress && (
              <Row label={<Trans>For you</Trans>}>
                {columns.map(({ tier, status }) => (
                  <td key={tier.id} className="p-3 align-top font-medium">
                    {status && <StatusWords status={status} tier={tier.name} money={money} />}
                  </td>
                ))}
              </Row>
            )}
          </tbody>
        </table>
      </div>

      <ul className="mt-4 space-y-4 md:hidden">
        {columns.map(({ tier, status }, index) => (
          <li key={tier.id}>
            <Card
              aria-labelledby={`tier-card-${tier.id}`}
              className={cn('border-s-4', tierTone(tier.rank).edge)}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`tier-card-${tier.id}`} className="text-lg font-bold">
                  {tier.name}
                </h3>
                {status?.kind === 'current' && (
                  <span className="rounded-full bg-brand-soft px-3 py-1 text-xs font-semibold text-brand-strong">
                    <Trans>Your tier</Trans>
                  </span>
                )}
              </div>
              <dl className="mt-3 space-y-3 text-sm">
                <div>
                  <dt className="font-semibold">
                    <Trans>To qualify</Trans>
                  </dt>
                  <dd className="text-ink-muted">
                    <Qualifies amount={tier.threshold.amount} money={money} />
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold">
                    <Trans>Points on purchases</Trans>
                  </dt>
                  <dd className="text-ink-muted">
                    <PerUnit points={pointsPerUnit(program, tier.multiplier)} unit={unit} />
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold">
                    <Trans>Benefits</Trans>
                  </dt>
                  <dd>
                    <ul className="mt-1 space-y-1">
                      {rows.map(({ benefit, cells }) => {
                        const cell = cells[index]
                        if (!cell || cell.kind === 'none') return null
                        const own = cell.kind === 'richer' ? cell.benefit : benefit
                        return (
                          <li key={benefit.id} className="flex gap-2">
                            <CheckIcon
                              width={16}
                              height={16}
                              aria-hidden="true"
                              className="mt-0.5 shrink-0 text-brand"
                            />
                            <span>{own.title}</span>
                          </li>
                        )
                      })}
                    </ul>
                  </dd>
                </div>
                {status && (
                  <div>
                    <dt className="font-semibold">
                      <Trans>For you</Trans>
                    </dt>
                    <dd className="text-ink-muted">
                      <StatusWords status={status} tier={tier.name} money={money} />
                    </dd>
                  </div>
                )}
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <tr className="border-b border-line last:border-b-0">
      <th scope="row" className="p-3 text-start align-top font-semibold">
        {label}
      </th>
      {children}
    </tr>
  )
}

function Qualifies({ amount, money }: { amount: number; money: (amount: number) => string }) {
  if (amount <= 0) return <Trans>From the day you join</Trans>
  const spend = money(amount)
  return <Trans>{spend} spent in a calendar year</Trans>
}

function PerUnit({ points, unit }: { points: string; unit: string }) {
  return (
    <Trans>
      {points} per {unit}
    </Trans>
  )
}

function Cell({ cell }: { cell: BenefitCell }) {
  const { t } = useLingui()
  if (cell.kind === 'none') {
    return (
      <span className="text-ink-muted">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t`Not included`}</span>
      </span>
    )
  }
  return (
    <span className="flex gap-2">
      <CheckIcon width={16} height={16} aria-hidden="true" className="mt-0.5 shrink-0 text-brand" />
      {cell.kind === 'richer' ? cell.benefit.title : <span className="sr-only">{t`Included`}</span>}
    </span>
  )
}

function StatusWords({
  status,
  tier,
  money,
}: {
  status: TierStatus
  tier: string
  money: (amount: number) => string
}) {
  switch (status.kind) {
    case 'below':
      return <Trans>Yours already, with more</Trans>
    case 'ahead': {
      const amount = money(status.toReach)
      return (
        <Trans>
          Spend {amount} more this year to reach {tier}
        </Trans>
      )
    }
    case 'current': {
      if (status.entry) return <Trans>Yours, whatever you spend</Trans>
      if (status.kept) return <Trans>Kept for next year</Trans>
      const amount = money(status.toKeep)
      return (
        <Trans>
          Spend {amount} more this year to keep {tier}
        </Trans>
      )
    }
  }
}
