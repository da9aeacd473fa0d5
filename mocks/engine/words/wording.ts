import type { $ZodErrorMap } from 'zod/v4/core'
import type { ProblemCode } from '@/api/schemas/problem-code'
import type { CauseKey, DonationSlug, ProductSlug } from '../catalog'
import type {
  DepartmentKey,
  FinishKey,
  FormatKey,
  ProductKey,
  ShippingKey,
  TopicKey,
} from '../large-catalog'
import type { EventKey, ReviewedProductKey, StoreKey } from '../member-history'
import type { BenefitKey, CategoryId, RuleKey, TierKey } from '../program-rules'

/**
 * What points are called, in CLDR plural forms (`other` always; a language adds the forms it
 * has: Arabic all six). The number comes first: "1 point", "3 نقاط".
 */
export type PointsWord = {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

/** A reward's words. */
export type RewardWords = {
  name: string
  summary: string
  description: string
  terms: string
  howToUse: string
  /** The image's alt text, for rewards that have one. */
  imageAlt?: string
}

/** A problem's words: `title` when the code's general title does not say enough. */
export type ProblemWords = { title?: string; detail: string }

/** A generated reward's words beyond the terms and how to use it. */
export type GeneratedWords = { name: string; summary: string; description: string }

/** Numbers and money for texts, already formatted for the language. */
export type TextFormat = {
  /** 1,250 (en), 1250 (es), … */
  number(value: number): string
  /** Whole US dollars, or cents: "$10", "$2.50". */
  usd(cents: number): string
  /** "1 point", "250 points", in the language's plural forms. */
  points(value: number): string
}

/**
 * Every word the mock API sends, in one language. TypeScript checks that each language has
 * them all; numbers inside texts come from `format` (Intl with the language's locale).
 */
export type Wording = {
  /** zod's own words for what is wrong with a value (the detail of a 400 on a bad query or body). */
  issues: $ZodErrorMap
  /** The locale of numbers and money in the texts. */
  intlLocale: string
  program: { name: string; points: PointsWord }
  tiers: Readonly<Record<TierKey, string>>
  benefits: Readonly<Record<BenefitKey, { title: string; description: string }>>

  /** The standard catalog: every reward but the donations, by slug. */
  rewards: Readonly<Record<ProductSlug, RewardWords>>
  /** Donations: their own summary (and alt text); name and description follow `donation`. */
  donations: Readonly<Record<DonationSlug, { summary: string; imageAlt?: string }>>
  causes: Readonly<Record<CauseKey, string>>
  donation: {
    name(gift: { points: string; amount: string; cause: string }): string
    description(gift: { points: string; amount: string; cause: string }): string
    terms: string
    howToUse: string
  }
  /** Shared terms and instructions the generated rewards use. */
  storeTerms: string
  voucherHowTo: string
  shippingHowTo: string
  /** The large catalog's generated rewards ("Free Speckled Espresso Cup No. 4821"). */
  generated: {
    discount(d: { amount: string; department: DepartmentKey; number: number }): GeneratedWords
    freeProduct(d: { finish: FinishKey; product: ProductKey; number: number }): GeneratedWords
    gift(d: { product: ProductKey; number: number }): GeneratedWords
    experience(d: { topic: TopicKey; format: FormatKey; number: number }): GeneratedWords
    freeShipping(d: { kind: ShippingKey; number: number }): GeneratedWords
    donation(d: { points: string; amount: string; cause: string; number: number }): GeneratedWords
    experienceTerms: string
    experienceHowTo: string
  }

  /** The ways to earn (GET /earning-rules). */
  earning: {
    /** Each rule's words; `points` is what it gives, formatted with its word. */
    rules: Readonly<Record<RuleKey, { title: string; description(points: string): string }>>
    /** Product types, for purchase rates. */
    categories: Readonly<Record<CategoryId, string>>
    /** Events a member came to. */
    events: Readonly<Record<EventKey, string>>
    /** The birthday treat in the wallet. */
    birthdayTreat: { name: string; howToUse: string }
  }

  /** What the ledger says about each entry (the activity, balance.pending[].reason). */
  history: {
    onlineOrder(order: number): string
    inStore(store: StoreKey): string
    review(product: ReviewedProductKey): string
    newsletter: string
    referral(friend: string): string
    /** Points from a purchase at a partner brand, under its name. */
    partnerPurchase(partner: string): string
    /** A challenge's bonus, under its title (in the same language). */
    challengeCompleted(challenge: string): string
    /** A filled punch card's bonus, under the card's name (in the same language). */
    punchCardFilled(card: string): string
    birthday: string
    redeemed(reward: string): string
    donated(reward: string): string
    app: string
    social(network: string): string
    event(event: EventKey): string
    partner(partner: string): string
    /** What was left of a lot when it expired; `points` is already formatted with its word. */
    expired(points: string, lot: string): string
    /** The points credited on joining. */
    welcome(program: string): string
    /** Points for answering the net promoter question. */
    surveyAnswered: string
    /** Points for opting in to a channel. */
    optedIn(channel: 'email' | 'sms' | 'push'): string
    /** An adjustment: points given as an apology. */
    goodwill: string
    /** An adjustment: points an online order should have earned, credited later. */
    missingPoints(order: number): string
    /** An adjustment that takes points back: the online order they were earned on came back. */
    orderReturned(order: number): string
  }

  /** A short, general title per problem code. */
  problemTitles: Readonly<Record<ProblemCode, string>>
  problems: {
    rewardNotFound(id: string): ProblemWords
    noLongerOffered(d: { reward: string; until: string }): ProblemWords
    costChanged(d: { reward: string; cost: string; expected: string }): ProblemWords
    tierRequired(d: { reward: string; required: string; mine: string }): ProblemWords
    limitReached(d: { reward: string; limit: number; redeemed: number }): ProblemWords
    outOfStock(d: { reward: string }): ProblemWords
    insufficientPoints(d: {
      reward: string
      cost: string
      available: string
      short: string
    }): ProblemWords
    /** The ledger's own check, behind the engine's (a debit it cannot cover). */
    notEnoughAvailable(d: { needed: string; available: string }): ProblemWords
    keyReused(d: { key: string; rewardId: string; cost: string }): ProblemWords
    /** Joining with an email that already has a member. */
    emailTaken: ProblemWords
    /** A join's key sent again with other details. */
    joinKeyReused(d: { key: string }): ProblemWords
    /** Joining without accepting the program's terms. */
    termsNotAccepted: ProblemWords
    /** Joining with a blank first name. */
    firstNameBlank: ProblemWords
    keyInUse(d: { key: string }): ProblemWords
    actionNotFound(id: string): ProblemWords
    /** An action done before; `date` is when, already formatted. */
    alreadyCompleted(d: { date: string }): ProblemWords
    actionKeyReused(d: { key: string; actionId: string }): ProblemWords
    birthdayAlreadySet: ProblemWords
    noSuchDay(d: { month: number; day: number }): ProblemWords
    birthdayKeyReused(d: { key: string }): ProblemWords
    /** A checkout for a member who is VIP already. */
    vipAlready: ProblemWords
    /** A checkout while a cancelled membership's benefits last; `date` already formatted. */
    vipUntil(d: { date: string }): ProblemWords
    /** Cancelling without a membership. */
    vipPending: ProblemWords
    notVip: ProblemWords
    checkoutKeyReused(d: { key: string }): ProblemWords
    cancelKeyReused(d: { key: string }): ProblemWords
    /** This period's question answered before; `date` is when, already formatted. */
    surveyAnswered(d: { date: string }): ProblemWords
    /** An answer or dismissal naming a question other than this period's. */
    surveyNotCurrent(d: { surveyId: string }): ProblemWords
    /** A member not asked yet (new to the program). */
    surveyNotEligible: ProblemWords
    surveyKeyReused(d: { key: string }): ProblemWords
    preferenceKeyReused(d: { key: string }): ProblemWords
    keyLength(max: number): ProblemWords
    keyMissing: ProblemWords
    keyInvalid(reason: string): ProblemWords
    badCursor: ProblemWords
    /** Query or body outside its schema: `issues` lists where and why. */
    invalidQuery(issues: string): ProblemWords
    invalidBody(issues: string): ProblemWords
    bodyNotJson: ProblemWords
    /** A count set or recorded that is not a whole number in range (tests, the designer). */
    notACount(d: { what: 'cost' | 'stock' | 'earned' | 'spent'; value: string }): ProblemWords
    postsBeforeEarned: ProblemWords
    /** A back-dated debit that would leave a later one unpaid. */
    overdrawn(d: { points: string }): ProblemWords
    signedOut: ProblemWords
    /** A session ended on a designer's fault rather than by the engine. */
    sessionEnded: ProblemWords
    invalidCredentials: ProblemWords
    accountLocked: ProblemWords
    noSuchOperation(d: { method: string; path: string }): ProblemWords
    internalError: ProblemWords
    unavailable: ProblemWords
  }
}
