import type { Balance, Member, TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Reward } from '@/api/schemas/reward'

/** Small hand-made contract values for pure-logic tests; each test overrides what it is about. */
export const NOW = '2026-11-20T15:00:00Z'

const usd = (amount: number) => ({ amount, currency: 'USD' })

export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'prog',
    name: 'Test Rewards',
    points: { one: 'point', other: 'points' },
    currency: 'USD',
    earnRate: { points: 1, per: usd(100) },
    qualification: {
      basis: 'spend',
      period: 'calendar_year',
      gracePeriodDays: 31,
      moveDown: 'one_tier',
    },
    tiers: [
      {
        id: 'gold',
        name: 'Gold',
        rank: 3,
        threshold: usd(100_000),
        multiplier: 1.5,
        benefits: [
          { id: 'g1', title: 'Birthday gift', description: '' },
          { id: 'g2', title: 'Free shipping', description: '' },
          { id: 'g3', title: 'Private events', description: '' },
        ],
      },
      {
        id: 'bronze',
        name: 'Bronze',
        rank: 1,
        threshold: usd(0),
        multiplier: 1,
        benefits: [{ id: 'b1', title: 'Birthday gift', description: '' }],
      },
      {
        id: 'silver',
        name: 'Silver',
        rank: 2,
        threshold: usd(35_000),
        multiplier: 1.25,
        benefits: [
          { id: 's1', title: 'Birthday gift', description: '' },
          { id: 's2', title: 'Free shipping', description: '' },
        ],
      },
    ],
    nudgeThreshold: 50,
    welcomeBonus: 100,
    purchasePendingDays: 14,
    pointsExpiry: { afterMonths: 12 },
    ...overrides,
  }
}

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'm1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    memberSince: '2024-03-01',
    // On file, and not in the month of NOW: no birthday nudge unless a test asks for one.
    birthday: { month: 3, day: 14 },
    referralCode: 'ADA-1',
    tierId: 'silver',
    ...overrides,
  }
}

export function aBalance(overrides: Partial<Balance> = {}): Balance {
  return {
    available: 240,
    pending: [],
    lifetimeEarned: 1000,
    expiring: [],
    asOf: NOW,
    ...overrides,
  }
}

export function aTierProgress(overrides: Partial<TierProgress> = {}): TierProgress {
  return {
    currentTierId: 'silver',
    nextTierId: 'gold',
    qualifyingAmount: usd(50_000),
    amountToNext: usd(50_000),
    periodStart: '2026-01-01T00:00:00Z',
    periodEnd: '2026-12-31T23:59:59Z',
    keptForNextPeriod: true,
    nextPeriodTierId: 'silver',
    grace: null,
    asOf: NOW,
    ...overrides,
  }
}

export function aReward(overrides: Partial<Reward> = {}): Reward {
  return {
    id: 'r1',
    name: 'Free Coffee',
    summary: 'A coffee on us',
    description: '',
    category: 'free_product',
    cost: 250,
    image: null,
    value: null,
    cause: null,
    stock: null,
    tierRequired: null,
    validUntil: null,
    createdAt: '2026-01-01T00:00:00Z',
    popularity: 10,
    limitPerMember: null,
    redeemedByMe: 0,
    terms: '',
    howToUse: '',
    ...overrides,
  }
}
