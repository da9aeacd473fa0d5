import type { EarningAction, EarningFrequency, EarningRuleKind } from '@/api/schemas/earning'
import type { Program, Tier } from '@/api/schemas/program'
import { purchasePoints as calculate } from '@/api/rules/points-calculator'
import type { PhraseKey } from './words'

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
  app: 100,
  event: 75,
  social: 25,
} as const

/** Purchase points by product type: the earn rate times the multiplier. */
export const CATEGORY_RATES = [
  { id: 'coffee', multiplier: 2 },
  { id: 'cafe', multiplier: 1.5 },
  { id: 'home', multiplier: 1 },
  { id: 'accessories', multiplier: 1 },
  { id: 'gift_cards', multiplier: 0 },
] as const satisfies readonly { id: string; multiplier: number }[]

export type CategoryId = (typeof CATEGORY_RATES)[number]['id']

/** What a purchase is when its history does not say: homeware, at the plain rate. */
export const DEFAULT_CATEGORY: CategoryId = 'home'

export const RULE_IDS = {
  purchase: 'rule_purchase',
  review: 'rule_review',
  newsletter: 'rule_newsletter',
  referral: 'rule_referral',
  app: 'rule_app',
  event: 'rule_event',
  instagram: 'rule_instagram',
  tiktok: 'rule_tiktok',
  birthday: 'rule_birthday',
} as const
export type RuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS]

/** A way to earn, without its words (see words.ts). */
export type RuleDefinition = {
  id: RuleId
  kind: EarningRuleKind
  title: PhraseKey
  description: PhraseKey
  points: number | null
  frequency: EarningFrequency
  pendingDays: number
  action: EarningAction | null
  /** The social network's name, for "Followed us on …". */
  network?: string
}

/** Every way to earn, in the order members read them. */
export const EARNING_RULES: readonly RuleDefinition[] = [
  {
    id: RULE_IDS.purchase,
    kind: 'purchase',
    title: 'rule.purchase.title',
    description: 'rule.purchase.description',
    points: null,
    frequency: 'each',
    pendingDays: PURCHASE_PENDING_DAYS,
    action: null,
  },
  {
    id: RULE_IDS.newsletter,
    kind: 'newsletter',
    title: 'rule.newsletter.title',
    description: 'rule.newsletter.description',
    points: BONUS_POINTS.newsletter,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_newsletter', kind: 'newsletter', url: null },
  },
  {
    id: RULE_IDS.app,
    kind: 'app',
    title: 'rule.app.title',
    description: 'rule.app.description',
    points: BONUS_POINTS.app,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_app', kind: 'app', url: 'https://apps.example.com/harbor-and-pine' },
  },
  {
    id: RULE_IDS.instagram,
    kind: 'social',
    title: 'rule.instagram.title',
    description: 'rule.social.description',
    points: BONUS_POINTS.social,
    frequency: 'once',
    pendingDays: 0,
    action: {
      id: 'act_instagram',
      kind: 'social',
      url: 'https://instagram.example.com/harborandpine',
    },
    network: 'Instagram',
  },
  {
    id: RULE_IDS.tiktok,
    kind: 'social',
    title: 'rule.tiktok.title',
    description: 'rule.social.description',
    points: BONUS_POINTS.social,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_tiktok', kind: 'social', url: 'https://tiktok.example.com/@harborandpine' },
    network: 'TikTok',
  },
  {
    id: RULE_IDS.birthday,
    kind: 'birthday',
    title: 'rule.birthday.title',
    description: 'rule.birthday.description',
    points: BONUS_POINTS.birthday,
    frequency: 'yearly',
    pendingDays: 0,
    action: null,
  },
  {
    id: RULE_IDS.review,
    kind: 'review',
    title: 'rule.review.title',
    description: 'rule.review.description',
    points: BONUS_POINTS.review,
    frequency: 'each',
    pendingDays: REVIEW_PENDING_DAYS,
    action: null,
  },
  {
    id: RULE_IDS.referral,
    kind: 'referral',
    title: 'rule.referral.title',
    description: 'rule.referral.description',
    points: BONUS_POINTS.referral,
    frequency: 'each',
    pendingDays: 0,
    action: null,
  },
  {
    id: RULE_IDS.event,
    kind: 'event',
    title: 'rule.event.title',
    description: 'rule.event.description',
    points: BONUS_POINTS.event,
    frequency: 'each',
    pendingDays: 0,
    action: null,
  },
]

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
    points: { singular: 'point', plural: 'points' },
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

/**
 * Points for a purchase: the base earn rate on whole units of spend, times the category's and
 * the tier's multipliers (the calculation the portal's estimator uses too).
 */
export function purchasePoints(
  program: Program,
  spend: number,
  tierMultiplier: number,
  category: CategoryId = DEFAULT_CATEGORY,
): number {
  const rate = CATEGORY_RATES.find((candidate) => candidate.id === category)
  return calculate({
    spend,
    earnRate: program.earnRate,
    categoryMultiplier: rate?.multiplier ?? 1,
    tierMultiplier,
  })
}
