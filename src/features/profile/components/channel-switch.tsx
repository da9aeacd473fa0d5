import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { preferenceAttempts, setPreferenceCommand } from '@/api/preference-command'
import type { Channel, ChannelPreference } from '@/api/schemas/account'
import { useCommand } from '@/api/use-command'
import { formatPoints, formatShortDate, type PointsWording } from '@/lib/format'
import { usePointsActionsPaused } from '@/lib/points-actions'
import { cn } from '@/lib/cn'
import { PointsActionButton } from '@/ui/points-action-button'

const CHANNEL_NAMES = {
  email: msg`E-mail`,
  sms: msg`Text messages (SMS)`,
  push: msg`Push notifications`,
} as const satisfies Record<Channel, unknown>

type ChannelSwitchProps = {
  preference: ChannelPreference
  memberId: string
  points: PointsWording
  /** The server's time now, for dates relative to it. */
  now: string
}

/**
 * One channel's opt-in as a switch. A change is an idempotent command (the first opt-in earns
 * points): pending, then the outcome announced; an answer lost on the way is checked with the
 * same key, and the switch waits for it rather than offering a new change.
 */
export function ChannelSwitch({ preference, memberId, points, now }: ChannelSwitchProps) {
  const { t, i18n } = useLingui()
  const { channel } = preference
  const [resume] = useState(() => preferenceAttempts.find(memberId, channel))
  const command = useCommand(setPreferenceCommand, memberId, {
    slot: channel,
    active: true,
    resume,
  })
  const paused = usePointsActionsPaused()
  const { result, failure } = command
  const after = result?.preferences.channels.find((item) => item.channel === channel)
  const on = after?.optedIn ?? preference.optedIn
  const earnedAt = after ? after.pointsEarnedAt : preference.pointsEarnedAt
  const offered = after ? after.optInPoints : preference.optInPoints
  const name = i18n._(CHANNEL_NAMES[channel])
  const labelId = `channel-${channel}-label`
  const noteId = `channel-${channel}-note`
  const { unknown } = command
  const blocked = command.pending || unknown || paused !== null

  const offeredPoints = formatPoints(offered, points)
  const earnedOn = earnedAt ? formatShortDate(earnedAt, now) : null

  let announcement = null
  if (command.pending) {
    announcement = command.checking ? (
      <Trans>Checking whether your change was saved… Nothing will be added twice.</Trans>
    ) : (
      <Trans>Saving…</Trans>
    )
  } else if (result) {
    const added = result.pointsCredited ? formatPoints(result.pointsCredited, points) : null
    announcement = on ? (
      added ? (
        <Trans>
          {name} is on: {added} added to your balance.
        </Trans>
      ) : (
        <Trans>{name} is on.</Trans>
      )
    ) : (
      <Trans>{name} is off.</Trans>
    )
  } else if (failure?.kind === 'refused') {
    announcement = <Trans>The rewards service didn’t accept this change. Nothing changed.</Trans>
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p id={labelId} className="font-semibold">
            {name}
          </p>
          <p id={noteId} className="text-sm text-ink-muted">
            {offered > 0 ? (
              <Trans>Earns {offeredPoints} the first time you turn it on.</Trans>
            ) : earnedOn ? (
              <Trans>Its points were added on {earnedOn}.</Trans>
            ) : null}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={labelId}
          aria-describedby={noteId}
          disabled={blocked}
          onClick={() => command.confirm({ channel, optedIn: !on })}
          className={cn(
            'relative inline-flex h-8 w-14 shrink-0 items-center rounded-full border-2 transition-colors disabled:opacity-60',
            on ? 'border-brand bg-brand' : 'border-ink-muted bg-surface-muted',
          )}
        >
          <span className="sr-only">{on ? t`On` : t`Off`}</span>
          <span
            aria-hidden="true"
            className={cn(
              'inline-block size-6 rounded-full bg-surface shadow ring-1 ring-line transition-transform motion-reduce:transition-none',
              on ? 'translate-x-6 rtl:-translate-x-6' : 'translate-x-0.5 rtl:-translate-x-0.5',
            )}
          />
        </button>
      </div>
      <p role="status" className={announcement ? 'text-sm text-ink' : 'sr-only'}>
        {announcement}
      </p>
      {paused && <p className="text-sm text-ink-muted">{i18n._(paused)}</p>}
      {unknown && (
        <div role="alert" className="rounded-xl bg-warning-soft p-3 text-sm">
          <p className="font-semibold">
            <Trans>We couldn’t confirm your change yet</Trans>
          </p>
          <p className="mt-1">
            <Trans>
              We didn’t get a clear answer. Check again to find out: it’s the same request, so any
              points are added only once.
            </Trans>
          </p>
          <PointsActionButton size="sm" className="mt-2" onClick={command.check}>
            <Trans>Check again</Trans>
          </PointsActionButton>
        </div>
      )}
    </div>
  )
}
