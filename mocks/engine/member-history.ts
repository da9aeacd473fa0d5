import type { Program } from '@/api/schemas/program'
import { giveBirthdayGift } from './birthday-gifts'
import type { CatalogReward } from './catalog'
import { addDays } from './dates'
import { localize, type Localized, type TranslatedLanguage } from './language'
import type { Ledger } from './ledger'
import { birthdayOn } from './members'
import {
  BONUS_POINTS,
  PURCHASE_PENDING_DAYS,
  REVIEW_PENDING_DAYS,
  RULE_IDS,
  type CategoryId,
  type RuleId,
  purchasePoints,
} from './program-rules'
import { partnerById, partnerPoints, PARTNER_PENDING_DAYS } from './partners'
import type { StampBook } from './punch-cards'
import type { Random } from './random'
import type { RedemptionBook } from './redemptions'
import { awardReferral, type FriendInput, type ReferralBook } from './referrals'
import { rewardName } from './reward-text'
import { tierAt } from './tier-status'
import type { Wording } from './words/wording'
import { words } from './words/words'

// Keys in a fixed order (the draws depend on it); their words are in words/.
const STORES = ['harbor-street', 'pine-market', 'old-mill-yard'] as const
export type StoreKey = (typeof STORES)[number]
const REVIEWED_PRODUCTS = [
  'speckled-mug',
  'harbor-morning-beans',
  'cedar-candle',
  'linen-apron',
  'camp-kettle',
  'pine-ridge-roast',
] as const
export type ReviewedProductKey = (typeof REVIEWED_PRODUCTS)[number]
/** Events a member can come to; their names are in words/. */
export const EVENTS = ['cupping', 'latte-art', 'candle-making', 'harvest-tasting'] as const
export type EventKey = (typeof EVENTS)[number]

/** What a ledger entry says, in every language. */
const history = (write: (wording: Wording['history'], language: TranslatedLanguage) => string) =>
  localize((language) => write(words(language).history, language))

/**
 * Plans a member's history, then writes it into the ledger in an order that follows the rules:
 * earnings in time order first (a purchase's multiplier depends on the spend before it), then
 * redemptions in time order (each must be affordable when it happens).
 */
export type HistoryPlan = {
  /**
   * A purchase of `spend` cents in a product category (homeware when not given): points at the
   * category's rate and the tier's multiplier then, pending through the returns window. One
   * that earns nothing (a gift card) leaves no entry.
   */
  purchase(at: Date, spend: number, category?: CategoryId): void
  /** Purchases adding up to exactly `total` cents at random moments in [from, to], about one every `everyDays`. */
  purchasesBetween(options: {
    from: Date
    to: Date
    total: number
    everyDays: number
    /** Each purchase's category; homeware when not given. */
    category?: () => CategoryId
  }): void
  review(at: Date): void
  newsletter(at: Date): void
  /** Connected the app. */
  app(at: Date): void
  /** Followed one of the program's social accounts. */
  social(at: Date, account: 'instagram' | 'tiktok'): void
  /** Came to an event and scanned their card there. */
  event(at: Date, event: EventKey): void
  /** A friend invited, joined and made a first purchase at `at` (the referral rule decides the points). */
  referral(at: Date, friendFirstName: string): void
  /** A friend at whatever step they reached; a first purchase goes through the referral rule. */
  referredFriend(friend: FriendInput): void
  /** A purchase of `spend` cents at a partner brand: points at its rate, pending until it reports. */
  partnerPurchase(at: Date, partnerId: string, spend: number): void
  /** A stamp on a punch card (bonus points for filling it are credited by the engine's rule). */
  stamp(at: Date, cardId: string): void
  /** The birthday gift of the month `at` falls in, given on its first day (points and treat). */
  birthday(at: Date): void
  adjustment(at: Date, points: number, reason: Localized): void
  /**
   * Redeems a catalog reward at its cost and records it in the wallet; committing throws when
   * points fall short. `usedAfterDays`: the voucher was used that many days later.
   */
  redeem(at: Date, rewardId: string, options?: RedeemOptions): void
  /** Like redeem, but skipped when the member cannot afford it then (an odd clock squeezes a history). */
  redeemIfAffordable(at: Date, rewardId: string, options?: RedeemOptions): void
  /** Writes everything planned into the ledger. */
  commit(): void
}

