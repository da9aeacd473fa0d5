import { useSuspenseQuery } from '@tanstack/react-query'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { cn } from '@/lib/cn'
import {
  formatMoney,
  formatNumber,
  formatPoints,
  formatShortDate,
  pointsWord,
  type PointsWording,
} from '@/lib/format'
import { Card } from '@/ui/card'
import { ClockIcon } from '@/ui/icons'
import { SectionSkeleton } from '@/ui/skeleton'

export const BALANCE_CARD_CLASS = 'min-h-64'

export function BalanceCard() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const words = program.points
  const pendingTotal = balance.pending.reduce((sum, batch) => sum + batch.points, 0)
  const isNew = balance.available === 0 && balance.lifetimeEarned === 0 && pendingTotal === 0

  return (
    <Card aria-labelledby="balance-heading" className={BALANCE_CARD_CLASS}>
      <h2 id="balance-heading" className="text-sm font-semibold text-ink-muted">
        Your balance
      </h2>
      <p className="mt-1 flex items-baseline gap-2" aria-live="polite" aria-atomic="true">
        <span className="text-5xl font-bold tracking-tight text-ink tabular-nums sm:text-6xl">
          {formatNumber(balance.available)}
        </span>
        <span className="text-lg font-medium text-ink-muted">
          {pointsWord(balance.available, words)}
          <span className="sr-only"> available</span>
        </span>
      </p>

      {isNew ? (
        <p className="mt-4 rounded-xl bg-brand-soft p-4 text-sm text-ink">
          Welcome! Earn your first {words.other}: {formatPoints(program.earnRate.points, words)} for
          every {formatMoney(program.earnRate.per)} you spend, and more as your tier grows.
        </p>
      ) : (
        <dl className="mt-5 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-ink-muted">Pending</dt>
            <dd className="mt-1">
              {balance.pending.length === 0 ? (
                <span className="font-semibold">None</span>
              ) : (
                <BatchList
                  batches={balance.pending.map((b) => ({ points: b.points, on: b.availableOn }))}
                  verb="usable from"
                  words={words}
                  asOf={balance.asOf}
                />
              )}
            </dd>
          </div>
          <div>
            <dt className="text-ink-muted">Lifetime earned</dt>
            <dd className="mt-1 font-semibold">{formatPoints(balance.lifetimeEarned, words)}</dd>
          </div>
        </dl>
      )}

      {balance.expiring.length > 0 && (
        <div className="mt-5 rounded-xl bg-warning-soft p-4 text-sm">
          <h3 className="flex items-center gap-2 font-semibold text-warning">
            <ClockIcon width={16} height={16} /> Expiring soon
          </h3>
          <BatchList
            className="mt-2"
            batches={balance.expiring.map((b) => ({ points: b.points, on: b.expiresOn }))}
            verb="expire on"
            words={words}
            asOf={balance.asOf}
          />
        </div>
      )}
    </Card>
  )
}

/** The three soonest batches by date, then the rest summed up, so the card stays short. */
function BatchList({
  batches,
  verb,
  words,
  asOf,
  className,
}: {
  batches: { points: number; on: string }[]
  verb: string
  words: PointsWording
  asOf: string
  className?: string
}) {
  const rest = batches.slice(3)
  const last = rest.at(-1)
  return (
    <ul className={cn('space-y-1 text-ink', className)}>
      {batches.slice(0, 3).map((batch) => (
        <li key={`${batch.on}-${batch.points}`}>
          <span className="font-semibold">{formatPoints(batch.points, words)}</span> {verb}{' '}
          {formatShortDate(batch.on, asOf)}
        </li>
      ))}
      {last && (
        <li className="text-ink-muted">
          plus{' '}
          {formatPoints(
            rest.reduce((sum, b) => sum + b.points, 0),
            words,
          )}{' '}
          by {formatShortDate(last.on, asOf)}
        </li>
      )}
    </ul>
  )
}

export const BalanceCardSkeleton = () => (
  <SectionSkeleton label="Your balance" className={BALANCE_CARD_CLASS} lines={2} />
)
