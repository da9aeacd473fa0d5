import { describe, expect, it } from 'vitest'
import { Balance, Member, TierProgress } from '@/api/schemas/member'
import { Program } from '@/api/schemas/program'
import { RedemptionPage } from '@/api/schemas/redemption'
import { RewardPage } from '@/api/schemas/reward'
import { scenarioNames } from '../scenarios/scenarios'
import { fixedClock } from './clock'
import { createEngine, type LoyaltyEngine } from './engine'
import { EngineError } from './engine-error'

const NOW = '2026-11-20T15:00:00Z'
const clock = fixedClock(NOW)

function snapshot(engine: LoyaltyEngine) {
  return {
    program: engine.program(),
    me: engine.me(),
    balance: engine.balance(),
    tier: engine.tierProgress(),
    rewards: engine.listRewards({ limit: 100, sort: 'newest' }),
    wallet: engine.listRedemptions({ limit: 100 }),
    ledger: engine.ledgerEntries(),
  }
}

describe('createEngine', () => {
  it.each(scenarioNames)('is deterministic: same seed and clock, same answers (%s)', (scenario) => {
    expect(snapshot(createEngine({ scenario, clock, seed: 9 }))).toEqual(
      snapshot(createEngine({ scenario, clock, seed: 9 })),
    )
  })

  it('varies with the seed', () => {
    const a = snapshot(createEngine({ clock, seed: 1 }))
    const b = snapshot(createEngine({ clock, seed: 2 }))
    expect(a.program).toEqual(b.program)
    expect(a.rewards).not.toEqual(b.rewards)
    expect(a.me.id).not.toBe(b.me.id)
  })

  it.each(scenarioNames)('answers inside the contract (%s)', (scenario) => {
    const engine = createEngine({ scenario, clock })
    expect(Program.parse(engine.program())).toEqual(engine.program())
    expect(Member.parse(engine.me())).toEqual(engine.me())
    expect(Balance.parse(engine.balance())).toEqual(engine.balance())
    expect(TierProgress.parse(engine.tierProgress())).toEqual(engine.tierProgress())
    const rewards = engine.listRewards({ limit: 100, sort: 'cost_asc' })
    expect(RewardPage.parse(rewards)).toEqual(rewards)
    const wallet = engine.listRedemptions({ limit: 100 })
    expect(RedemptionPage.parse(wallet)).toEqual(wallet)
  })

  it.each(scenarioNames)(
    'records a wallet entry for every redemption in the ledger (%s)',
    (scenario) => {
      const engine = createEngine({ scenario, clock })
      const spent = engine
        .ledgerEntries()
        .flatMap((entry) => (entry.kind === 'redeemed' ? [[entry.rewardId, -entry.points]] : []))
      const all = []
      let cursor: string | null = null
      do {
        const page = engine.listRedemptions({ limit: 100, ...(cursor ? { cursor } : {}) })
        all.push(...page.items)
        cursor = page.nextCursor
      } while (cursor !== null)
      // Birthday treats are the program's gifts: in the wallet, not paid for in the ledger.
      const wallet = all.filter((redemption) => redemption.origin === 'redemption')
      expect(wallet.map((redemption) => [redemption.rewardId, redemption.cost]).sort()).toEqual(
        spent.sort(),
      )
      for (const gift of all.filter((redemption) => redemption.origin !== 'redemption')) {
        expect(gift).toMatchObject({ origin: 'birthday_gift', cost: 0 })
      }
      for (const redemption of wallet) {
        expect(engine.getReward(redemption.rewardId)?.redeemedByMe).toBe(
          wallet.filter((other) => other.rewardId === redemption.rewardId).length,
        )
      }
    },
  )

  it.each(scenarioNames)('derives the balance from the ledger (%s)', (scenario) => {
    const engine = createEngine({ scenario, clock })
    const now = Date.parse(NOW)
    const entries = engine.ledgerEntries()
    const balance = engine.balance()
    const posted = entries.filter(
      (entry) => entry.kind === 'earned' && entry.availableOn.getTime() <= now,
    )
    const pending = entries.filter(
      (entry) => entry.kind === 'earned' && entry.availableOn.getTime() > now,
    )
    const sum = (list: readonly { points: number }[]) =>
      list.reduce((total, entry) => total + entry.points, 0)
    const redeemed = -sum(entries.filter((entry) => entry.kind === 'redeemed'))
    const expired = -sum(entries.filter((entry) => entry.kind === 'expired'))

    expect(balance.available).toBe(sum(posted) - redeemed - expired)
    expect(balance.lifetimeEarned).toBe(sum(posted))
    expect(sum(balance.pending)).toBe(sum(pending))
    expect(balance.pending.every((batch) => Date.parse(batch.availableOn) > now)).toBe(true)
    expect(balance.expiring.every((batch) => Date.parse(batch.expiresOn) > now)).toBe(true)
    expect(sum(balance.expiring)).toBeLessThanOrEqual(balance.available)
    expect(balance.available).toBeGreaterThanOrEqual(0)
  })

  it('posts pending points and expires lots as the clock moves on', () => {
    let now = new Date(NOW)
    const engine = createEngine({ clock: () => now })
    const before = engine.balance()
    const [firstPending] = before.pending
    const [firstExpiring] = before.expiring
    if (!firstPending || !firstExpiring)
      throw new Error('the default member has pending and expiring points')
    expect(Date.parse(firstPending.availableOn)).toBeLessThan(Date.parse(firstExpiring.expiresOn))

    now = new Date(firstPending.availableOn)
    expect(engine.balance().available).toBe(before.available + firstPending.points)

    now = new Date(firstExpiring.expiresOn)
    const later = engine.balance()
    const postedMeanwhile = before.pending
      .filter((batch) => Date.parse(batch.availableOn) <= now.getTime())
      .reduce((total, batch) => total + batch.points, 0)
    expect(later.available).toBe(before.available + postedMeanwhile - firstExpiring.points)
    expect(engine.ledgerEntries().at(-1)).toMatchObject({
      kind: 'expired',
      points: -firstExpiring.points,
    })
  })

  it('finds rewards by id and refuses a foreign cursor', () => {
    const engine = createEngine({ clock })
    const [first] = engine.listRewards({ limit: 1, sort: 'cost_asc' }).items
    expect(first && engine.getReward(first.id)).toEqual(first)
    expect(engine.getReward('rwd_nope')).toBeUndefined()
    expect(() => engine.listRewards({ limit: 5, sort: 'cost_asc', cursor: 'abc' })).toThrow(
      EngineError,
    )
  })

  it('hands out copies, so callers cannot change its state', () => {
    const engine = createEngine({ clock })
    const [first] = engine.listRewards({ limit: 1, sort: 'cost_asc' }).items
    if (!first) throw new Error('catalog is empty')
    first.cost = 1
    engine.program().tiers.length = 0
    expect(engine.getReward(first.id)?.cost).not.toBe(1)
    expect(engine.program().tiers).toHaveLength(3)
  })
})