export type RedeemOptions = { usedAfterDays?: number }

type Planned = { at: number; order: number; write: () => void }

export function planHistory(options: {
  program: Program
  ledger: Ledger
  catalog: readonly CatalogReward[]
  redemptions: RedemptionBook
  referrals: ReferralBook
  stamps: StampBook
  random: Random
}): HistoryPlan {
  const { program, ledger, catalog, redemptions: wallet, referrals, stamps, random } = options
  // The birthday treats' codes: a stream of their own, so the rest of the history is unchanged.
  const gifts = random.fork('birthday-gifts')
  const earnings: Planned[] = []
  const redemptions: Planned[] = []
  const plan = (list: Planned[], at: Date, write: () => void) => {
    list.push({ at: at.getTime(), order: list.length, write })
  }
  const earn = (at: Date, write: () => void) => plan(earnings, at, write)

  function rewardById(rewardId: string): CatalogReward {
    const reward = catalog.find((candidate) => candidate.id === rewardId)
    if (!reward) throw new Error(`A scenario redeems ${rewardId}, which is not in the catalog`)
    return reward
  }

  function purchase(at: Date, spend: number, category?: CategoryId) {
    earn(at, () => {
      const multiplier = tierAt(program, ledger, at).multiplier
      const points = purchasePoints(program, spend, multiplier, category)
      const description = random.chance(0.5)
        ? onlineOrder(random.int(100_000, 999_999))
        : inStore(random.pick(STORES))
      if (points < 1) return
      ledger.earn({
        source: 'purchase',
        points,
        occurredAt: at,
        availableOn: addDays(at, PURCHASE_PENDING_DAYS),
        spend: { amount: spend, currency: program.currency },
        category: category ?? null,
        description,
      })
    })
  }

  const bonus = (at: Date, points: number, rule: RuleId, description: Localized) =>
    earn(at, () => ledger.earn({ source: 'bonus', rule, points, occurredAt: at, description }))

  const onlineOrder = (order: number) => history((w) => w.onlineOrder(order))
  const inStore = (store: StoreKey) => history((w) => w.inStore(store))

  function redeemNow(reward: CatalogReward, at: Date, redeemOptions: RedeemOptions = {}) {
    const donation = reward.category === 'donation'
    ledger.redeem({
      rewardId: reward.id,
      points: reward.cost,
      occurredAt: at,
      donation,
      description: history((w, language) =>
        (donation ? w.donated : w.redeemed)(rewardName(reward, language)),
      ),
    })
    const { usedAfterDays } = redeemOptions
    wallet.record(
      reward,
      at,
      usedAfterDays === undefined ? {} : { usedAt: addDays(at, usedAfterDays) },
    )
  }

  function referredFriend(input: FriendInput) {
    const friend = referrals.add(input)
    const at = friend.firstPurchaseAt
    if (at) earn(at, () => awardReferral(ledger, friend))
  }

  /** The same day at a time the shops are open (UTC), unless that leaves [from, to]. */
  function shopHours(time: number, from: number, to: number): number {
    const date = new Date(time)
    date.setUTCHours(random.int(9, 19), random.int(0, 59), random.int(0, 59), 0)
    const moved = date.getTime()
    return moved >= from && moved <= to ? moved : time
  }

  return {
    purchase,

    purchasesBetween({ from, to, total, everyDays, category }) {
      const minimum = 500
      if (total < minimum) return
      const span = Math.max(0, to.getTime() - from.getTime())
      const byTime = Math.max(1, Math.round(span / (everyDays * 86_400_000)))
      // About $20 or more a purchase: many tiny purchases look odd.
      const count = Math.min(byTime, Math.max(1, Math.floor(total / 2000)))
      const times = Array.from({ length: count }, () =>
        shopHours(from.getTime() + Math.floor(random.next() * span), from.getTime(), to.getTime()),
      )
      times.sort((a, b) => a - b)
      const weights = times.map(() => 0.5 + random.next())
      const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
      const spare = total - minimum * count
      const amounts = weights.map((weight) => minimum + Math.floor((spare * weight) / weightSum))
      const shortfall = total - amounts.reduce((sum, amount) => sum + amount, 0)
      amounts[amounts.length - 1] = (amounts.at(-1) ?? minimum) + shortfall
      times.forEach((time, index) =>
        purchase(new Date(time), amounts[index] ?? minimum, category?.()),
      )
    },

    review(at) {
      const product = random.pick(REVIEWED_PRODUCTS)
      earn(at, () =>
        ledger.earn({
          source: 'review',
          points: BONUS_POINTS.review,
          occurredAt: at,
          availableOn: addDays(at, REVIEW_PENDING_DAYS),
          description: history((w) => w.review(product)),
        }),
      )
    },

    newsletter: (at) =>
      bonus(
        at,
        BONUS_POINTS.newsletter,
        RULE_IDS.newsletter,
        history((w) => w.newsletter),
      ),

    app: (at) =>
      bonus(
        at,
        BONUS_POINTS.app,
        RULE_IDS.app,
        history((w) => w.app),
      ),

    social: (at, account) =>
      bonus(
        at,
        BONUS_POINTS.social,
        RULE_IDS[account],
        history((w) => w.social(account === 'instagram' ? 'Instagram' : 'TikTok')),
      ),

    event: (at, event) =>
      bonus(
        at,
        BONUS_POINTS.event,
        RULE_IDS.event,
        history((w) => w.event(event)),
      ),

    referral(at, friendFirstName) {
      referredFriend({
        name: friendFirstName,
        invitedAt: addDays(at, -12),
        joinedAt: addDays(at, -9),
        firstPurchaseAt: at,
      })
    },

    referredFriend,

    partnerPurchase(at, partnerId, spend) {
      const partner = partnerById(partnerId)
      const money = { amount: spend, currency: program.currency }
      earn(at, () =>
        ledger.earn({
          source: 'partner',
          points: partnerPoints(partner, money),
          occurredAt: at,
          availableOn: addDays(at, PARTNER_PENDING_DAYS),
          description: history((w) => w.partnerPurchase(partner.name)),
          partner: { id: partner.id, name: partner.name },
          rule: null,
          relatedId: partner.id,
        }),
      )
    },

    stamp(at, cardId) {
      stamps.stamp(cardId, at)
    },

    birthday(at) {
      const monthStart = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))
      earn(monthStart, () =>
        giveBirthdayGift({ ledger, wallet, birthday: birthdayOn(at), monthStart, random: gifts }),
      )
    },

    adjustment(at, points, reason) {
      earn(at, () =>
        ledger.earn({ source: 'adjustment', points, occurredAt: at, description: reason }),
      )
    },

    redeem(at, rewardId, redeemOptions) {
      const reward = rewardById(rewardId)
      plan(redemptions, at, () => redeemNow(reward, at, redeemOptions))
    },

    redeemIfAffordable(at, rewardId, redeemOptions) {
      const reward = rewardById(rewardId)
      plan(redemptions, at, () => {
        if (ledger.available(at) >= reward.cost) redeemNow(reward, at, redeemOptions)
      })
    },

    commit() {
      for (const list of [earnings, redemptions]) {
        list.sort((a, b) => a.at - b.at || a.order - b.order)
        for (const planned of list.splice(0)) planned.write()
      }
    },
  }
}
