import { Trans, useLingui } from '@lingui/react/macro'
import { plural } from '@lingui/core/macro'
import type { Challenge } from '@/api/schemas/challenge'
import type { Program } from '@/api/schemas/program'
import { cn } from '@/lib/cn'
import { formatPoints, formatShortDate } from '@/lib/format'
import { CheckIcon, ClockIcon } from '@/ui/icons'
import { LockIcon } from '@/ui/page-icons'
import { Progress } from '@/ui/progress'
import { challengeState } from './challenge-state'

/** One challenge: what to do by when for how many points, and how far the member has got. */
export function ChallengeCard({
  challenge,
  program,
  now,
}: {
  challenge: Challenge
  program: Program
  now: string
}) {
  const { t } = useLingui()
  const state = challengeState(challenge, now)
  const points = formatPoints(challenge.rewardPoints, program.points)
  const headingId = `challenge-${challenge.id}`
  const title = challenge.title
  const target = challenge.goal.target
  const done = Math.min(challenge.progress, target)
  const lastDay = 'lastDay' in state ? formatShortDate(state.lastDay, now) : ''
  const daysLeft = 'daysLeft' in state ? state.daysLeft : 0
  const remaining = state.kind === 'active' || state.kind === 'locked' ? state.remaining : 0
  const made = state.kind === 'locked' ? state.purchasesMade : 0
  const needed = state.kind === 'locked' ? state.purchasesNeeded : 0
  const completedOn = state.kind === 'completed' ? formatShortDate(state.completedAt, now) : ''
  const goal =
    challenge.goal.kind === 'purchases'
      ? t`${plural(target, { one: 'Make # purchase', other: 'Make # purchases' })} by ${lastDay} and get ${points}.`
      : t`${plural(target, { one: 'Write # review', other: 'Write # reviews' })} by ${lastDay} and get ${points}.`

  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        'rounded-card border border-line bg-surface p-5',
        state.kind === 'locked' && 'border-dashed',
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {challenge.title}
        </h3>
        <span className="rounded-full bg-brand-soft px-3 py-1 text-sm font-bold text-brand-strong">
          +{points}
        </span>
      </div>
      {(state.kind === 'active' || state.kind === 'locked') && <p className="mt-1">{goal}</p>}

      {state.kind === 'active' && (
        <>
          <Progress
            className="mt-4"
            value={done}
            max={target}
            label={challenge.title}
            valueText={t`${done} of ${target} done`}
          />
          <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-sm">
            <span className="font-semibold">
              {challenge.goal.kind === 'purchases'
                ? t`${plural(remaining, {
                    one: `${done} of ${target} done: # more purchase to go`,
                    other: `${done} of ${target} done: # more purchases to go`,
                  })}`
                : t`${plural(remaining, {
                    one: `${done} of ${target} done: # more review to go`,
                    other: `${done} of ${target} done: # more reviews to go`,
                  })}`}
            </span>
            <span className="inline-flex items-center gap-1 text-ink-muted">
              <ClockIcon width={16} height={16} />
              {t`${plural(daysLeft, { 0: 'Last day today', one: '# day left', other: '# days left' })}`}
            </span>
          </p>
        </>
      )}

      {state.kind === 'locked' && (
        <>
          <p className="mt-3 flex items-start gap-2 text-sm font-semibold">
            <LockIcon width={16} height={16} className="mt-0.5 shrink-0" />
            {t`${plural(remaining, { one: 'Locked: make # more purchase to unlock it.', other: 'Locked: make # more purchases to unlock it.' })}`}
          </p>
          <Progress
            className="mt-3"
            value={made}
            max={needed}
            label={t`Purchases to unlock ${title}`}
            valueText={t`${made} of ${needed} purchases`}
          />
          <p className="mt-2 text-sm text-ink-muted">
            <Trans>Only purchases made after it unlocks count towards it.</Trans>
          </p>
        </>
      )}

      {state.kind === 'completed' && (
        <p className="mt-2 flex items-center gap-2 text-sm">
          <CheckIcon width={16} height={16} className="shrink-0 text-brand-strong" />
          <Trans>
            Completed on {completedOn}: {points} added to your balance.
          </Trans>
        </p>
      )}

      {state.kind === 'expired' && (
        <p className="mt-2 text-sm text-ink-muted">
          <Trans>
            Ended on {lastDay} with {done} of {target} done.
          </Trans>
        </p>
      )}
    </article>
  )
}
