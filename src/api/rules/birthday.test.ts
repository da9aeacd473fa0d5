import { describe, expect, it } from 'vitest'
import { daysInMonth, giftPeriod, isBirthMonth, isMonthDay } from './birthday'

describe('birthday rules', () => {
  it('knows the days of each month, 29 February included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(daysInMonth)).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(isMonthDay(2, 29)).toBe(true)
    expect(isMonthDay(2, 30)).toBe(false)
    expect(isMonthDay(4, 31)).toBe(false)
    expect(isMonthDay(12, 31)).toBe(true)
    expect(isMonthDay(0, 1)).toBe(false)
    expect(isMonthDay(13, 1)).toBe(false)
    expect(isMonthDay(5, 0)).toBe(false)
    expect(isMonthDay(5, 1.5)).toBe(false)
  })

  it('gives the gift for the whole birth month (UTC)', () => {
    expect(giftPeriod({ month: 2, day: 29 }, new Date('2027-06-10T00:00:00Z'))).toEqual({
      start: new Date('2027-02-01T00:00:00Z'),
      end: new Date('2027-02-28T23:59:59Z'),
    })
    expect(giftPeriod({ month: 12, day: 3 }, new Date('2026-12-10T00:00:00Z')).end).toEqual(
      new Date('2026-12-31T23:59:59Z'),
    )
    expect(isBirthMonth({ month: 11, day: 30 }, new Date('2026-11-01T00:00:00Z'))).toBe(true)
    expect(isBirthMonth({ month: 11, day: 30 }, new Date('2026-10-31T23:59:59Z'))).toBe(false)
  })
})
