import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useLocation } from 'react-router'
import { Link } from '@/ui/link'
import { birthdayAttempts, BIRTHDAY_SLOT, setBirthdayCommand } from '@/api/birthday-command'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { earningRulesQuery } from '@/api/endpoints/get-earning-rules'
import { meQuery } from '@/api/endpoints/get-me'
import { daysInMonth, isBirthMonth } from '@/api/rules/birthday'
import type { EarningRule } from '@/api/schemas/earning'
import type { Member } from '@/api/schemas/member'
import { useCommand } from '@/api/use-command'
import { paths } from '@/config/paths'
import { formatMonthDay, formatMonthName, formatNumber } from '@/lib/format'
import { Button, buttonClasses } from '@/ui/button'
import { PointsActionButton } from '@/ui/points-action-button'
import { Card } from '@/ui/card'
import { CheckIcon, GiftIcon } from '@/ui/icons'

export const BIRTHDAY_ANCHOR = 'birthday'

const FIELD = 'mt-1 block min-h-11 w-full rounded-lg border border-line bg-surface px-3 text-ink'
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

type BirthdaySectionProps = {
  rule: EarningRule | undefined
  member: Member
  /** The server's time now: the birth month is counted by it. */
  now: string
}

/** The member's birthday as the program's birthday rule has it, from the answers already asked for. */
export function MemberBirthday() {
  const { data: rules } = useSuspenseQuery(earningRulesQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const rule = rules.rules.find((candidate) => candidate.kind === 'birthday')
  return <BirthdaySection rule={rule} member={member} now={balance.asOf} />
}

/**
 * The birthday gift: with no birthday on file, what the gift is and a form for the month and day
 * (no year), set once; with one on file, the date and the rule, and in the birth month the gift.
 */
export function BirthdaySection({ rule, member, now }: BirthdaySectionProps) {
  const { t } = useLingui()
  const [resume] = useState(() => birthdayAttempts.find(member.id, BIRTHDAY_SLOT))
  const command = useCommand(setBirthdayCommand, member.id, {
    slot: BIRTHDAY_SLOT,
    active: true,
    resume,
  })
  const birthday = command.result?.birthday ?? member.birthday
  // Arriving from a link to the birthday (a nudge): bring it into view and focus it.
  const { hash } = useLocation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (hash !== `#${BIRTHDAY_ANCHOR}`) return
    heading.current?.scrollIntoView?.({ block: 'start' })
    heading.current?.focus({ preventScroll: true })
  }, [hash])
  return (
    <Card id={BIRTHDAY_ANCHOR} aria-labelledby="birthday-heading" className="scroll-mt-24">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-tier-3-soft text-tier-3">
          <GiftIcon />
        </span>
        <div className="min-w-0 flex-1">
          <h2
            id="birthday-heading"
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold outline-none"
          >
            {rule?.title ?? t`Birthday gift`}
          </h2>
          {rule && <p className="mt-1 text-ink-muted">{rule.description}</p>}
        </div>
      </div>
      <div className="mt-4">
        {birthday ? (
          <BirthdayOnFile
            month={birthday.month}
            day={birthday.day}
            now={now}
            justSet={command.result !== undefined}
          />
        ) : (
          <BirthdayForm command={command} />
        )}
      </div>
    </Card>
  )
}

function BirthdayOnFile(props: { month: number; day: number; now: string; justSet: boolean }) {
  const date = formatMonthDay(props.month, props.day)
  const inBirthMonth = isBirthMonth(props, new Date(props.now))
  return (
    <div className="space-y-3">
      <p role={props.justSet ? 'status' : undefined} className="flex items-center gap-2">
        <CheckIcon className="shrink-0 text-brand-strong" />
        <span>
          {props.justSet ? (
            <Trans>
              Saved: your birthday is <strong>{date}</strong>.
            </Trans>
          ) : (
            <Trans>
              Your birthday: <strong>{date}</strong>
            </Trans>
          )}
        </span>
      </p>
      <p className="text-sm text-ink-muted">
        <Trans>
          A birthday can be set only once, so nobody can move it to get a second gift. If it’s
          wrong, member services can correct it.
        </Trans>
      </p>
      {inBirthMonth ? (
        <div className="rounded-xl bg-brand-soft p-3">
          <p className="font-semibold">
            <Trans>It’s your birthday month: your gift is here.</Trans>
          </p>
          <Link to={paths.wallet} className={`${buttonClasses('secondary', 'sm')} mt-2`}>
            <Trans>See your treat in the wallet</Trans>
          </Link>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">
          <Trans>The gift arrives on the first day of your birth month, every year.</Trans>
        </p>
      )}
    </div>
  )
}

