import { msg } from '@lingui/core/macro'
import { i18n } from './i18n/i18n'
import { currentLocale } from './locale'

// Building an Intl formatter costs far more than using one: keep one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const pluralRules = new Map<string, Intl.PluralRules>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

type Money = { amount: number; currency: string }

/**
 * What a program calls its points, in one language: a form per CLDR plural category
 * ("star"/"stars" in English; Arabic has up to six forms). `other` is always there; a
 * category the language uses but the wording lacks reads `other`.
 */
export type PointsWording = {
  zero?: string | undefined
  one?: string | undefined
  two?: string | undefined
  few?: string | undefined
  many?: string | undefined
  other: string
}

export function formatNumber(
  value: number,
  locale = currentLocale(),
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(locale, options).format(value)
}

/** A date (ISO string, epoch milliseconds or Date) with the locale's calendar and digits. */
export function formatDate(
  value: string | number | Date,
  locale = currentLocale(),
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) {
  return dateFormat(locale, options).format(new Date(value))
}

/** The CLDR plural category of `value` ("one", "few" ... Arabic has six). */
export function pluralCategory(value: number, locale = currentLocale(), ordinal = false) {
  const key = `${locale}|${String(ordinal)}`
  let rules = pluralRules.get(key)
  if (!rules) {
    rules = new Intl.PluralRules(locale, ordinal ? { type: 'ordinal' } : {})
    pluralRules.set(key, rules)
  }
  return rules.select(value)
}

/** The form of the points word that goes with `value` in `locale` ("star" for 1, "stars" for 2). */
export function pointsWord(value: number, wording: PointsWording, locale = currentLocale()) {
  const category = pluralCategory(value, locale) as keyof PointsWording
  return wording[category] ?? wording.other
}

const pointsAmount = msg({
  comment:
    'A number of points: "1,250 stars". {word} is the program’s word for its points, already in the form {count} needs; put it where your language does.',
  message: '{count} {word}',
})

/**
 * "1 point", "1,250 points", "٣ نقاط": the word comes from the program ("stars", "beans"...) in
 * the form the number needs, and a message puts number and word in the language's order.
 */
export function formatPoints(value: number, wording: PointsWording, locale = currentLocale()) {
  return i18n._(pointsAmount, {
    count: formatNumber(value, locale),
    word: pointsWord(value, wording, locale),
  })
}

/** "+120 points", "−150 points": the sign always shown, as a ledger reads. */
export function formatSignedPoints(
  value: number,
  wording: PointsWording,
  locale = currentLocale(),
) {
  return i18n._(pointsAmount, {
    count: formatNumber(value, locale, { signDisplay: 'exceptZero' }),
    word: pointsWord(Math.abs(value), wording, locale),
  })
}

/** Money arrives in minor units; whole amounts are shown without decimals ("$40", "$12.50"). */
export function formatMoney(money: Money, locale = currentLocale()): string {
  const digits =
    numberFormat(locale, { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  const major = money.amount / 10 ** digits
  const whole = Number.isInteger(major)
  return numberFormat(locale, {
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
  return dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date)
}

/** "March 2024" for member-since style dates. */
export function formatMonthYear(iso: string, locale = currentLocale()) {
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(iso))
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

/**
 * When kept data was true: the time alone today ("14:05"), with the date on other days
 * ("29 Nov, 14:05"), in the locale's own way.
 */
export function formatAsOf(at: number, now = Date.now(), locale = currentLocale()): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString()
  return dateFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(at))
}

/** "24 November", "November 24": a birthday, with no year (29 February included). */
export function formatMonthDay(month: number, day: number, locale = currentLocale()) {
  // A leap year, read in UTC, so every day a month can have shows as itself.
  return dateFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, day)),
  )
}

/** "January" ... "December": month `month` (1–12) by name. */
export function formatMonthName(month: number, locale = currentLocale()) {
  return dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  )
}
