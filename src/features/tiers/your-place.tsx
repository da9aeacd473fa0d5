import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { cn } from '@/lib/cn'
import { Card } from '@/ui/card'
import { Progress } from '@/ui/progress'
import { tierTone } from '@/ui/tier-tone'
import { tierPlace } from './tier-comparison'
import { dayOf, moneyOf } from './tier-words'

/** Where the member stands this year, what it takes to move up or keep their tier, and what follows. */
export function YourPlace() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: progress } = useSuspenseQuery(tierProgressQuery())
  const place = tierPlace(program, progress)
  const money = moneyOf(program)
  const tier = place.current.name
  const spent = money(place.spent)
  const by = dayOf(place.periodEnd)
  const graceDays = program.qualification.gracePeriodDays

  return (
    <Card aria-labelledby="place-heading" className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="place-heading" className="text-lg font-semibold">
          <Trans>Your place</Trans>
        </h2>
        <span
          className={cn(
            'rounded-full px-3 py-1 text-sm font-bold',
            tierTone(place.current.rank).badge,
          )}
        >
          {tier}
        </span>
      </div>
      <p className="mt-3 text-lg font-semibold">
        <Trans>
          You’re {tier}, with {spent} of qualifying spend this year.
        </Trans>
      </p>

      {place.next ? (
        <NextTier
          reach={place.next.name}
          amount={money(place.toNext ?? 0)}
          by={by}
          spent={place.spent}
          threshold={place.next.threshold.amount}
          rank={place.next.rank}
          label={money(place.spent)}
          total={money(place.next.threshold.amount)}
        />
      ) : (
        <p className="mt-2">
          <Trans>You’re at our highest tier.</Trans>
        </p>
      )}

      <p className="mt-3 text-ink-muted">
        {place.entry ? (
          <Trans>{tier} is yours whatever you spend.</Trans>
        ) : place.grace ? (
          <GraceWords
            tier={tier}
            until={dayOf(place.grace.endsAt)}
            amount={money(place.toKeep)}
            after={place.grace.after.name}
          />
        ) : place.kept ? (
          <Trans>You’ve already kept {tier} for next year.</Trans>
        ) : (
          <KeepWords
            tier={tier}
            amount={money(place.toKeep)}
            by={by}
            after={place.nextPeriod.name}
            movesDown={place.nextPeriod.rank < place.current.rank}
            graceUntil={graceDays > 0 ? dayOf(place.periodEnd, graceDays) : null}
            resetsOn={dayOf(place.periodEnd, 1)}
          />
        )}
      </p>
    </Card>
  )
}

function NextTier(props: {
  reach: string
  amount: string
  by: string
  spent: number
  threshold: number
  rank: number
  label: string
  total: string
}) {
  const { t } = useLingui()
  const { reach, amount, by, label, total } = props
  return (
    <>
      <p className="mt-2">
        <Trans>
          Spend {amount} more by {by} to reach {reach}.
        </Trans>
      </p>
      <Progress
        className="mt-3"
        barClassName={tierTone(props.rank).bar}
        value={props.spent}
        max={props.threshold}
        label={t`Progress to ${reach}`}
        valueText={t`${label} of ${total} spent`}
      />
    </>
  )
}

function GraceWords(props: { tier: string; until: string; amount: string; after: string }) {
  const { tier, until, amount, after } = props
  return (
    <Trans>
      You’re keeping {tier} until {until} while you requalify: spend {amount} by then to keep it for
      the year. Otherwise you move to {after}.
    </Trans>
  )
}

function KeepWords(props: {
  tier: string
  amount: string
  by: string
  after: string
  movesDown: boolean
  graceUntil: string | null
  resetsOn: string
}) {
  const { tier, amount, by, after, graceUntil, resetsOn } = props
  return (
    <>
      <Trans>
        Spend {amount} more by {by} to keep {tier} next year.
      </Trans>{' '}
      {props.movesDown &&
        (graceUntil ? (
          <Trans>
            Otherwise you keep {tier} until {graceUntil}, then move to {after}.
          </Trans>
        ) : (
          <Trans>
            Otherwise you move to {after} on {resetsOn}.
          </Trans>
        ))}
    </>
  )
}
