import type { EarningAction, EarningFrequency, EarningRuleKind } from '@/api/schemas/earning'
import type { Program, Tier } from '@/api/schemas/program'
import { purchasePoints as calculate } from '@/api/rules/points-calculator'
import { DEFAULT_LANGUAGE, say, sayAll, type Language } from './language'
import type { PointsWord } from './words/wording'
import { words } from './words/words'

/** Purchases stay pending through the returns window before the points can be spent. */
export const PURCHASE_PENDING_DAYS = 14
/** Reviews are pending while they are moderated. */
export const REVIEW_PENDING_DAYS = 3
/** Every lot of earned points expires this many years after it was earned. */
export const POINTS_LIFETIME_YEARS = 1
/** Balance.expiring lists lots that expire within this many days. */
export const EXPIRING_SOON_DAYS = 90
/** Points credited once, when someone joins. */
export const WELCOME_BONUS = 100
/** A tier the year's spend did not keep is held this many days into the next year. */
export const TIER_GRACE_DAYS = 31

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

/** Purchase points by product type: the earn rate times the multiplier (words in words/). */
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
export type RuleKey = keyof typeof RULE_IDS
export type RuleId = (typeof RULE_IDS)[RuleKey]

/** Points for answering the net promoter question, once per period; 0 gives none. */
export const SURVEY_POINTS = 25
/** Members are asked the question from this many days after joining. */
export const SURVEY_AFTER_DAYS = 30
/** The rule a survey answer's points count for in the ledger. */
export const SURVEY_RULE_ID = 'rule_survey'

/**
 * What the first opt-in to each channel earns, once ever. E-mail is the newsletter: opting in
 * and subscribing are one thing, and earn once between them.
 */
export const OPT_IN_RULES = {
  email: { id: RULE_IDS.newsletter, points: BONUS_POINTS.newsletter },
  sms: { id: 'rule_opt_in_sms', points: 30 },
  push: { id: 'rule_opt_in_push', points: 30 },
} as const

/** Every rule a ledger entry may count for: the ways to earn, the survey and the opt-ins. */
export type LedgerRuleId =
  RuleId | typeof SURVEY_RULE_ID | (typeof OPT_IN_RULES)[keyof typeof OPT_IN_RULES]['id']

/** A way to earn; its title and description are in every language's wording (words/). */
export type RuleDefinition = {
  key: RuleKey
  id: RuleId
  kind: EarningRuleKind
  points: number | null
  frequency: EarningFrequency
  pendingDays: number
  action: EarningAction | null
  /** The social network's name, for "Followed us on …". */
  network?: string
}

const rule = (key: RuleKey, definition: Omit<RuleDefinition, 'key' | 'id'>): RuleDefinition => ({
  key,
  id: RULE_IDS[key],
  ...definition,
})

/** Every way to earn, in the order members read them. */
export const EARNING_RULES: readonly RuleDefinition[] = [
  rule('purchase', {
    kind: 'purchase',
    points: null,
    frequency: 'each',
    pendingDays: PURCHASE_PENDING_DAYS,
    action: null,
  }),
  rule('newsletter', {
    kind: 'newsletter',
    points: BONUS_POINTS.newsletter,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_newsletter', kind: 'newsletter', url: null },
  }),
  rule('app', {
    kind: 'app',
    points: BONUS_POINTS.app,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_app', kind: 'app', url: 'https://apps.example.com/harbor-and-pine' },
  }),
  rule('instagram', {
    kind: 'social',
    points: BONUS_POINTS.social,
    frequency: 'once',
    pendingDays: 0,
    action: {
      id: 'act_instagram',
      kind: 'social',
      url: 'https://instagram.example.com/harborandpine',
    },
    network: 'Instagram',
  }),
  rule('tiktok', {
    kind: 'social',
    points: BONUS_POINTS.social,
    frequency: 'once',
    pendingDays: 0,
    action: { id: 'act_tiktok', kind: 'social', url: 'https://tiktok.example.com/@harborandpine' },
    network: 'TikTok',
  }),
  rule('birthday', {
    kind: 'birthday',
    points: BONUS_POINTS.birthday,
    frequency: 'yearly',
    pendingDays: 0,
    action: null,
  }),
  rule('review', {
    kind: 'review',
    points: BONUS_POINTS.review,
    frequency: 'each',
    pendingDays: REVIEW_PENDING_DAYS,
    action: null,
  }),
  rule('referral', {
    kind: 'referral',
    points: BONUS_POINTS.referral,
    frequency: 'each',
    pendingDays: 0,
    action: null,
  }),
  rule('event', {
    kind: 'event',
    points: BONUS_POINTS.event,
    frequency: 'each',
    pendingDays: 0,
    action: null,
  }),
]

