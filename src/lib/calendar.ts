/**
 * The calendar date an ISO timestamp names, as written (in the API's own offset, whatever the
 * device's time zone), `addDays` later, as a UTC noon: format it with `timeZone: 'UTC'`.
 */
export function calendarDay(iso: string, addDays = 0): Date {
  const [year = 1970, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + addDays, 12))
}

/** The calendar year containing `now`, its first and last days as UTC noons. */
export function calendarYear(now: Date): { start: Date; end: Date } {
  const year = now.getUTCFullYear()
  return { start: new Date(Date.UTC(year, 0, 1, 12)), end: new Date(Date.UTC(year, 11, 31, 12)) }
}

/** Options that format a calendarDay() as the day it names. */
export const CALENDAR_DAY = { timeZone: 'UTC' } as const
