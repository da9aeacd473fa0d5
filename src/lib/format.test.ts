import { describe, expect, it } from 'vitest'
import {
  daysBetween,
  formatDaysFromNow,
  formatMoney,
  formatNumber,
  formatPoints,
  formatShortDate,
} from './format'

const points = { singular: 'point', plural: 'points' }

describe('formatting', () => {
  it('groups numbers for the locale', () => {
    expect(formatNumber(1234567, 'en-US')).toBe('1,234,567')
    expect(formatNumber(1234567, 'de-DE')).toBe('1.234.567')
  })

  it('uses the singular only for one point, in the program’s own words', () => {
    expect(formatPoints(1, points, 'en-US')).toBe('1 point')
    expect(formatPoints(0, points, 'en-US')).toBe('0 points')
    expect(formatPoints(10, points, 'en-US')).toBe('10 points')
    expect(formatPoints(2500, { singular: 'star', plural: 'stars' }, 'en-US')).toBe('2,500 stars')
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