export const TIER_IDS = { bronze: 'tier_bronze', silver: 'tier_silver', gold: 'tier_gold' } as const
export type TierKey = keyof typeof TIER_IDS

/** Each benefit's id; its words are in every language's wording (words/). */
export const BENEFIT_IDS = {
  birthdayGift: 'benefit_birthday_gift',
  memberOffers: 'benefit_member_offers',
  freeShipping: 'benefit_free_shipping',
  // The same benefit as free shipping, better: one id, so a member sees it upgraded.
  freeExpressShipping: 'benefit_free_shipping',
  earlyAccess: 'benefit_early_access',
  privateEvents: 'benefit_private_events',
  concierge: 'benefit_concierge',
  // Paid VIP membership's own (see membership.ts).
  monthlyTreat: 'benefit_monthly_treat',
} as const
export type BenefitKey = keyof typeof BENEFIT_IDS

/** The tiers' numbers and benefits; their words come from the language asked for. */
const TIERS: readonly {
  key: TierKey
  rank: number
  threshold: number
  multiplier: number
  benefits: readonly BenefitKey[]
}[] = [
  {
    key: 'bronze',
    rank: 1,
    threshold: 0,
    multiplier: 1,
    benefits: ['birthdayGift', 'memberOffers'],
  },
  {
    key: 'silver',
    rank: 2,
    threshold: 35_000,
    multiplier: 1.25,
    benefits: ['birthdayGift', 'memberOffers', 'freeShipping', 'earlyAccess'],
  },
  {
    key: 'gold',
    rank: 3,
    threshold: 100_000,
    multiplier: 1.5,
    benefits: [
      'birthdayGift',
      'memberOffers',
      'freeExpressShipping',
      'earlyAccess',
      'privateEvents',
      'concierge',
    ],
  },
]

/** The benefits of the tier with id `tierId` (none for an unknown id). */
export function tierBenefits(tierId: string): readonly BenefitKey[] {
  return TIERS.find((tier) => TIER_IDS[tier.key] === tierId)?.benefits ?? []
}

/** What points are called in `language`, in every CLDR plural form the language has. */
export function pointsWord(language: Language): PointsWord {
  const forms = sayAll(language, (l): Record<string, string | null> => {
    const { zero, one, two, few, many, other } = words(l).program.points
    return {
      zero: zero ?? null,
      one: one ?? null,
      two: two ?? null,
      few: few ?? null,
      many: many ?? null,
      other,
    }
  })
  const word: PointsWord = { other: forms.other ?? '' }
  for (const form of ['zero', 'one', 'two', 'few', 'many'] as const) {
    const text = forms[form]
    if (text) word[form] = text
  }
  return word
}

/** The key of a tier id (`tier_gold` -> `gold`), for its words. */
export function tierKey(tierId: string): TierKey | undefined {
  return (Object.keys(TIER_IDS) as TierKey[]).find((key) => TIER_IDS[key] === tierId)
}

/**
 * The program in `language`: the same ids, numbers and rules in every language, and the
 * words (name, what points are called, tiers and benefits) of that language.
 */
export function createProgram(language: Language = DEFAULT_LANGUAGE): Program {
  const points = pointsWord(language)
  return {
    id: 'prog_harbor_pine',
    name: say(language, (l) => words(l).program.name),
    points,
    currency: 'USD',
    earnRate: { points: 1, per: { amount: 100, currency: 'USD' } },
    qualification: {
      basis: 'spend',
      period: 'calendar_year',
      gracePeriodDays: TIER_GRACE_DAYS,
      moveDown: 'one_tier',
    },
    tiers: TIERS.map((tier) => ({
      id: TIER_IDS[tier.key],
      name: say(language, (l) => words(l).tiers[tier.key]),
      rank: tier.rank,
      threshold: { amount: tier.threshold, currency: 'USD' },
      multiplier: tier.multiplier,
      benefits: tier.benefits.map((benefit) => ({
        id: BENEFIT_IDS[benefit],
        ...sayAll(language, (l) => words(l).benefits[benefit]),
      })),
    })),
    nudgeThreshold: 50,
    welcomeBonus: WELCOME_BONUS,
    purchasePendingDays: PURCHASE_PENDING_DAYS,
    pointsExpiry: { afterMonths: POINTS_LIFETIME_YEARS * 12 },
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
 * The tier held next period by a member who held `held` and whose spend reached `reached`:
 * kept when the spend reached it, else moved down as the program says, never below `reached`.
 */
export function tierAfterPeriod(program: Program, held: Tier, reached: Tier): Tier {
  if (reached.rank >= held.rank) return held
  if (program.qualification.moveDown === 'to_qualified_tier') return reached
  const below = tiersByRank(program)
    .filter((tier) => tier.rank < held.rank)
    .at(-1)
  return higherTier(reached, below ?? reached)
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
