import { describe, expect, it } from 'vitest'
import { ReferralSummary, ReferredFriend } from '@/api/schemas/referral'
import { addDays } from './dates'
import { Ledger } from './ledger'
import { createProgram } from './program-rules'
import { createRandom } from './random'
import {
  awardReferral,
  friendsByRecency,
  friendView,
  ReferralBook,
  REFERRAL_RULES,
  referralSummary,
} from './referrals'

const t0 = new Date('2026-03-02T10:00:00Z')

function setUp() {
  return { ledger: new Ledger(), book: new ReferralBook(createRandom(7)) }
}

describe('referrals', () => {
  it('follow a friend from invited to rewarded, the points pending through the returns window', () => {
    const { ledger, book } = setUp()
    const friend = book.add({
      name: 'Jamie',
      invitedAt: t0,
      joinedAt: addDays(t0, 2),
      firstPurchaseAt: addDays(t0, 5),
    })
    awardReferral(ledger, friend)
    const at = (days: number) => friendView(friend, ledger, addDays(t0, days))

    expect(at(1)).toMatchObject({ status: 'invited', points: 0 })
    expect(at(1).name).toMatch(/^j•••@example\.com$/)
    expect(at(3)).toMatchObject({
      name: 'Jamie',
      status: 'joined',
      statusSince: '2026-03-04T10:00:00Z',
    })
    const pendingUntil = addDays(t0, 5 + REFERRAL_RULES.pendingDays)
    expect(at(6)).toEqual({
      id: friend.id,
      name: 'Jamie',
      status: 'purchased',
      invitedAt: '2026-03-02T10:00:00Z',
      statusSince: '2026-03-07T10:00:00Z',
      points: REFERRAL_RULES.referrerPoints,
      pointsAvailableOn: pendingUntil.toISOString().replace('.000', ''),
      overCap: false,
    })
    expect(at(5 + REFERRAL_RULES.pendingDays)).toMatchObject({
      status: 'rewarded',
      points: REFERRAL_RULES.referrerPoints,
      pointsAvailableOn: null,
    })
    expect(ReferredFriend.parse(at(6))).toEqual(at(6))
    expect(ledger.available(pendingUntil)).toBe(REFERRAL_RULES.referrerPoints)
  })

  it('award nothing for first purchases once the year’s cap is reached, and start again next year', () => {
    const { ledger, book } = setUp()
    const cap = REFERRAL_RULES.capPerYear
    const purchases = Array.from({ length: cap + 2 }, (_, index) => addDays(t0, index * 7))
    const friends = purchases.map((firstPurchaseAt, index) =>
      book.add({
        name: `Friend${String(index)}`,
        invitedAt: addDays(firstPurchaseAt, -3),
        joinedAt: addDays(firstPurchaseAt, -2),
        firstPurchaseAt,
      }),
    )
    const nextYear = book.add({
      name: 'Nextyear',
      invitedAt: new Date('2027-01-02T00:00:00Z'),
      joinedAt: new Date('2027-01-03T00:00:00Z'),
      firstPurchaseAt: new Date('2027-01-04T00:00:00Z'),
    })
    const awarded = [...friends, nextYear].map((friend) => awardReferral(ledger, friend) !== null)
    expect(awarded).toEqual([...Array.from({ length: cap }, () => true), false, false, true])

    const inDecember = new Date('2026-12-20T00:00:00Z')
    const over = friendView(friends[cap] ?? nextYear, ledger, inDecember)
    expect(over).toMatchObject({
      status: 'purchased',
      overCap: true,
      points: 0,
      pointsAvailableOn: null,
    })

    const program = createProgram()
    const summary = referralSummary({ program, code: 'MAYA-7K2P', book, ledger, now: inDecember })
    expect(ReferralSummary.parse(summary)).toEqual(summary)
    expect(summary).toMatchObject({
      link: 'https://harborandpine.example/join?ref=MAYA-7K2P',
      referrerPoints: REFERRAL_RULES.referrerPoints,
      cap: { limit: cap, period: 'calendar_year', used: cap, periodEnd: '2026-12-31T23:59:59Z' },
      pointsEarned: cap * REFERRAL_RULES.referrerPoints,
      pointsPending: 0,
      counts: { invited: 0, joined: 0, purchased: 2, rewarded: cap },
      friendOffer: {
        discount: { amount: REFERRAL_RULES.friendDiscount, currency: 'USD' },
        minimumSpend: { amount: REFERRAL_RULES.friendMinimumSpend, currency: 'USD' },
      },
    })
    // Next year the count starts again; the friend of the new year has their points coming.
    const inJanuary = new Date('2027-01-05T00:00:00Z')
    expect(referralSummary({ program, code: 'X', book, ledger, now: inJanuary })).toMatchObject({
      cap: { used: 1, periodEnd: '2027-12-31T23:59:59Z' },
      pointsPending: REFERRAL_RULES.referrerPoints,
      counts: { invited: 0, joined: 0, purchased: 3, rewarded: cap },
    })
  })

  it('lists friends the most recently invited first, only those invited by now', () => {
    const { ledger, book } = setUp()
    book.add({ name: 'First', invitedAt: t0 })
    book.add({ name: 'Second', invitedAt: addDays(t0, 1), joinedAt: addDays(t0, 1) })
    book.add({ name: 'Later', invitedAt: addDays(t0, 30) })
    expect(friendsByRecency(book, ledger, addDays(t0, 2)).map((f) => f.status)).toEqual([
      'joined',
      'invited',
    ])
  })

  it('refuse a friend whose steps are out of order', () => {
    const { book } = setUp()
    expect(() => book.add({ name: 'Odd', invitedAt: t0, joinedAt: addDays(t0, -1) })).toThrow(
      /each step/,
    )
    expect(() => book.add({ name: 'Odd', invitedAt: t0, firstPurchaseAt: t0 })).toThrow(/each step/)
  })
})
