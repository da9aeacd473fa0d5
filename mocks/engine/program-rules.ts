import type { Program, Tier } from '@/api/schemas/program'

/** Purchases stay pending through the returns window before the points can be spent. */
export const PURCHASE_PENDING_DAYS = 14
/** Reviews are pending while they are moderated. */
export const REVIEW_PENDING_DAYS = 3
/** Every lot of earned points expires this many years after it was earned. */
export const POINTS_LIFETIME_YEARS = 1
/** Balance.expiring lists lots that expire within this many days. */
export const EXPIRING_SOON_DAYS = 90

/** Fixed bonuses for things other than purchases. */
export const BONUS_POINTS = {
  review: 25,
  newsletter: 50,
  referral: 200,
  birthday: 100,
} as const

export const TIER_IDS = { bronze: 'tier_bronze', silver: 'tier_silver', gold: 'tier_gold' } as const

const birthdayGift = {
  id: 'benefit_birthday_gift',
  title: 'Birthday gift',
  description: '100 bonus points and a treat from the café in your birthday month.',
}
const memberOffers = {
  id: 'benefit_member_offers',
  title: 'Member-only offers',
  description: 'Offers and prices that only members see, in the app and by email.',
}
const freeShipping = {
  id: 'benefit_free_shipping',
  title: 'Free standard shipping',
  description: 'Free standard shipping on every online order, with no minimum spend.',
}
const earlyAccess = {
  id: 'benefit_early_access',
  title: 'Early access',
  description: 'Shop seasonal collections and sales 48 hours before everyone else.',
}

export function createProgram(): Program {
  return {
    id: 'prog_harbor_pine',
    name: 'Harbor & Pine Rewards',
    points: { one: 'point', other: 'points' },
    currency: 'USD',
    earnRate: { points: 1, per: { amount: 100, currency: 'USD' } },
    qualification: { basis: 'spend', period: 'calendar_year' },
    tiers: [
      {
        id: TIER_IDS.bronze,
        name: 'Bronze',
        rank: 1,
        threshold: { amount: 0, currency: 'USD' },
        multiplier: 1,
        benefits: [birthdayGift, memberOffers],
      },
      {
        id: TIER_IDS.silver,
        name: 'Silver',
        rank: 2,
        threshold: { amount: 35_000, currency: 'USD' },
        multiplier: 1.25,
        benefits: [birthdayGift, memberOffers, freeShipping, earlyAccess],
      },
      {
        id: TIER_IDS.gold,
        name: 'Gold',
        rank: 3,
        threshold: { amount: 100_000, currency: 'USD' },
        multiplier: 1.5,
        benefits: [
          birthdayGift,
          memberOffers,
          {
            ...freeShipping,
            title: 'Free express shipping',
            description: 'Free express shipping on every online order, with no minimum spend.',
          },
          earlyAccess,
          {
            id: 'benefit_private_events',
            title: 'Private events',
            description: 'Invitations to tastings, workshops and after-hours shopping evenings.',
          },
          {
            id: 'benefit_concierge',
            title: 'Personal concierge',
            description: 'A named member of our team for gifts, special orders and anything else.',
          },
        ],
      },
    ],
    nudgeThreshold: 50,
  }
}

/** Tiers from the entry tier up. */
export function tiersByRank(program: Program): Tier[] {
  return [...program.tiers].sort((a, b) => a.rank - b.rank)
}

export function entryTier(program: Program): Tier {
  const [first] = tiersByRank(program)
  if (!first) throw new Error('A program needs at least one tier')
  return first
}

/** The highest tier whose threshold the spend (minor units) reaches. */
export function tierForSpend(program: Program, spend: number): Tier {
  let reached = entryTier(program)
  for (const tier of tiersByRank(program)) {
    if (spend >= tier.threshold.amount) reached = tier
  }
  return reached
}

export function nextTierAfter(program: Program, tier: Tier): Tier | null {
  return tiersByRank(program).find((candidate) => candidate.rank > tier.rank) ?? null
}

export function higherTier(a: Tier, b: Tier): Tier {
  return b.rank > a.rank ? b : a
}

/** Points for a purchase: the base earn rate on whole units of spend, then the tier multiplier. */
export function purchasePoints(program: Program, spend: number, multiplier: number): number {
  const base = Math.floor(spend / program.earnRate.per.amount) * program.earnRate.points
  return Math.floor(base * multiplier)
}
