import type { ActivityPartner } from '@/api/schemas/activity'
import type { Program } from '@/api/schemas/program'
import { giveBirthdayGift } from './birthday-gifts'
import type { CatalogReward } from './catalog'
import { addDays } from './dates'
import { EngineError } from './engine-error'
import type { Ledger } from './ledger'
import { birthdayOn } from './members'
import {
  BONUS_POINTS,
  PURCHASE_PENDING_DAYS,
  REVIEW_PENDING_DAYS,
  RULE_IDS,
  purchasePoints,
  type CategoryId,
} from './program-rules'
import type { Random } from './random'
import type { RedemptionBook } from './redemptions'
import { tierAt } from './tier-status'
import { phrase } from './words'

const STORES = ['Harbor Street', 'Pine Market', 'Old Mill Yard'] as const
const REVIEWED_PRODUCTS = [
  'Speckled Stoneware Mug',
  'Harbor Morning Coffee Beans',
  'Cedar & Sea Salt Candle',
  'Linen Apron',
  'Enamel Camp Kettle',
  'Pine Ridge Dark Roast',
] as const

/**
 * Plans a member's history, then writes it into the ledger in an order that follows the rules:
 * earnings in time order first (a purchase's multiplier depends on the spend before it), then
 * redemptions in time order (each must be affordable when it happens).
 */
export type HistoryPlan = {
  /**
   * A purchase of `spend` cents in a product category (homeware when not given): points at the
   * category's rate and the tier's multiplier then, pending through the returns window.
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
  event(at: Date, name: string): void
  referral(at: Date, friendFirstName: string): void
  /** The birthday gift of the month `at` falls in, given on its first day (points and treat). */
  birthday(at: Date): void
  /** Points earned with a partner brand. */
  partner(at: Date, partner: ActivityPartner, points: number): void
  adjustment(at: Date, points: number, reason: string): void
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
  random: Random
}): HistoryPlan {
  const { program, ledger, catalog, redemptions: wallet, random } = options
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
    if (!reward) throw new EngineError('not_found', 404, `No reward ${rewardId} in the catalog`)
    return reward
  }

  function purchase(at: Date, spend: number, category?: CategoryId) {
    earn(at, () => {
      const multiplier = tierAt(program, ledger, at).multiplier
      ledger.earn({
        source: 'purchase',
        points: purchasePoints(program, spend, multiplier, category),
        occurredAt: at,
        availableOn: addDays(at, PURCHASE_PENDING_DAYS),
        spend: { amount: spend, currency: program.currency },
        category: category ?? null,
        description: random.chance(0.5)
          ? phrase('ledger.order-online', { order: `HP-${random.int(100_000, 999_999)}` })
          : phrase('ledger.order-store', { store: random.pick(STORES) }),
      })
    })
  }

  const bonus = (
    at: Date,
    points: number,
    rule: (typeof RULE_IDS)[keyof typeof RULE_IDS],
    description: ReturnType<typeof phrase>,
  ) => earn(at, () => ledger.earn({ source: 'bonus', rule, points, occurredAt: at, description }))

  function redeemNow(reward: CatalogReward, at: Date, redeemOptions: RedeemOptions = {}) {
    const donation = reward.category === 'donation'
    ledger.redeem({
      rewardId: reward.id,
      points: reward.cost,
      occurredAt: at,
      donation,
      description: phrase(donation ? 'ledger.donated' : 'ledger.redeemed', { reward: reward.name }),
    })
    const { usedAfterDays } = redeemOptions
    wallet.record(
      reward,
      at,
      usedAfterDays === undefined ? {} : { usedAt: addDays(at, usedAfterDays) },
    )
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
          description: phrase('ledger.review', { product }),
        }),
      )
    },

    newsletter: (at) =>
      bonus(at, BONUS_POINTS.newsletter, RULE_IDS.newsletter, phrase('ledger.newsletter')),

    app: (at) => bonus(at, BONUS_POINTS.app, RULE_IDS.app, phrase('ledger.app')),

    social: (at, account) =>
      bonus(
        at,
        BONUS_POINTS.social,
        RULE_IDS[account],
        phrase('ledger.social', { network: account === 'instagram' ? 'Instagram' : 'TikTok' }),
      ),

    event: (at, name) =>
      bonus(at, BONUS_POINTS.event, RULE_IDS.event, phrase('ledger.event', { event: name })),

    referral(at, friendFirstName) {
      earn(at, () =>
        ledger.earn({
          source: 'referral',
          points: BONUS_POINTS.referral,
          occurredAt: at,
          description: phrase('ledger.referral', { friend: friendFirstName }),
        }),
      )
    },

    birthday(at) {
      const monthStart = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))
      earn(monthStart, () =>
        giveBirthdayGift({ ledger, wallet, birthday: birthdayOn(at), monthStart, random: gifts }),
      )
    },

    partner(at, partner, points) {
      earn(at, () =>
        ledger.earn({
          source: 'partner',
          points,
          occurredAt: at,
          partner,
          rule: null,
          description: phrase('ledger.partner', { partner: partner.name }),
        }),
      )
    },

    adjustment(at, points, reason) {
      earn(at, () =>
        ledger.earn({
          source: 'adjustment',
          points,
          occurredAt: at,
          rule: null,
          description: phrase('ledger.adjustment', { reason }),
        }),
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
