import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../mocks/engine/clock'
import { createEngine, type LoyaltyEngine } from '../../mocks/engine/engine'
import { EngineError } from '../../mocks/engine/engine-error'
import { scenarioNames } from '../../mocks/scenarios/scenarios'
import { availability, type Availability } from './reward-availability'
import type { Reward } from './schemas/reward'

const NOW = '2026-11-20T15:00:00Z'

/** What the mock engine, the reference for the API's rules, answers to redeeming it now. */
function engineVerdict(engine: LoyaltyEngine, reward: Reward): Availability['kind'] | string {
  try {
    engine.redeem({
      rewardId: reward.id,
      expectedCost: reward.cost,
      idempotencyKey: `availability-${reward.id}-${String(reward.redeemedByMe)}`,
    })
    return 'redeemable'
  } catch (error) {
    if (!(error instanceof EngineError)) throw error
    const kinds: Record<string, Availability['kind']> = {
      conflict: 'ended',
      tier_required: 'tier_locked',
      limit_reached: 'limit_reached',
      out_of_stock: 'out_of_stock',
      insufficient_points: 'short',
    }
    return kinds[error.code] ?? error.code
  }
}

const context = (engine: LoyaltyEngine) => ({
  program: engine.program(),
  member: engine.me(),
  balance: engine.balance(),
})

const allRewards = (engine: LoyaltyEngine) =>
  engine.listRewards({ limit: 100, sort: 'cost_asc' }).items

describe('availability', () => {
  it.each(scenarioNames.filter((name) => name !== 'large-catalog'))(
    'gives the reason the API refuses first, for every reward (%s)',
    (scenario) => {
      const engine = createEngine({ scenario, clock: fixedClock(NOW) })
      for (const { id } of allRewards(engine)) {
        // Read afresh: an earlier redemption may have changed the balance or the stock.
        const reward = engine.getReward(id)
        if (!reward) throw new Error(`no reward ${id}`)
        const shown = availability(reward, context(engine)).kind
        expect([reward.name, shown]).toEqual([reward.name, engineVerdict(engine, reward)])
      }
    },
  )

  it('says the limit is reached, not "out of stock", when both are true', () => {
    const engine = createEngine({ scenario: 'default', clock: fixedClock(NOW) })
    const { balance } = context(engine)
    const once = allRewards(engine).find(
      (r) => r.limitPerMember === 1 && r.redeemedByMe === 0 && r.cost <= balance.available,
    )
    if (!once) throw new Error('the default scenario has no affordable once-per-member reward')
    engineVerdict(engine, once)
    engine.setStock(once.id, 0)
    const reward = engine.getReward(once.id)
    if (!reward) throw new Error(`no reward ${once.id}`)

    expect(availability(reward, context(engine))).toEqual({ kind: 'limit_reached', limit: 1 })
    expect(engineVerdict(engine, reward)).toBe('limit_reached')
  })

  it('ends a reward at its validUntil instant, whatever offset either time is written in', () => {
    const engine = createEngine({ scenario: 'default', clock: fixedClock(NOW) })
    const ctx = context(engine)
    const [reward] = allRewards(engine)
    if (!reward) throw new Error('no rewards')
    const until = (validUntil: string) => availability({ ...reward, validUntil }, ctx).kind
    const asOf = new Date(ctx.balance.asOf).getTime()
    const at = (ms: number) => new Date(asOf + ms).toISOString()

    expect(until(ctx.balance.asOf)).toBe('ended')
    expect(until(at(-1000))).toBe('ended')
    expect(until(at(1000))).not.toBe('ended')
    /** The instant asOf + `ms`, written in local time at `offsetHours` from UTC. */
    const written = (ms: number, offsetHours: number) => {
      const local = new Date(asOf + ms + offsetHours * 3_600_000).toISOString().slice(0, 19)
      const sign = offsetHours < 0 ? '-' : '+'
      return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`
    }
    // An hour later, in UTC-05:00: as text it sorts before asOf.
    expect(until(written(3_600_000, -5))).not.toBe('ended')
    // An hour earlier, in UTC+02:00: as text it sorts after asOf.
    expect(until(written(-3_600_000, 2))).toBe('ended')
  })
})
