import { msg } from '@lingui/core/macro'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import { afterEach, describe, expect, it } from 'vitest'
import {
  daysBetween,
  formatDaysFromNow,
  formatMonthYear,
  formatMoney,
  formatNumber,
  formatPoints,
  formatShortDate,
  pointsWord,
  type PointsWording,
} from './format'
import { activateLocale } from './i18n/activate'
import { i18n } from './i18n/i18n'

const points = { one: 'point', other: 'points' }

afterEach(() => activateLocale('en'))

describe('formatting', () => {
  it('groups numbers for the locale', () => {
    expect(formatNumber(1234567, 'en-US')).toBe('1,234,567')
    expect(formatNumber(1234567, 'de-DE')).toBe('1.234.567')
  })

  it('uses the singular only for one point, in the program’s own words', () => {
    expect(formatPoints(1, points, 'en-US')).toBe('1 point')
    expect(formatPoints(0, points, 'en-US')).toBe('0 points')
    expect(formatPoints(10, points, 'en-US')).toBe('10 points')
    expect(formatPoints(2500, { one: 'star', other: 'stars' }, 'en-US')).toBe('2,500 stars')
  })

  it('shows money from minor units, without decimals when whole', () => {
    expect(formatMoney({ amount: 4000, currency: 'USD' }, 'en-US')).toBe('$40')
    expect(formatMoney({ amount: 1250, currency: 'USD' }, 'en-US')).toBe('$12.50')
    expect(formatMoney({ amount: 500, currency: 'JPY' }, 'en-US')).toBe('¥500')
    expect(formatMoney({ amount: 123456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€')
  })

  it('shows short dates for the locale, adding the year only when it differs', () => {
    expect(formatShortDate('2026-12-31T12:00:00Z', '2026-11-20T12:00:00Z', 'en-GB')).toBe('31 Dec')
    expect(formatShortDate('2026-12-31T12:00:00Z', '2026-11-20T12:00:00Z', 'en-US')).toBe('Dec 31')
    expect(formatShortDate('2027-01-03T12:00:00Z', '2026-11-20T12:00:00Z', 'en-US')).toBe(
      'Jan 3, 2027',
    )
  })

  it('counts whole calendar days between two moments', () => {
    expect(daysBetween('2026-11-20T23:00:00Z', '2026-11-21T01:00:00Z')).toBe(1)
    expect(daysBetween('2026-11-20T01:00:00Z', '2026-11-20T23:00:00Z')).toBe(0)
    expect(daysBetween('2026-11-20T12:00:00Z', '2026-11-13T12:00:00Z')).toBe(-7)
  })

  it('says relative days in words', () => {
    expect(formatDaysFromNow(0, 'en-US')).toBe('today')
    expect(formatDaysFromNow(1, 'en-US')).toBe('tomorrow')
    expect(formatDaysFromNow(5, 'en-US')).toBe('in 5 days')
  })
})

/** The points word as an API or the config gives it, per language. */
const wording: Record<'en' | 'es' | 'ar', PointsWording> = {
  en: { one: 'star', other: 'stars' },
  es: { one: 'estrella', many: 'estrellas', other: 'estrellas' },
  ar: { zero: 'نجمة', one: 'نجمة', two: 'نجمتان', few: 'نجوم', many: 'نجمة', other: 'نجمة' },
}

describe('the points word in every language', () => {
  const counts = [0, 1, 2, 3, 11, 100]

  it.each([
    ['en', ['0 stars', '1 star', '2 stars', '3 stars', '11 stars', '100 stars']],
    [
      'es',
      ['0 estrellas', '1 estrella', '2 estrellas', '3 estrellas', '11 estrellas', '100 estrellas'],
    ],
    // Arabic counts with six forms: zero, one, two, few (3-10), many (11-99), other (100...).
    ['ar', ['0 نجمة', '1 نجمة', '2 نجمتان', '3 نجوم', '11 نجمة', '100 نجمة']],
  ] as const)(
    '%s: picks the CLDR plural form for 0, 1, 2, 3, 11 and 100',
    async (locale, expected) => {
      await activateLocale(locale)
      expect(counts.map((n) => formatPoints(n, wording[locale], locale))).toEqual(expected)
    },
  )

  it('Spanish takes its “many” form for a million, Arabic digits where the locale uses them', () => {
    expect(
      formatPoints(1_000_000, { one: 'punto', many: 'de puntos', other: 'puntos' }, 'es'),
    ).toBe('1.000.000 de puntos')
    expect(formatPoints(3, wording.ar, 'ar-EG')).toBe('٣ نجوم')
  })

  it('reads `other` for a form the wording lacks', () => {
    expect(pointsWord(2, { one: 'نقطة', other: 'نقاط' }, 'ar')).toBe('نقاط')
    expect(pointsWord(1, { other: 'pts' }, 'en')).toBe('pts')
  })

  it('lets a translation put the word before the number', () => {
    // The catalog entry of formatPoints' message, reordered as a language might need.
    const { id } = msg({ message: '{count} {word}' })
    i18n.activate('xx', { [id]: compileMessage('{word} × {count}') })
    expect(formatPoints(3, wording.en, 'en')).toBe('stars × 3')
  })
})

describe('money and dates in each shipped language', () => {
  const money = { amount: 123456, currency: 'USD' }
  const whole = { amount: 4000, currency: 'EUR' }
  const date = '2026-12-31T12:00:00Z'
  const nextYear = '2027-01-03T12:00:00Z'
  const today = '2026-11-20T12:00:00Z'

  it('English', () => {
    expect(formatMoney(money, 'en')).toBe('$1,234.56')
    expect(formatMoney(whole, 'en')).toBe('€40')
    expect(formatShortDate(date, today, 'en')).toBe('Dec 31')
    expect(formatShortDate(nextYear, today, 'en')).toBe('Jan 3, 2027')
    expect(formatMonthYear('2024-03-10T12:00:00Z', 'en')).toBe('March 2024')
    expect(formatDaysFromNow(5, 'en')).toBe('in 5 days')
  })

  it('Spanish: the symbol after the amount, a decimal comma, no grouping under 10,000', () => {
    expect(formatMoney(money, 'es')).toBe('1234,56\u00a0US$')
    expect(formatMoney({ amount: 1234567, currency: 'EUR' }, 'es')).toBe('12.345,67\u00a0€')
    expect(formatMoney(whole, 'es')).toBe('40\u00a0€')
    expect(formatShortDate(date, today, 'es')).toBe('31 dic')
    expect(formatShortDate(nextYear, today, 'es')).toBe('3 ene 2027')
    expect(formatMonthYear('2024-03-10T12:00:00Z', 'es')).toBe('marzo de 2024')
    expect(formatDaysFromNow(1, 'es')).toBe('mañana')
  })

  it('Arabic: right-to-left marks, Arabic month names, digits as the locale says', () => {
    expect(formatMoney(money, 'ar')).toBe('\u200f1,234.56\u00a0US$')
    expect(formatMoney(money, 'ar-EG')).toBe('\u200f١٬٢٣٤٫٥٦\u00a0US$')
    expect(formatShortDate(date, today, 'ar')).toBe('31 ديسمبر')
    expect(formatShortDate(nextYear, today, 'ar-EG')).toBe('٣ يناير ٢٠٢٧')
    expect(formatMonthYear('2024-03-10T12:00:00Z', 'ar')).toBe('مارس 2024')
    expect(formatDaysFromNow(1, 'ar')).toBe('غدًا')
  })
})
