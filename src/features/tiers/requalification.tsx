import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { programQuery } from '@/api/endpoints/get-program'
import { CALENDAR_DAY, calendarYear } from '@/lib/calendar'
import { formatDate } from '@/lib/format'
import { Card } from '@/ui/card'

/** When the qualification year resets and what happens to a tier then, from the program's rules. */
export function Requalification() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { gracePeriodDays, moveDown } = program.qualification
  const year = calendarYear(new Date())
  const day = (date: Date) =>
    formatDate(date, undefined, { ...CALENDAR_DAY, day: 'numeric', month: 'long' })
  const resetsOn = day(year.start)
  const yearEnd = day(year.end)
  const graceUntil = day(new Date(year.end.getTime() + gracePeriodDays * 86_400_000))
  const days = gracePeriodDays

  return (
    <Card aria-labelledby="reset-heading" className="mt-8">
      <h2 id="reset-heading" className="text-xl font-bold">
        <Trans>When the year resets</Trans>
      </h2>
      <ul className="mt-3 list-disc space-y-2 ps-5">
        <li>
          <Trans>Every year on {resetsOn}, your qualifying spend starts again from zero.</Trans>
        </li>
        <li>
          <Trans>
            A tier you reach is yours straight away, and stays yours until the end of the next year.
          </Trans>
        </li>
        <li>
          <Trans>Spend a tier’s amount again by {yearEnd} and you keep it for another year.</Trans>
        </li>
        <li>
          {gracePeriodDays > 0 ? (
            t`${plural(days, {
              one: `If you don’t, you keep your tier for # more day, until ${graceUntil}. What you spend then counts towards the new year, so you can still keep it.`,
              other: `If you don’t, you keep your tier for # more days, until ${graceUntil}. What you spend then counts towards the new year, so you can still keep it.`,
            })}`
          ) : moveDown === 'one_tier' ? (
            <Trans>
              If you don’t, you move down one tier on {resetsOn}, never below the tier your spend
              reached.
            </Trans>
          ) : (
            <Trans>If you don’t, you move to the tier your spend reached on {resetsOn}.</Trans>
          )}
        </li>
        {gracePeriodDays > 0 && (
          <li>
            {moveDown === 'one_tier' ? (
              <Trans>
                After that, you move down one tier, never below the tier your spend reached.
              </Trans>
            ) : (
              <Trans>After that, you move to the tier your spend reached.</Trans>
            )}
          </li>
        )}
      </ul>
    </Card>
  )
}
