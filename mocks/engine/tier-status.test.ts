import { describe, expect, it } from 'vitest'
import type { Program } from '@/api/schemas/program'
import { localize } from './language'
import { Ledger } from './ledger'
import { createProgram, TIER_IDS } from './program-rules'
import { deriveTierProgress, tierStanding } from './tier-status'

const GOLD = 100_000
const SILVER = 35_000

function programWith(qualification: Partial<Program['qualification']> = {}): Program {
  const program = createProgram()
  return { ...program, qualification: { ...program.qualification, ...qualification } }
}

/** A ledger with one purchase of `spend` cents at each given moment. */
function purchases(...items: [at: string, spend: number][]): Ledger {
  const ledger = new Ledger()
  for (const [at, spend] of items) {
    ledger.earn({
      source: 'purchase',
      points: Math.max(1, Math.floor(spend / 100)),
      occurredAt: new Date(at),
      spend: { amount: spend, currency: 'USD' },
      description: localize(() => 'Purchase'),
    })
  }
  return ledger
}

const at = (iso: string) => new Date(iso)

describe('tiers by the program’s qualification rules', () => {
  it('a tier reached applies at once and is kept through the whole next year', () => {
    const ledger = purchases(['2025-06-01T12:00:00Z', GOLD])
    const program = programWith({ gracePeriodDays: 0 })
    expect(tierStanding(program, ledger, at('2025-05-31T12:00:00Z')).current.id).toBe(
      TIER_IDS.bronze,
    )
    expect(tierStanding(program, ledger, at('2025-06-01T12:00:00Z')).current.id).toBe(TIER_IDS.gold)
    expect(tierStanding(program, ledger, at('2026-12-31T23:59:59Z')).current.id).toBe(TIER_IDS.gold)
  })

  it('moves down one tier when a year’s spend did not keep it (one_tier)', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD])
    const program = programWith({ gracePeriodDays: 0, moveDown: 'one_tier' })
    // 2026: nothing spent. Gold was held to the end of 2026, so 2027 starts one tier down.
    const standing = tierStanding(program, ledger, at('2027-01-01T00:00:00Z'))
    expect(standing.current.id).toBe(TIER_IDS.silver)
    // And Silver is not kept through 2027 either: 2028 starts at Bronze.
    expect(tierStanding(program, ledger, at('2028-02-01T00:00:00Z')).current.id).toBe(
      TIER_IDS.bronze,
    )
  })

  it('moves straight to the tier the spend reached (to_qualified_tier)', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD])
    const program = programWith({ gracePeriodDays: 0, moveDown: 'to_qualified_tier' })
    expect(tierStanding(program, ledger, at('2027-01-01T00:00:00Z')).current.id).toBe(
      TIER_IDS.bronze,
    )
  })

  it('never moves below the tier the spend reached', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD], ['2026-03-01T12:00:00Z', SILVER])
    const program = programWith({ gracePeriodDays: 0, moveDown: 'one_tier' })
    expect(tierStanding(program, ledger, at('2027-01-02T00:00:00Z')).current.id).toBe(
      TIER_IDS.silver,
    )
  })

  it('holds the old tier through the grace period, then moves down', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD])
    const program = programWith({ gracePeriodDays: 31, moveDown: 'one_tier' })
    const january = tierStanding(program, ledger, at('2027-01-15T12:00:00Z'))
    expect(january.current.id).toBe(TIER_IDS.gold)
    expect(january.grace).toEqual({
      endsAt: at('2027-01-31T23:59:59Z'),
      tierAfter: expect.objectContaining({ id: TIER_IDS.silver }),
    })
    expect(tierStanding(program, ledger, at('2027-01-31T23:59:59Z')).current.id).toBe(TIER_IDS.gold)
    const february = tierStanding(program, ledger, at('2027-02-01T00:00:00Z'))
    expect(february.current.id).toBe(TIER_IDS.silver)
    expect(february.grace).toBeNull()
  })

  it('spend in the grace period counts towards the new year and can keep the tier', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD], ['2027-01-20T12:00:00Z', GOLD])
    const program = programWith({ gracePeriodDays: 31 })
    const standing = tierStanding(program, ledger, at('2027-01-21T12:00:00Z'))
    expect(standing.current.id).toBe(TIER_IDS.gold)
    expect(standing.grace).toBeNull()
    expect(tierStanding(program, ledger, at('2027-03-01T00:00:00Z')).current.id).toBe(TIER_IDS.gold)
  })

  it('no grace for a tier that was kept, nor for the entry tier', () => {
    const program = programWith({ gracePeriodDays: 31 })
    const kept = purchases(['2025-03-01T12:00:00Z', GOLD], ['2026-03-01T12:00:00Z', GOLD])
    expect(tierStanding(program, kept, at('2027-01-10T00:00:00Z')).grace).toBeNull()
    expect(tierStanding(program, new Ledger(), at('2027-01-10T00:00:00Z')).grace).toBeNull()
  })

  it('progress says which tier this year’s spend secures for next year, and any grace', () => {
    const ledger = purchases(['2025-03-01T12:00:00Z', GOLD], ['2026-05-01T12:00:00Z', 20_000])
    const program = programWith({ gracePeriodDays: 31, moveDown: 'one_tier' })
    // Gold through 2026, $200 spent: Gold is not kept; one tier down is Silver.
    expect(deriveTierProgress(program, ledger, at('2026-11-20T15:00:00Z'))).toMatchObject({
      currentTierId: TIER_IDS.gold,
      keptForNextPeriod: false,
      nextPeriodTierId: TIER_IDS.silver,
      grace: null,
      qualifyingAmount: { amount: 20_000 },
    })
    expect(deriveTierProgress(program, ledger, at('2027-01-05T09:00:00Z'))).toMatchObject({
      currentTierId: TIER_IDS.gold,
      grace: { endsAt: '2027-01-31T23:59:59Z', tierAfterId: TIER_IDS.silver },
      qualifyingAmount: { amount: 0 },
      periodStart: '2027-01-01T00:00:00Z',
    })
  })
})
