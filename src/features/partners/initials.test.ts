import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it.each([
    ['Coastline Cycles', 'CC'],
    ['Maple & Thyme Kitchen', 'MT'],
    ['northwind', 'N'],
    ['"Lumen" Cinema', 'LC'],
    ['مكتبة الشمال', 'ما'],
    ['  ', ''],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})
