import { describe, expect, it } from 'vitest'
import { isPastDeadline } from '@/api/schemas/challenge'
import { Challenge } from '@/api/schemas/challenge'
import { challenge } from '../scenarios/challenge-offers'
import { awardChallenges, challengesIn, challengeView, standing } from './challenges'
import { addDays } from './dates'
import { Ledger } from './ledger'

const start = new Date('2026-11-01T00:00:00Z')
const title = { en: 'Autumn trio', es: 'Trío de otoño', ar: 'ثلاثية الخريف' }
// "by 30 Nov": endsAt is 1 Dec 00:00:00, everything on 30 Nov counts.
const trio = challenge({
  id: 'chl_trio',
  title,
  kind: 'purchases',
  target: 3,
  rewardPoints: 200,
  startsAt: start,
  lastDay: new Date('2026-11-30T12:00:00Z'),
})
const deadline = trio.endsAt
const second = (date: Date, delta: number) => new Date(date.getTime() + delta * 1000)

function purchase(ledger: Ledger, at: Date) {
  ledger.earn({
    source: 'purchase',
    points: 10,
    occurredAt: at,
    description: { en: 'Order', es: 'Pedido', ar: 'طلب' },
  })
}

describe('a challenge', () => {
  it('ends at the moment after its last day, for the API and the portal alike', () => {
    expect(deadline.toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(isPastDeadline(deadline, second(deadline, -1))).toBe(false)
    expect(isPastDeadline(deadline, deadline)).toBe(true)
    expect(isPastDeadline(deadline.toISOString(), '2026-12-01T00:00:01Z')).toBe(true)
  })

  it('counts purchases from its start to its deadline, and stays active until the deadline', () => {
    const ledger = new Ledger()
    purchase(ledger, second(start, -1)) // before it started
    purchase(ledger, start)
    purchase(ledger, addDays(start, 10))
    expect(standing(trio, ledger, second(deadline, -1))).toMatchObject({
      status: 'active',
      progress: 2,
    })
    expect(standing(trio, ledger, deadline)).toMatchObject({ status: 'expired', progress: 2 })
  })

  it('completes on a purchase in its last second, not on one at its deadline', () => {
    const late = new Ledger()
    for (const at of [start, addDays(start, 3), deadline]) purchase(late, at)
    expect(standing(trio, late, addDays(deadline, 1))).toMatchObject({
      status: 'expired',
      progress: 2,
      completedAt: null,
    })

    const justInTime = new Ledger()
    for (const at of [start, addDays(start, 3), second(deadline, -1)]) purchase(justInTime, at)
    expect(standing(trio, justInTime, addDays(deadline, 1))).toEqual({
      status: 'completed',
      progress: 3,
      purchasesMade: 3,
      completedAt: second(deadline, -1),
    })
  })

  it('does not count what happens after now, and never shows more than its target', () => {
    const ledger = new Ledger()
    for (let day = 1; day <= 5; day += 1) purchase(ledger, addDays(start, day))
    expect(standing(trio, ledger, addDays(start, 2)).progress).toBe(2)
    expect(standing(trio, ledger, addDays(start, 6))).toMatchObject({
      status: 'completed',
      progress: 3,
      completedAt: addDays(start, 3),
    })
  })

  it('unlocks after its number of purchases; the unlocking purchase does not count', () => {
    const locked = challenge({
      id: 'chl_reviews',
      title,
      kind: 'reviews',
      target: 1,
      rewardPoints: 50,
      startsAt: start,
      lastDay: new Date('2026-11-30T00:00:00Z'),
      unlockAfterPurchases: 2,
    })
    const ledger = new Ledger()
    ledger.earn({
      source: 'review',
      points: 25,
      occurredAt: addDays(start, 1),
      description: { en: 'R', es: 'R', ar: 'R' },
    })
    purchase(ledger, addDays(start, 2))
    expect(standing(locked, ledger, addDays(start, 3))).toEqual({
      status: 'locked',
      progress: 0,
      purchasesMade: 1,
      completedAt: null,
    })
    purchase(ledger, addDays(start, 4))
    expect(standing(locked, ledger, addDays(start, 5))).toMatchObject({
      status: 'active',
      progress: 0,
      purchasesMade: 2,
    })
    ledger.earn({
      source: 'review',
      points: 25,
      occurredAt: addDays(start, 6),
      description: { en: 'R', es: 'R', ar: 'R' },
    })
    expect(standing(locked, ledger, addDays(start, 7))).toMatchObject({
      status: 'completed',
      progress: 1,
    })
    // Still locked at its deadline: it expired.
    const never = new Ledger()
    expect(standing(locked, never, locked.endsAt).status).toBe('expired')
  })

  it('credits its points once, as a bonus at the moment it was completed', () => {
    const ledger = new Ledger()
    for (const at of [start, addDays(start, 1), addDays(start, 2)]) purchase(ledger, at)
    const now = addDays(start, 5)
    awardChallenges([trio], ledger, now)
    awardChallenges([trio], ledger, addDays(now, 1))
    const bonuses = ledger
      .entries()
      .filter((entry) => entry.kind === 'earned' && entry.source === 'bonus')
    expect(bonuses).toMatchObject([
      { points: 200, occurredAt: addDays(start, 2), relatedId: 'chl_trio' },
    ])
  })

  it('is answered in the language asked for, inside the contract', () => {
    const ledger = new Ledger()
    purchase(ledger, addDays(start, 1))
    const view = challengeView(trio, ledger, addDays(start, 2), 'ar')
    expect(Challenge.parse(view)).toEqual(view)
    expect(view).toMatchObject({
      title: 'ثلاثية الخريف',
      goal: { kind: 'purchases', target: 3 },
      progress: 1,
      status: 'active',
      unlock: null,
      endsAt: '2026-12-01T00:00:00Z',
      completedAt: null,
    })
  })

  it('lists current ones soonest deadline first, locked after active, and the history newest first', () => {
    const make = (id: string, lastDay: string, unlockAfterPurchases?: number) =>
      challenge({
        id,
        title,
        kind: 'purchases',
        target: 1,
        rewardPoints: 10,
        startsAt: start,
        lastDay: new Date(lastDay),
        ...(unlockAfterPurchases === undefined ? {} : { unlockAfterPurchases }),
      })
    const all = [
      make('later', '2026-12-20T00:00:00Z'),
      make('locked', '2026-12-05T00:00:00Z', 5),
      make('sooner', '2026-12-10T00:00:00Z'),
      make('ended', '2026-11-10T00:00:00Z'),
      make('ended-earlier', '2026-11-05T00:00:00Z'),
      { ...make('future', '2027-01-10T00:00:00Z'), startsAt: addDays(start, 60) },
    ]
    const now = addDays(start, 15)
    const ledger = new Ledger()
    expect(challengesIn('current', all, ledger, now, 'en').map((c) => c.id)).toEqual([
      'sooner',
      'later',
      'locked',
    ])
    expect(challengesIn('history', all, ledger, now, 'en').map((c) => c.id)).toEqual([
      'ended',
      'ended-earlier',
    ])
  })
})
