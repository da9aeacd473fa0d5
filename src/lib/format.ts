import { currentLocale } from './locale'

type Money = { amount: number; currency: string }
type PointsWording = { singular: string; plural: string }

export function formatNumber(value: number, locale = currentLocale()): string {
  return new Intl.NumberFormat(locale).format(value)
}

/** "1 point", "1,250 points": the wording comes from the program ("stars", "beans"...). */
export function formatPoints(value: number, wording: PointsWording, locale = currentLocale()) {
  const rule = new Intl.PluralRules(locale).select(value)
  return `${formatNumber(value, locale)} ${rule === 'one' ? wording.singular : wording.plural}`
}

/** Money arrives in minor units; whole amounts are shown without decimals ("$40", "$12.50"). */
export function formatMoney(money: Money, locale = currentLocale()): string {
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  const major = money.amount / 10 ** digits
  const whole = Number.isInteger(major)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major)
}

/** "31 Dec" style short date; the year is added when it differs from `relativeTo`'s. */
export function formatShortDate(iso: string, relativeTo?: string, locale = currentLocale()) {
  const date = new Date(iso)
  const sameYear =
    relativeTo === undefined || new Date(relativeTo).getFullYear() === date.getFullYear()
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date)
}

/** "March 2024" for member-since style dates. */
export function formatMonthYear(iso: string, locale = currentLocale()) {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(iso))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const start = new Date(from)
  const end = new Date(to)
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  return Math.round((utc(end) - utc(start)) / 86_400_000)
}

/** "today", "tomorrow", "in 5 days". */
export function formatDaysFromNow(days: number, locale = currentLocale()): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day')
}
