import { describe, expect, it, vi } from 'vitest'
import type { Clock } from './clock'
import { createEngine, type LoyaltyEngine } from './engine'
import {
  clearJournals,
  createJournaledEngine,
  journalKey,
  memoryJournal,
  storageJournal,
  type JournalStore,
} from './journal'

const START = Date.parse('2026-11-20T15:00:00Z')
const HOUR = 3_600_000

/** A clock the test moves by hand. */
function manualClock(start = START) {
  let now = start
  const clock: Clock = () => new Date(now)
  return { clock, advance: (ms: number) => void (now += ms) }
}

function state(engine: LoyaltyEngine) {
  return {
    balance: engine.balance(),
    tier: engine.tierProgress(),
    me: engine.me(),
    wallet: engine.listRedemptions({ limit: 100 }),
    rewards: engine.listRewards({ limit: 100, sort: 'cost_asc' }),
    ledger: engine.ledgerEntries(),
  }
}

/** Two affordable rewards with stock and no tier or limit in the way, cheapest first. */
function affordable(engine: LoyaltyEngine) {
  const { items } = engine.listRewards({ limit: 100, sort: 'cost_asc', affordable: true })
  return items.filter((r) => r.tierRequired === null && r.limitPerMember === null).slice(0, 2)
}

/**
 * Redeems, changes a cost and a stock, takes points back, makes a reward a top tier's, with
 * time passing between each.
 */
function makeChanges(engine: LoyaltyEngine, advance: (ms: number) => void) {
  const [first, second] = affordable(engine)
  if (!first || !second) throw new Error('the default member can afford two rewards')
  advance(HOUR)
  engine.redeem({ rewardId: first.id, expectedCost: first.cost, idempotencyKey: 'key-1' })
  advance(26 * HOUR)
  engine.setRewardCost(second.id, second.cost + 5)
  engine.setStock(second.id, 3)
  advance(HOUR)
  engine.redeem({ rewardId: second.id, expectedCost: second.cost + 5, idempotencyKey: 'key-2' })
  advance(HOUR)
  engine.takeBackPoints(40)
  engine.setRewardTier(first.id, engine.program().tiers.at(-1)?.id ?? null)
  advance(3 * 24 * HOUR)
  return { first, second }
}

describe('createJournaledEngine', () => {
  it('rebuilds the same state from the journal: balance, wallet, stock, ledger', () => {
    const store = memoryJournal()
    const { clock, advance } = manualClock()
    const live = createJournaledEngine({ scenario: 'default', store, clock })
    const { second } = makeChanges(live, advance)
    const before = state(live)

    const rebuilt = createJournaledEngine({ scenario: 'default', store, clock })
    expect(state(rebuilt)).toEqual(before)
    expect(rebuilt.getReward(second.id)).toMatchObject({ stock: 2, cost: second.cost + 5 })
    expect(
      before.wallet.items.filter((r) => r.createdAt > new Date(START).toISOString()),
    ).toHaveLength(2)
  })

  it('behaves exactly like the plain engine it wraps', () => {
    const a = manualClock()
    const b = manualClock()
    const journaled = createJournaledEngine({
      scenario: 'default',
      store: memoryJournal(),
      clock: a.clock,
    })
    const plain = createEngine({ scenario: 'default', clock: b.clock })
    makeChanges(journaled, a.advance)
    makeChanges(plain, b.advance)
    expect(state(journaled)).toEqual(state(plain))
  })

  it('rebuilds the scenario as it was first created, however much later it restarts', () => {
    const store = memoryJournal()
    const { clock, advance } = manualClock()
    const live = createJournaledEngine({ scenario: 'near-tier', store, clock })
    makeChanges(live, advance)
    const history = live.ledgerEntries()
    advance(40 * 24 * HOUR)
    const rebuilt = createJournaledEngine({ scenario: 'near-tier', store, clock })
    expect(rebuilt.ledgerEntries()).toEqual(live.ledgerEntries())
    expect(rebuilt.ledgerEntries().slice(0, history.length)).toEqual(history)
  })

  it('keeps idempotency keys: a retry after the rebuild gets the first answer', () => {
    const store = memoryJournal()
    const { clock, advance } = manualClock()
    const live = createJournaledEngine({ scenario: 'default', store, clock })
    const [reward] = affordable(live)
    if (!reward) throw new Error('no affordable reward')
    const command = { rewardId: reward.id, expectedCost: reward.cost, idempotencyKey: 'retry-me' }
    const first = live.redeemOrReplay(command)
    advance(HOUR)

    const rebuilt = createJournaledEngine({ scenario: 'default', store, clock })
    const balance = rebuilt.balance()
    const again = rebuilt.redeemOrReplay(command)
    expect(again).toEqual({ result: first.result, replayed: true })
    expect(rebuilt.balance()).toEqual(balance)
    expect(store.journals.get('default')?.commands).toHaveLength(1)
  })

  it('journals a redemption when it commits, at the time it commits', () => {
    const store = memoryJournal()
    const { clock, advance } = manualClock()
    const live = createJournaledEngine({ scenario: 'default', store, clock })
    const [reward] = affordable(live)
    if (!reward) throw new Error('no affordable reward')
    const command = { rewardId: reward.id, expectedCost: reward.cost, idempotencyKey: 'slow' }
    const begun = live.beginRedemption(command)
    if (begun.state !== 'begun') throw new Error('a new key begins a redemption')
    expect(store.journals.get('default')).toBeUndefined()
    advance(HOUR)
    const result = begun.commit()
    expect(store.journals.get('default')?.commands).toEqual([
      { type: 'redeem', at: new Date(START + HOUR).toISOString(), ...command },
    ])

    const rebuilt = createJournaledEngine({ scenario: 'default', store, clock })
    expect(rebuilt.beginRedemption(command)).toEqual({ state: 'replayed', result })
  })

  it('journals only what changed the state: no refusals, no replays', () => {
    const store = memoryJournal()
    const { clock } = manualClock()
    const engine = createJournaledEngine({ scenario: 'new-member', store, clock })
    const [reward] = engine.listRewards({ limit: 1, sort: 'cost_asc' }).items
    if (!reward) throw new Error('no reward')
    const command = { rewardId: reward.id, expectedCost: reward.cost, idempotencyKey: 'k' }
    expect(() => engine.redeem(command)).toThrow(/short/)
    expect(() => engine.setStock(reward.id, -1)).toThrow()
    expect(() => engine.setRewardCost('rwd_nope', 1)).toThrow()
    expect(() => engine.takeBackPoints(engine.balance().available + 1)).toThrow(/available/)
    expect(store.journals.get('new-member')).toBeUndefined()
  })

  it('drops a journaled command that no longer applies, and says so', () => {
    const store = memoryJournal()
    const { clock } = manualClock()
    createJournaledEngine({ scenario: 'default', store, clock }).setStock('rwd_free_coffee', 4)
    const journal = store.journals.get('default')
    if (!journal) throw new Error('nothing journaled')
    store.save({
      ...journal,
      commands: [
        { type: 'setStock', at: journal.createdAt, rewardId: 'rwd_gone', stock: 1 },
        ...journal.commands,
      ],
    })
    const onReplayError = vi.fn()
    const rebuilt = createJournaledEngine({ scenario: 'default', store, clock, onReplayError })
    expect(onReplayError).toHaveBeenCalledOnce()
    expect(onReplayError.mock.calls[0]?.[0]).toMatchObject({ rewardId: 'rwd_gone' })
    expect(rebuilt.getReward('rwd_free_coffee')?.stock).toBe(4)
  })

  it('keeps one journal per scenario', () => {
    const store = memoryJournal()
    const { clock } = manualClock()
    createJournaledEngine({ scenario: 'default', store, clock }).setStock('rwd_free_coffee', 1)
    const other = createJournaledEngine({ scenario: 'out-of-stock', store, clock })
    expect(other.getReward('rwd_free_coffee')?.stock).not.toBe(1)
    expect([...store.journals.keys()]).toEqual(['default'])
  })

  it('keeps the commands another tab appended meanwhile', () => {
    const store: JournalStore = memoryJournal()
    const { clock } = manualClock()
    const tabA = createJournaledEngine({ scenario: 'default', store, clock })
    const tabB = createJournaledEngine({ scenario: 'default', store, clock })
    tabA.setStock('rwd_free_coffee', 7)
    tabB.setRewardCost('rwd_free_coffee', 175)
    const rebuilt = createJournaledEngine({ scenario: 'default', store, clock })
    expect(rebuilt.getReward('rwd_free_coffee')).toMatchObject({ stock: 7, cost: 175 })
  })
})

