const DAY_MS = 24 * 60 * 60 * 1000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 60 * 60 * 1000)
}

/** Same moment n years later (UTC); 29 Feb rolls over to 1 Mar. */
export function addYears(date: Date, years: number): Date {
  const next = new Date(date.getTime())
  next.setUTCFullYear(next.getUTCFullYear() + years)
  return next
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

/** Last second of the UTC day, the moment an offer "valid until 3 Dec" ends. */
export function endOfUtcDay(date: Date): Date {
  return new Date(startOfUtcDay(date).getTime() + DAY_MS - 1000)
}

/** The calendar year (UTC) that contains the date: tiers qualify per calendar year. */
export function calendarYearOf(date: Date): { start: Date; end: Date } {
  const year = date.getUTCFullYear()
  return {
    start: new Date(Date.UTC(year, 0, 1)),
    end: new Date(Date.UTC(year, 11, 31, 23, 59, 59)),
  }
}

/** ISO 8601 timestamp with offset, always UTC and without milliseconds. */
export function toTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** ISO 8601 calendar date (UTC). */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function isSameUtcDay(a: Date, b: Date): boolean {
  return toCalendarDate(a) === toCalendarDate(b)
}
