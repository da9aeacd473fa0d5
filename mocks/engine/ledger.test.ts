import { describe, expect, it } from 'vitest'
import { deriveBalance } from './balance'
import { addDays } from './dates'
import { EngineError } from './engine-error'
import { localize } from './language'
import { Ledger } from './ledger'

/** The same words in every language: the ledger keeps them, the tests read English. */
const said = (text: string) => localize(() => text)

const t0 = new Date('2025-01-10T12:00:00Z')

describe('Ledger', () => {
  it('keeps points pending until availableOn, then makes them spendable', () => {
    const ledger = new Ledger()
    ledger.earn({
      source: 'purchase',
      points: 40,
      occurredAt: t0,
      availableOn: addDays(t0, 14),
      description: said('Order'),
    })
    expect(ledger.available(addDays(t0, 13))).toBe(0)
    expect(deriveBalance(ledger, addDays(t0, 13)).pending).toEqual([
      { points: 40, availableOn: '2025-01-24T12:00:00Z', reason: 'Order' },
    ])
    expect(ledger.available(addDays(t0, 14))).toBe(40)
    expect(deriveBalance(ledger, addDays(t0, 14)).pending).toEqual([])
  })

  it('spends the lot that expires soonest first and records what is left of a lot when it expires', () => {
    const ledger = new Ledger()
    const first = ledger.earn({
      source: 'review',
      points: 100,
      occurredAt: t0,
      description: said('First'),
    })
    ledger.earn({
      source: 'review',
      points: 50,
      occurredAt: addDays(t0, 30),
      description: said('Second'),
    })
    ledger.redeem({
      rewardId: 'r1',
      points: 120,
      occurredAt: addDays(t0, 40),
      description: said('Coffee'),
    })
    expect(ledger.lots(addDays(t0, 40)).map((lot) => lot.remaining)).toEqual([30])

    const afterFirstExpiry = addDays(first.expiresOn, 1)
    const recorded = ledger.settle(afterFirstExpiry)
    expect(recorded).toEqual([])
    expect(ledger.available(afterFirstExpiry)).toBe(30)

    const afterBoth = addDays(t0, 400)
    expect(ledger.settle(afterBoth).map((entry) => entry.points)).toEqual([-30])
    expect(ledger.settle(afterBoth)).toEqual([])
    expect(deriveBalance(ledger, afterBoth).available).toBe(0)
  })

  it('expires an untouched lot one year after it was earned', () => {
    const ledger = new Ledger()
    const lot = ledger.earn({
      source: 'bonus',
      points: 100,
      occurredAt: t0,
      description: said('Birthday'),
    })
    expect(lot.expiresOn.toISOString()).toBe('2026-01-10T12:00:00.000Z')
    ledger.settle(lot.expiresOn)
    expect(ledger.entries().at(-1)).toMatchObject({ kind: 'expired', points: -100, lotId: lot.id })
    expect(deriveBalance(ledger, lot.expiresOn)).toMatchObject({
      available: 0,
      lifetimeEarned: 100,
    })
  })

  it('refuses a redemption the member cannot afford, including one back-dated under a later debit', () => {
    const ledger = new Ledger()
    ledger.earn({ source: 'review', points: 100, occurredAt: t0, description: said('Review') })
    expect(() =>
      ledger.redeem({
        rewardId: 'r',
        points: 101,
        occurredAt: addDays(t0, 1),
        description: said('x'),
      }),
    ).toThrow(EngineError)
    ledger.redeem({
      rewardId: 'r',
      points: 80,
      occurredAt: addDays(t0, 5),
      description: said('later'),
    })
    expect(() =>
      ledger.redeem({
        rewardId: 'r',
        points: 50,
        occurredAt: addDays(t0, 2),
        description: said('earlier'),
      }),
    ).toThrow(/available/)
    expect(ledger.entries()).toHaveLength(2)
  })

  it('takes points back from the lots as a redemption spends them, and never past what is available', () => {
    const ledger = new Ledger()
    const soon = ledger.earn({
      source: 'review',
      points: 100,
      occurredAt: t0,
      description: said('A'),
    })
    ledger.earn({
      source: 'purchase',
      points: 60,
      occurredAt: addDays(t0, 30),
      description: said('B'),
    })
    const at = addDays(t0, 40)
    const taken = ledger.takeBack({ points: 120, occurredAt: at, description: said('Returned') })
    expect(taken).toMatchObject({ kind: 'taken-back', points: -120 })
    expect(ledger.available(at)).toBe(40)
    // The lot that expires soonest paid first: 40 are left of the later one.
    expect(ledger.lots(at).map((lot) => lot.remaining)).toEqual([40])
    expect(ledger.settle(addDays(soon.expiresOn, 1))).toEqual([])
    // 100 came from the first lot and 20 from the second: nothing can take or spend past 40.
    expect(() =>
      ledger.takeBack({ points: 41, occurredAt: at, description: said('Too much') }),
    ).toThrow(EngineError)
    expect(() =>
      ledger.redeem({ rewardId: 'r', points: 41, occurredAt: at, description: said('x') }),
    ).toThrow(/available/)
    expect(deriveBalance(ledger, at).lifetimeEarned).toBe(160)
  })

  it('lists the expiring lots in the next 90 days, one batch per moment, soonest first', () => {
    const ledger = new Ledger()
    ledger.earn({ source: 'review', points: 10, occurredAt: t0, description: said('a') })
    ledger.earn({
      source: 'review',
      points: 20,
      occurredAt: addDays(t0, 3),
      description: said('b'),
    })
    ledger.earn({
      source: 'review',
      points: 5,
      occurredAt: addDays(t0, 200),
      description: said('c'),
    })
    const now = addDays(t0, 300)
    expect(deriveBalance(ledger, now).expiring).toEqual([
      { points: 10, expiresOn: '2026-01-10T12:00:00Z' },
      { points: 20, expiresOn: '2026-01-13T12:00:00Z' },
    ])
  })
})
