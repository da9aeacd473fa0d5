import type { Program } from '@/api/schemas/program'
import { CALENDAR_DAY, calendarDay } from '@/lib/calendar'
import { formatDate, formatMoney, formatPoints } from '@/lib/format'

/** Money of the program's currency, in minor units, for the locale. */
export const moneyOf = (program: Program) => (amount: number) =>
  formatMoney({ amount, currency: program.currency })

/** "31 December": the calendar day an API timestamp names, `addDays` later. */
export const dayOf = (iso: string, addDays = 0) =>
  formatDate(calendarDay(iso, addDays), undefined, {
    ...CALENDAR_DAY,
    day: 'numeric',
    month: 'long',
  })

/** "1.25 points" for $1 at a tier's multiplier: the base earn rate, multiplied. */
export function pointsPerUnit(program: Program, multiplier: number) {
  return formatPoints(program.earnRate.points * multiplier, program.points)
}
