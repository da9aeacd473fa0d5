import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import type { Program } from '@/api/schemas/program'
import { restoredAt } from '@/api/persisted-queries'
import { cn } from '@/lib/cn'
import { formatMoney, formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { AsOf } from '@/ui/as-of'
import { Card } from '@/ui/card'
import { ClockIcon } from '@/ui/icons'
import { SectionSkeleton } from '@/ui/skeleton'

export const BALANCE_CARD_CLASS = 'min-h-64'

export function BalanceCard() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: balance, dataUpdatedAt } = useSuspenseQuery(balanceQuery())
  // Kept on this device from the last visit, and not confirmed by the API yet.
  const keptAt = restoredAt(balanceQuery().queryKey, dataUpdatedAt)
  const words = program.points
  const pendingTotal = balance.pending.reduce((sum, batch) => sum + batch.points, 0)
  const isNew = balance.available === 0 && balance.lifetimeEarned === 0 && pendingTotal === 0

  // The first points a new member earns, and for what spend.
  const earn = formatPoints(program.earnRate.points, words)
  const spend = formatMoney(program.earnRate.per)
  const pointsWord = words.other
  const amount = <Amount points={balance.available} words={words} />

  return (
    <Card aria-labelledby="balance-heading" className={BALANCE_CARD_CLASS}>
      <h2 id="balance-heading" className="text-sm font-semibold text-ink-muted">
        <Trans>Your balance</Trans>
      </h2>
      <p
        className="mt-1 flex flex-wrap items-baseline gap-x-2"
        aria-live="polite"
        aria-atomic="true"
      >
        <Trans>
          <span className="sr-only">Available: </span>
          {amount}
        </Trans>
      </p>
      <AsOf at={keptAt} className="mt-1" />

      {isNew ? (
        <p className="mt-4 rounded-xl bg-brand-soft p-4 text-sm text-ink">
          <Trans>
            Welcome! Earn your first {pointsWord}: {earn} for every {spend} you spend, and more as
            your tier grows.
          </Trans>
        </p>
      ) : (
        <dl className="mt-5 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-ink-muted">
              <Trans>Pending</Trans>
            </dt>
            <dd className="mt-1">
              {balance.pending.length === 0 ? (
                <span className="font-semibold">
                  <Trans>None</Trans>
                </span>
              ) : (
                <BatchList
                  batches={balance.pending.map((b) => ({ points: b.points, on: b.availableOn }))}
                  kind="pending"
                  words={words}
                  asOf={balance.asOf}
                />
              )}
            </dd>
          </div>
          <div>
            <dt className="text-ink-muted">
              <Trans>Lifetime earned</Trans>
            </dt>
            <dd className="mt-1 font-semibold">{formatPoints(balance.lifetimeEarned, words)}</dd>
          </div>
        </dl>
      )}

      {balance.expiring.length > 0 && (
        <div className="mt-5 rounded-xl bg-warning-soft p-4 text-sm">
          <h3 className="flex items-center gap-2 font-semibold text-warning">
            <ClockIcon width={16} height={16} /> <Trans>Expiring soon</Trans>
          </h3>
          <BatchList
            className="mt-2"
            batches={balance.expiring.map((b) => ({ points: b.points, on: b.expiresOn }))}
            kind="expiring"
            words={words}
            asOf={balance.asOf}
          />
        </div>
      )}
    </Card>
  )
}

type Words = Program['points']

/**
 * The balance as the program words it ("1,081 points"), its number set large. The words and
 * their order come whole from the points formatter; only the number is picked out to style.
 */
function Amount({ points, words }: { points: number; words: Words }) {
  const text = formatPoints(points, words)
  const number = formatNumber(points)
  const at = text.indexOf(number)
  const before = at < 0 ? '' : text.slice(0, at).trim()
  const after = at < 0 ? text : text.slice(at + number.length).trim()
  const word = 'text-lg font-medium text-ink-muted'
  // The spaces keep the words apart for screen readers; the flex gap spaces them on screen.
  return (
    <>
      {before && <span className={word}>{before}</span>}{' '}
      {at >= 0 && (
        <span className="text-5xl font-bold tracking-tight whitespace-nowrap text-ink tabular-nums sm:text-6xl">
          {number}
        </span>
      )}{' '}
      {after && <span className={word}>{after}</span>}
    </>
  )
}

/** The three soonest batches by date, then the rest summed up, so the card stays short. */
function BatchList({
  batches,
  kind,
  words,
  asOf,
  className,
}: {
  batches: { points: number; on: string }[]
  kind: 'pending' | 'expiring'
  words: Words
  asOf: string
  className?: string
}) {
  const rest = batches.slice(3)
  const last = rest.at(-1)
  const restPoints = formatPoints(
    rest.reduce((sum, b) => sum + b.points, 0),
    words,
  )
  const lastDate = last ? formatShortDate(last.on, asOf) : ''
  return (
    <ul className={cn('space-y-1 text-ink', className)}>
      {batches.slice(0, 3).map((batch) => {
        const count = batch.points
        const points = formatPoints(count, words)
        const date = formatShortDate(batch.on, asOf)
        // The count picks the verb's form ("1 point expires", "40 points expire").
        return (
          <li key={`${batch.on}-${batch.points}`}>
            {kind === 'pending' ? (
              <Plural
                value={count}
                one={
                  <Trans>
                    <span className="font-semibold">{points}</span> usable from {date}
                  </Trans>
                }
                other={
                  <Trans>
                    <span className="font-semibold">{points}</span> usable from {date}
                  </Trans>
                }
              />
            ) : (
              <Plural
                value={count}
                one={
                  <Trans>
                    <span className="font-semibold">{points}</span> expires on {date}
                  </Trans>
                }
                other={
                  <Trans>
                    <span className="font-semibold">{points}</span> expire on {date}
                  </Trans>
                }
              />
            )}
          </li>
        )
      })}
      {last && (
        <li className="text-ink-muted">
          <Trans>
            plus {restPoints} by {lastDate}
          </Trans>
        </li>
      )}
    </ul>
  )
}

export function BalanceCardSkeleton() {
  const { t } = useLingui()
  return <SectionSkeleton label={t`Your balance`} className={BALANCE_CARD_CLASS} lines={2} />
}