describe('storageJournal', () => {
  it('round-trips through localStorage under one key per scenario', () => {
    const { clock, advance } = manualClock()
    const store = storageJournal(localStorage)
    const live = createJournaledEngine({ scenario: 'default', store, clock })
    makeChanges(live, advance)
    expect(Object.keys(localStorage)).toEqual([journalKey('default')])
    expect(state(createJournaledEngine({ scenario: 'default', store, clock }))).toEqual(state(live))
  })

  it('starts afresh, with a warning, from a journal it cannot read', () => {
    const warn = vi.fn()
    localStorage.setItem(journalKey('default'), '{"version":1,"commands":"nope"}')
    expect(storageJournal(localStorage, warn).load('default')).toBeNull()
    localStorage.setItem(journalKey('default'), 'not json')
    expect(storageJournal(localStorage, warn).load('default')).toBeNull()
    // Sound as a whole, but one command is not what its type says.
    const { clock, advance } = manualClock()
    const store = storageJournal(localStorage, warn)
    localStorage.removeItem(journalKey('default'))
    makeChanges(createJournaledEngine({ scenario: 'default', store, clock }), advance)
    expect(store.load('default')).not.toBeNull()
    const saved = JSON.parse(localStorage.getItem(journalKey('default')) ?? '{}') as {
      commands: Record<string, unknown>[]
    }
    saved.commands = [...saved.commands, { type: 'setStock', at: 'yesterday', rewardId: 'r' }]
    localStorage.setItem(journalKey('default'), JSON.stringify(saved))
    expect(store.load('default')).toBeNull()
    saved.commands = [{ type: 'refund', at: '2026-11-20T15:00:00Z', rewardId: 'r' }]
    localStorage.setItem(journalKey('default'), JSON.stringify(saved))
    expect(store.load('default')).toBeNull()
    expect(warn).toHaveBeenCalledTimes(4)
    expect(storageJournal(null).load('default')).toBeNull()
  })

  it('clearJournals removes every journal and nothing else', () => {
    localStorage.setItem(journalKey('default'), '{}')
    localStorage.setItem(journalKey('top-tier'), '{}')
    localStorage.setItem('rewards:dismissed-nudges:m1', '[]')
    clearJournals(localStorage)
    expect(Object.keys(localStorage)).toEqual(['rewards:dismissed-nudges:m1'])
  })
})
