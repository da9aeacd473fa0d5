import { describe, expect, it } from 'vitest'
import { ChallengePage } from '@/api/schemas/challenge'
import { PunchCardPage } from '@/api/schemas/punch-card'
import { ReferralSummary, ReferredFriendPage, type ReferredFriend } from '@/api/schemas/referral'
import { fixedClock } from '../engine/clock'
import { createEngine, type LoyaltyEngine } from '../engine/engine'
import { PUNCH_CARDS } from '../engine/punch-cards'
import { REFERRAL_RULES } from '../engine/referrals'
import {
  ALMOST_DONE_CHALLENGE_ID,
  ALMOST_DONE_DAYS_LEFT,
  LAST_DAY_CHALLENGE_ID,
} from './challenge-almost-done'
import { scenarioNames } from './scenarios'

const NOW = '2026-11-20T15:00:00Z'
const engineAt = (scenario: (typeof scenarioNames)[number], now = NOW) =>
  createEngine({ scenario, clock: fixedClock(now) })

function allFriends(engine: LoyaltyEngine): ReferredFriend[] {
  const friends: ReferredFriend[] = []
  let cursor: string | undefined
  do {
    const page = ReferredFriendPage.parse(engine.referredFriends({ limit: 5, cursor }))
    friends.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
  return friends
}

const referralPoints = (engine: LoyaltyEngine) =>
  engine
    .ledgerEntries()
    .filter((entry) => entry.kind === 'earned' && entry.source === 'referral')
    .reduce((sum, entry) => sum + entry.points, 0)

describe('engagement in the scenarios', () => {
  it.each(scenarioNames)(
    '%s: every referral credited in the ledger is a friend in the list, and the other way round',
    (scenario) => {
      const engine = engineAt(scenario)
      const summary = ReferralSummary.parse(engine.referrals())
      const friends = allFriends(engine)
      expect(new Set(friends.map((f) => f.id)).size).toBe(friends.length)
      expect(summary.pointsEarned + summary.pointsPending).toBe(referralPoints(engine))
      expect(friends.reduce((sum, friend) => sum + friend.points, 0)).toBe(referralPoints(engine))
      for (const status of ['invited', 'joined', 'purchased', 'rewarded'] as const) {
        expect(summary.counts[status]).toBe(friends.filter((f) => f.status === status).length)
      }
      for (const view of ['current', 'history'] as const) {
        ChallengePage.parse(engine.challenges({ view, limit: 100 }, 'ar'))
      }
      PunchCardPage.parse(engine.punchCards({ limit: 100 }, 'es'))
    },
  )

  it('default: friends at every step, challenges of every status, partner purchases in the ledger', () => {
    const engine = engineAt('default')
    expect(new Set(allFriends(engine).map((f) => f.status))).toEqual(
      new Set(['invited', 'joined', 'purchased', 'rewarded']),
    )
    const statuses = (['current', 'history'] as const).flatMap((view) =>
      engine.challenges({ view, limit: 100 }, 'en').items.map((c) => c.status),
    )
    expect(new Set(statuses)).toEqual(new Set(['active', 'locked', 'completed', 'expired']))
    const partnerEntries = engine
      .ledgerEntries()
      .filter((entry) => entry.kind === 'earned' && entry.source === 'partner')
    expect(partnerEntries.length).toBeGreaterThanOrEqual(3)
    expect(partnerEntries.map((entry) => entry.description)).toContainEqual({
      en: 'Purchase at Northwind Books',
      es: 'Compra en Northwind Books',
      ar: 'شراء من Northwind Books',
    })
    expect(partnerEntries.every((entry) => entry.kind === 'earned' && entry.relatedId)).toBe(true)
  })

  it('challenge-almost-done: one purchase left on a 3-purchase challenge, 9 days to go', () => {
    const engine = engineAt('challenge-almost-done')
    const current = engine.challenges({ view: 'current', limit: 20 }, 'en').items
    const first = current.find((challenge) => challenge.id === ALMOST_DONE_CHALLENGE_ID)
    expect(first).toMatchObject({
      id: ALMOST_DONE_CHALLENGE_ID,
      status: 'active',
      goal: { kind: 'purchases', target: 3 },
      progress: 2,
      rewardPoints: 200,
      endsAt: '2026-11-30T00:00:00Z',
    })
    expect(ALMOST_DONE_DAYS_LEFT).toBe(9)
    expect(current.filter((challenge) => challenge.status === 'locked')).toMatchObject([
      { unlock: { purchases: 3, purchasesMade: 1 } },
    ])
    expect(
      engine.challenges({ view: 'history', limit: 20 }, 'en').items.map((c) => c.status),
    ).toEqual(['expired', 'completed'])
    const coffee = engine
      .punchCards({ limit: 10 }, 'en')
      .items.find((card) => card.id === PUNCH_CARDS.coffee.id)
    expect(coffee).toMatchObject({ stamps: 8, stampsRequired: 9 })
  })

  it.each([NOW, '2026-11-20T00:00:30Z', '2026-11-20T23:59:30Z'])(
    'challenge-almost-done: another challenge is on its last day, ending with today (%s)',
    (now) => {
      const engine = engineAt('challenge-almost-done', now)
      const current = engine.challenges({ view: 'current', limit: 20 }, 'en').items
      const lastDay = current.find((challenge) => challenge.id === LAST_DAY_CHALLENGE_ID)
      expect(lastDay).toMatchObject({
        title: 'Last call',
        status: 'active',
        goal: { kind: 'purchases', target: 2 },
        progress: 1,
        // The moment after today's last second (UTC): today is its last day.
        endsAt: '2026-11-21T00:00:00Z',
      })
      // Soonest deadline first.
      expect(current[0]?.id).toBe(LAST_DAY_CHALLENGE_ID)
      expect(engine.challenges({ view: 'current', limit: 20 }, 'es').items[0]?.title).toBe(
        'Última llamada',
      )
      expect(engine.challenges({ view: 'current', limit: 20 }, 'ar').items[0]?.title).toBe(
        'النداء الأخير',
      )
    },
  )

  it('challenge-almost-done: as time passes the challenge stays open to its last second, then expires', () => {
    let now = Date.parse(NOW)
    const engine = createEngine({ scenario: 'challenge-almost-done', clock: () => new Date(now) })
    const find = (view: 'current' | 'history') =>
      engine
        .challenges({ view, limit: 20 }, 'en')
        .items.find((challenge) => challenge.id === ALMOST_DONE_CHALLENGE_ID)
    const endsAt = Date.parse(find('current')?.endsAt ?? '')
    now = endsAt - 1000
    expect(find('current')).toMatchObject({ status: 'active', progress: 2 })
    now = endsAt
    expect(find('current')).toBeUndefined()
    expect(find('history')).toMatchObject({ status: 'expired', progress: 2, completedAt: null })
  })

  it('referral-champion: this year’s cap reached, two friends over it, friends still to join', () => {
    const engine = engineAt('referral-champion')
    const summary = engine.referrals()
    expect(summary.cap).toMatchObject({
      limit: REFERRAL_RULES.capPerYear,
      used: REFERRAL_RULES.capPerYear,
    })
    const friends = allFriends(engine)
    expect(friends.length).toBeGreaterThanOrEqual(15)
    expect(friends.filter((f) => f.overCap).map((f) => f.name)).toEqual(['Emil', 'Zoe'])
    expect(friends.filter((f) => f.status === 'invited')).toHaveLength(2)
    expect(friends.filter((f) => f.status === 'joined')).toHaveLength(2)
    expect(summary.pointsEarned).toBeGreaterThanOrEqual(
      REFERRAL_RULES.capPerYear * REFERRAL_RULES.referrerPoints,
    )
  })

  it.each(['2026-01-01T00:30:00Z', '2026-01-06T09:00:00Z', '2026-07-01T12:00:00Z'])(
    'referral-champion builds at the cap at any time of year (%s)',
    (now) => {
      const engine = engineAt('referral-champion', now)
      expect(engine.referrals().cap?.used).toBe(REFERRAL_RULES.capPerYear)
      expect(allFriends(engine).filter((f) => f.overCap)).toHaveLength(2)
    },
  )
})
