import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { actionAttempts, completeActionCommand } from '@/api/earning-actions'
import type { EarningAction, EarningRule, RuleProgress } from '@/api/schemas/earning'
import type { Program } from '@/api/schemas/program'
import { ProblemExtensions } from '@/api/schemas/problem-extensions'
import { useCommand } from '@/api/use-command'
import { formatPoints, formatShortDate } from '@/lib/format'
import { PointsActionButton } from '@/ui/points-action-button'
import { CheckIcon } from '@/ui/icons'
import { actionButtonLabels, actionLinkLabels } from '../earn-logic'

type ActionCardProps = {
  rule: EarningRule
  action: EarningAction
  progress: RuleProgress | undefined
  program: Program
  memberId: string
  /** The server's time now, for dates relative to it. */
  now: string
}

/**
 * One action the portal completes (subscribe, connect the app, follow an account): its points,
 * whether it is done, and a button that completes it once. The points are credited at once and
 * shown; an answer lost on the way is checked with the same key, never sent as a new request.
 */
export function ActionCard({ rule, action, progress, program, memberId, now }: ActionCardProps) {
  const { t, i18n } = useLingui()
  // An attempt left unconfirmed (a reload, the last sign-out) is checked as the page opens.
  const [resume] = useState(() => actionAttempts.find(memberId, action.id))
  const command = useCommand(completeActionCommand, memberId, {
    slot: action.id,
    active: true,
    resume,
  })
  const points = formatPoints(rule.points ?? 0, program.points)
  const title = rule.title
  const headingId = `action-${action.id}`
  const done = progress?.status === 'done'
  const { result, failure } = command

  let state
  if (result) {
    const added = formatPoints(result.points, program.points)
    const balance = result.balance && formatPoints(result.balance.available, program.points)
    state = (
      <p role="status" className="flex items-start gap-2 font-semibold text-brand-strong">
        <CheckIcon className="mt-0.5 shrink-0" />
        <span>
          {balance ? (
            <Trans>
              Done: {added} added. Your balance is now {balance}.
            </Trans>
          ) : (
            <Trans>Done: {added} added to your balance.</Trans>
          )}
        </span>
      </p>
    )
  } else if (command.pending) {
    state = (
      <p role="status" aria-busy="true" className="text-ink-muted">
        {command.checking ? (
          <Trans>Checking whether it went through… Nothing will be added twice.</Trans>
        ) : (
          <Trans>Adding your points…</Trans>
        )}
      </p>
    )
  } else if (failure?.kind === 'refused') {
    const { completedAt } = ProblemExtensions.safeParse(failure.problem).data ?? {}
    const when = completedAt ? formatShortDate(completedAt, now) : null
    state = (
      <p role="status" className="text-ink-muted">
        {failure.code === 'already_completed' ? (
          when ? (
            <Trans>You did this already, on {when}: its points were added then.</Trans>
          ) : (
            <Trans>You did this already: its points were added then.</Trans>
          )
        ) : failure.code === 'not_found' ? (
          <Trans>This isn’t offered any more. Nothing was added.</Trans>
        ) : (
          <Trans>The rewards service didn’t accept this. Nothing was added.</Trans>
        )}
      </p>
    )
  } else if (failure) {
    state = (
      <div role="alert" className="rounded-xl bg-warning-soft p-3 text-sm">
        <p className="font-semibold">
          <Trans>We couldn’t confirm it yet</Trans>
        </p>
        <p className="mt-1">
          <Trans>
            We didn’t get a clear answer. Check again to find out: it’s the same request, so your
            points will be added only once.
          </Trans>
        </p>
        <PointsActionButton size="sm" className="mt-2" onClick={command.check}>
          <Trans>Check again</Trans>
        </PointsActionButton>
      </div>
    )
  } else if (done) {
    const when = progress?.lastEarnedAt ? formatShortDate(progress.lastEarnedAt, now) : null
    state = (
      <p className="flex items-center gap-2 text-sm font-semibold text-brand-strong">
        <CheckIcon className="shrink-0" />
        {when ? <Trans>Done on {when}</Trans> : <Trans>Done</Trans>}
      </p>
    )
  } else {
    state = (
      <div>
        <PointsActionButton
          onClick={() => command.confirm({ actionId: action.id, ruleId: rule.id })}
          aria-describedby={headingId}
        >
          {i18n._(actionButtonLabels[action.kind])}
        </PointsActionButton>
      </div>
    )
  }

  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col gap-3 rounded-card border border-line bg-surface p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {title}
        </h3>
        <span className="rounded-full bg-brand-soft px-2.5 py-0.5 text-sm font-semibold text-brand-strong">
          <Trans>+{points}</Trans>
        </span>
      </div>
      <p className="text-sm text-ink-muted">{rule.description}</p>
      <div className="mt-auto flex flex-wrap items-center gap-3">
        {state}
        {action.url && (
          <a
            href={action.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-sm font-semibold text-brand underline underline-offset-4"
          >
            {i18n._(actionLinkLabels[action.kind])}
            <span className="sr-only">{t`(opens in a new tab)`}</span>
          </a>
        )}
      </div>
    </article>
  )
}
