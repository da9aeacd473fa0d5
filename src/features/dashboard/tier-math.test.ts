import { describe, expect, it } from 'vitest'
import { aProgram, aTierProgress } from '../../../test/fixtures'
import { tierView } from './tier-math'

const usd = (amount: number) => ({ amount, currency: 'USD' })
const program = aProgram()

describe('tierView', () => {
  it('measures progress toward the next tier’s threshold', () => {
    const view = tierView(
      program,
      aTierProgress({ qualifyingAmount: usd(75_000), amountToNext: usd(25_000) }),
    )
    expect(view.current.name).toBe('Silver')
    expect(view.next?.name).toBe('Gold')
    expect(view.fraction).toBe(0.75)
    expect(view.remainingToNext).toBe(25_000)
  })

  it('lists only what the next tier adds', () => {
    const view = tierView(program, aTierProgress())
    expect(view.nextAdds.map((b) => b.title)).toEqual(['Private events'])
  })

  it('is at zero progress with nothing spent and full at the threshold', () => {
    const start = tierView(
      program,
      aTierProgress({
        currentTierId: 'bronze',
        nextTierId: 'silver',
        qualifyingAmount: usd(0),
        amountToNext: usd(35_000),
      }),
    )
    expect(start.fraction).toBe(0)
    expect(start.remainingToNext).toBe(35_000)

    const reached = tierView(
      program,
      aTierProgress({
        currentTierId: 'bronze',
        nextTierId: 'silver',
        qualifyingAmount: usd(35_000),
        amountToNext: usd(0),
      }),
    )
    expect(reached.fraction).toBe(1)
    expect(reached.remainingToNext).toBe(0)
  })

  it('never reports more than full or a negative amount left', () => {
    const view = tierView(
      program,
      aTierProgress({ qualifyingAmount: usd(120_000), amountToNext: usd(-20_000) }),
    )
    expect(view.fraction).toBe(1)
    expect(view.remainingToNext).toBe(0)
  })

  it('counts the days left to the end of the period, and zero once it has passed', () => {
    expect(tierView(program, aTierProgress({ asOf: '2026-12-30T10:00:00Z' })).daysLeft).toBe(1)
    expect(tierView(program, aTierProgress({ asOf: '2026-12-31T10:00:00Z' })).daysLeft).toBe(0)
    expect(tierView(program, aTierProgress({ asOf: '2027-01-02T10:00:00Z' })).daysLeft).toBe(0)
  })

  it('at the top tier, has no next tier and says what is left to keep it', () => {
    const top = tierView(
      program,
      aTierProgress({
        currentTierId: 'gold',
        nextTierId: null,
        amountToNext: null,
        qualifyingAmount: usd(80_000),
        keptForNextPeriod: false,
      }),
    )
    expect(top.isTop).toBe(true)
    expect(top.next).toBeNull()
    expect(top.remainingToNext).toBeNull()
    expect(top.remainingToKeep).toBe(20_000)
    expect(top.kept).toBe(false)
  })
})
