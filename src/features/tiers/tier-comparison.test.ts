import { describe, expect, it } from 'vitest'
import type { Tier, TierBenefit } from '@/api/schemas/program'
import { tiersByRank } from '@/api/tiers'
import { calendarDay } from '@/lib/calendar'
import { aProgram, aTierProgress } from '../../../test/fixtures'
import { benefitRows, tierPlace, tierStatus } from './tier-comparison'

const usd = (amount: number) => ({ amount, currency: 'USD' })

describe('benefitRows', () => {
  it('one row per benefit across the tiers, entry tier first, a richer form where the title differs', () => {
    const gift = { id: 'gift', title: 'Birthday gift', description: '' }
    const tier = (id: string, rank: number, benefits: TierBenefit[]): Tier => ({
      id,
      name: id,
      rank,
      threshold: usd(rank * 10_000),
      multiplier: 1,
      benefits,
    })
    const tiers = [
      tier('bronze', 1, [gift]),
      tier('silver', 2, [gift, { id: 'ship', title: 'Free standard shipping', description: '' }]),
      tier('gold', 3, [
        gift,
        { id: 'ship', title: 'Free express shipping', description: 'Faster' },
        { id: 'events', title: 'Private events', description: '' },
      ]),
    ]

    const rows = benefitRows(tiers)
    expect(rows.map((row) => row.benefit.title)).toEqual([
      'Birthday gift',
      'Free standard shipping',
      'Private events',
    ])
    expect(rows[0]?.cells.map((cell) => cell.kind)).toEqual(['included', 'included', 'included'])
    expect(rows[1]?.cells).toEqual([
      { kind: 'none' },
      { kind: 'included' },
      {
        kind: 'richer',
        benefit: { id: 'ship', title: 'Free express shipping', description: 'Faster' },
      },
    ])
    expect(rows[2]?.cells.map((cell) => cell.kind)).toEqual(['none', 'none', 'included'])
  })
})

describe('the member’s place', () => {
  it('a Silver member who has not kept Silver: what to spend to keep it and to reach Gold', () => {
    const program = aProgram()
    const progress = aTierProgress({
      currentTierId: 'silver',
      qualifyingAmount: usd(20_000),
      amountToNext: usd(80_000),
      keptForNextPeriod: false,
      nextPeriodTierId: 'bronze',
    })
    expect(tierPlace(program, progress)).toMatchObject({
      current: { id: 'silver' },
      next: { id: 'gold' },
      spent: 20_000,
      toNext: 80_000,
      kept: false,
      toKeep: 15_000,
      entry: false,
      nextPeriod: { id: 'bronze' },
      grace: null,
    })
    const [bronze, silver, gold] = tiersByRank(program)
    if (!bronze || !silver || !gold) throw new Error('three tiers')
    const current = silver
    expect(tierStatus(bronze, current, progress)).toEqual({ kind: 'below' })
    expect(tierStatus(silver, current, progress)).toEqual({
      kind: 'current',
      kept: false,
      toKeep: 15_000,
      entry: false,
    })
    expect(tierStatus(gold, current, progress)).toEqual({ kind: 'ahead', toReach: 80_000 })
  })

  it('at the top, kept: nothing to reach and nothing to keep', () => {
    const place = tierPlace(
      aProgram(),
      aTierProgress({
        currentTierId: 'gold',
        nextTierId: null,
        amountToNext: null,
        qualifyingAmount: usd(120_000),
        keptForNextPeriod: true,
        nextPeriodTierId: 'gold',
      }),
    )
    expect(place).toMatchObject({ next: null, toNext: null, kept: true, toKeep: 0 })
  })

  it('in a grace period: the tier held until it ends, and the one after', () => {
    const place = tierPlace(
      aProgram(),
      aTierProgress({
        currentTierId: 'gold',
        nextTierId: null,
        amountToNext: null,
        qualifyingAmount: usd(0),
        keptForNextPeriod: false,
        nextPeriodTierId: 'silver',
        grace: { endsAt: '2027-01-31T23:59:59Z', tierAfterId: 'silver' },
      }),
    )
    expect(place.grace).toMatchObject({ endsAt: '2027-01-31T23:59:59Z', after: { id: 'silver' } })
    expect(place.toKeep).toBe(100_000)
  })

  it('the entry tier is always held', () => {
    const place = tierPlace(
      aProgram(),
      aTierProgress({
        currentTierId: 'bronze',
        qualifyingAmount: usd(0),
        nextPeriodTierId: 'bronze',
      }),
    )
    expect(place).toMatchObject({ entry: true, toKeep: 0 })
  })
})

describe('calendarDay', () => {
  it('is the day the timestamp names in its own offset, whatever the device’s zone', () => {
    expect(calendarDay('2026-12-31T23:59:59-05:00').toISOString()).toBe('2026-12-31T12:00:00.000Z')
    expect(calendarDay('2026-12-31T23:59:59Z', 1).toISOString()).toBe('2027-01-01T12:00:00.000Z')
  })
})
