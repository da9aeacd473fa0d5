import { describe, expect, it } from 'vitest'
import { parseAmount } from './earn-logic'

describe('parseAmount', () => {
  it.each([
    ['40', 4000],
    ['12.5', 1250],
    ['12,50', 1250],
    [' 7 ', 700],
    // Typed on an Arabic or a Persian keyboard: the amounts a member there writes.
    ['٤٠', 4000],
    ['١٢٫٥٠', 1250],
    ['١٢,٥', 1250],
    ['۴۰', 4000],
  ])('%s is %i minor units', (text, minor) => {
    expect(parseAmount(text, 2)).toBe(minor)
  })

  it.each(['', 'forty', '0', '-3', '1.234', '12.5.0', '١٢٫٣٤٥'])('%s is not an amount', (text) => {
    expect(parseAmount(text, 2)).toBeNull()
  })

  it('a currency without decimals takes none', () => {
    expect(parseAmount('500', 0)).toBe(500)
    expect(parseAmount('500.5', 0)).toBeNull()
  })
})