type Command = ReturnType<
  typeof useCommand<{ month: number; day: number }, Member, 'conflict' | 'bad_request'>
>

function BirthdayForm({ command }: { command: Command }) {
  const { t } = useLingui()
  const [month, setMonth] = useState<number | null>(null)
  const [day, setDay] = useState<number | null>(null)
  const [confirming, setConfirming] = useState(false)
  const days = month === null ? 31 : daysInMonth(month)
  const chosen = month !== null && day !== null && day <= days
  const { failure } = command

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen) setConfirming(true)
  }

  if (command.pending) {
    return (
      <p role="status" aria-busy="true" className="text-ink-muted">
        {command.checking ? (
          <Trans>Checking whether your birthday was saved…</Trans>
        ) : (
          <Trans>Saving your birthday…</Trans>
        )}
      </p>
    )
  }
  if (command.unknown && command.attempt) {
    const date = formatMonthDay(command.attempt.month, command.attempt.day)
    return (
      <div role="alert" className="rounded-xl bg-warning-soft p-3 text-sm">
        <p className="font-semibold">
          <Trans>We couldn’t confirm your birthday was saved</Trans>
        </p>
        <p className="mt-1">
          <Trans>
            We didn’t get a clear answer about {date}. Check again to find out: it’s the same
            request.
          </Trans>
        </p>
        <PointsActionButton size="sm" className="mt-2" onClick={command.check}>
          <Trans>Check again</Trans>
        </PointsActionButton>
      </div>
    )
  }

  if (confirming && chosen) {
    const date = formatMonthDay(month, day)
    return (
      <div className="space-y-3">
        <p className="font-semibold">
          <Trans>Save {date} as your birthday?</Trans>
        </p>
        <p className="text-sm text-ink-muted">
          <Trans>You can set it only once. Please check it’s right.</Trans>
        </p>
        <div className="flex flex-wrap gap-3">
          <div>
            <PointsActionButton
              onClick={() => {
                setConfirming(false)
                command.confirm({ month, day })
              }}
            >
              <Trans>Save my birthday</Trans>
            </PointsActionButton>
          </div>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            <Trans>Change it</Trans>
          </Button>
        </div>
      </div>
    )
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="birthday-form-heading">
      <p id="birthday-form-heading" className="font-semibold">
        <Trans>Tell us your birthday to get the gift. We only ask for the month and day.</Trans>
      </p>
      {failure?.kind === 'refused' && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 text-sm">
          {failure.code === 'conflict' ? (
            <Trans>Your birthday was already on file.</Trans>
          ) : (
            <Trans>That date doesn’t exist. Pick another day.</Trans>
          )}
        </p>
      )}
      <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
        <div>
          <label htmlFor="birthday-month" className="block text-sm font-semibold">
            <Trans>Month</Trans>
          </label>
          <select
            id="birthday-month"
            className={FIELD}
            value={month ?? ''}
            required
            onChange={(event) => {
              const value = Number(event.target.value)
              setMonth(value || null)
              if (value && day !== null && day > daysInMonth(value)) setDay(null)
            }}
          >
            <option value="">{t`Choose`}</option>
            {MONTHS.map((value) => (
              <option key={value} value={value}>
                {formatMonthName(value)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="birthday-day" className="block text-sm font-semibold">
            <Trans>Day</Trans>
          </label>
          <select
            id="birthday-day"
            className={FIELD}
            value={day ?? ''}
            required
            onChange={(event) => setDay(Number(event.target.value) || null)}
          >
            <option value="">{t`Choose`}</option>
            {Array.from({ length: days }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {formatNumber(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="text-sm text-ink-muted">
        <Trans>
          It can be set only once. The gift arrives on the first day of your birth month; a birthday
          saved during its own month gets its first gift next year.
        </Trans>
      </p>
      <Button type="submit">
        <Trans>Continue</Trans>
      </Button>
    </form>
  )
}
