import type { MonthDay } from '../schemas/member'

/**
 * The birthday rules, shared by the portal (what it asks and when it shows the gift) and the
 * mock API (when it gives the gift): a member tells the month and day once; the gift comes on
 * the first day of that month each year (UTC) and lasts the month, for a birthday on file
 * before the month began.
 */

/** Days a month can have: February counts 29, since 29 February is somebody's birthday. */
export function daysInMonth(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether `month` (1–12) and `day` make a date that exists in some year. */
export const isMonthDay = (month: number, day: number) =>
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(month)

/** The birth month's gift period in the year of `at` (UTC): from its first to its last second. */
export function giftPeriod(birthday: MonthDay, at: Date): { start: Date; end: Date } {
  const year = at.getUTCFullYear()
  return {
    start: new Date(Date.UTC(year, birthday.month - 1, 1)),
    end: new Date(Date.UTC(year, birthday.month, 1) - 1000),
  }
}

/** Whether `at` falls in the member's birth month (UTC, as the API counts it). */
export const isBirthMonth = (birthday: MonthDay, at: Date) =>
  at.getUTCMonth() + 1 === birthday.month
