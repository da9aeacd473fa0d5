import { describe, expect, it } from 'vitest'
import { PunchCard } from '@/api/schemas/punch-card'
import { addDays } from './dates'
import { Ledger } from './ledger'
import { awardPunchCards, PUNCH_CARDS, punchCardView, StampBook } from './punch-cards'

const t0 = new Date('2026-06-01T08:00:00Z')
const cards = Object.values(PUNCH_CARDS)

describe('punch cards', () => {
  it('show the stamps on the card being filled and how many cards were filled', () => {
    const stamps = new StampBook()
    for (let day = 0; day < 11; day += 1) stamps.stamp(PUNCH_CARDS.coffee.id, addDays(t0, day))
    const view = punchCardView(PUNCH_CARDS.coffee, stamps, addDays(t0, 20), 'es')
    expect(PunchCard.parse(view)).toEqual(view)
    expect(view).toMatchObject({
      name: 'Tarjeta de café',
      stampsRequired: 9,
      stamps: 2,
      completions: 1,
      reward: { points: null },
      lastStampAt: '2026-06-11T08:00:00Z',
    })
    // Stamps after now are not on it yet; a fresh card has none.
    expect(punchCardView(PUNCH_CARDS.coffee, stamps, addDays(t0, 8), 'en')).toMatchObject({
      stamps: 0,
      completions: 1,
    })
    expect(punchCardView(PUNCH_CARDS.beans, stamps, t0, 'en')).toMatchObject({
      stamps: 0,
      completions: 0,
      lastStampAt: null,
    })
  })

  it('credit bonus points once per filled card, at the stamp that filled it', () => {
    const stamps = new StampBook()
    const ledger = new Ledger()
    for (let bag = 0; bag < 11; bag += 1) stamps.stamp(PUNCH_CARDS.beans.id, addDays(t0, bag))
    // Filling the coffee card gives a free coffee at the till, not points.
    for (let cup = 0; cup < 9; cup += 1) stamps.stamp(PUNCH_CARDS.coffee.id, addDays(t0, cup))
    awardPunchCards(cards, stamps, ledger, addDays(t0, 6))
    awardPunchCards(cards, stamps, ledger, addDays(t0, 12))
    awardPunchCards(cards, stamps, ledger, addDays(t0, 12))
    expect(ledger.entries()).toMatchObject([
      { source: 'bonus', points: 150, occurredAt: addDays(t0, 4), relatedId: PUNCH_CARDS.beans.id },
      { source: 'bonus', points: 150, occurredAt: addDays(t0, 9), relatedId: PUNCH_CARDS.beans.id },
    ])
  })
})
