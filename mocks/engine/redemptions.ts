import type * as z from 'zod/mini'
import type {
  Donation,
  Redemption,
  RedemptionPage,
  RedemptionStatus,
} from '@/api/schemas/redemption'
import type { RedemptionListQuery } from '@/api/schemas/redemption-list-query'
import type { RewardCategory } from '@/api/schemas/reward'
import type { CatalogReward, RewardSource } from './catalog'
import { pageOf } from './cursor'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import { DEFAULT_LANGUAGE, sayAll, type Language } from './language'
import { CODE_ALPHABET } from './members'
import type { Random } from './random'
import { rewardText } from './reward-text'

/** The wallet's birthday treat: not a catalog reward, the program's gift. */
export const BIRTHDAY_TREAT_ID = 'rwd_birthday_treat'

export type RedemptionQuery = z.output<typeof RedemptionListQuery>

/**
 * A redemption as stored: its status is derived from the clock when it is read, and its words
 * (the reward's name, how to use it, the cause) from the reward's `source` in the language
 * asked for, so a member sees the same redemption, code and receipt in any language.
 */
export type StoredRedemption = Omit<
  Redemption,
  'status' | 'rewardName' | 'howToUse' | 'donation'
> & {
  source: RewardSource
  donation: Omit<Donation, 'cause'> | null
}

/**
 * Days a voucher can be used, counted from the day of redemption to the end of that day (but
 * for a reward whose voucher never expires).
 */
export const VOUCHER_DAYS: Readonly<Record<Exclude<RewardCategory, 'donation'>, number>> = {
  discount: 90,
  free_product: 90,
  free_shipping: 90,
  gift: 30,
  experience: 30,
}

/**
 * What a redemption is at `now`: a donation is `donated`; a voucher is `used` once used,
 * `expired` once its expiry has passed unused, and `active` until then.
 */
export function statusAt(redemption: StoredRedemption, now: Date): RedemptionStatus {
  if (redemption.donation !== null) return 'donated'
  if (redemption.usedAt !== null) return 'used'
  const expiresAt = redemption.voucher?.expiresAt ?? null
  if (expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) return 'expired'
  return 'active'
}

/**
 * The wallet's order: active first, the soonest to expire first and those that never expire
 * last; then everything else, newest first. Ties by id, so pages never overlap.
 */
function compareForWallet(a: Redemption, b: Redemption): number {
  const activeA = a.status === 'active'
  const activeB = b.status === 'active'
  if (activeA !== activeB) return activeA ? -1 : 1
  if (activeA) {
    const expiry = (r: Redemption) =>
      r.voucher?.expiresAt ? Date.parse(r.voucher.expiresAt) : Number.POSITIVE_INFINITY
    const byExpiry = expiry(a) - expiry(b)
    if (byExpiry !== 0 && !Number.isNaN(byExpiry)) return byExpiry
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The member's redemptions: what they got (a voucher code, or a donation receipt) for the
 * points the ledger shows as spent. Ids, codes and receipt numbers come from the seeded
 * generator, so a scenario always shows the same wallet.
 */
export class RedemptionBook {
  readonly #random: Random
  readonly #records: StoredRedemption[] = []
  readonly #countByReward = new Map<string, number>()
  readonly #issued = new Set<string>()
  /** Redemptions made through the API, by the Idempotency-Key of the request that made them. */
  readonly #byKey = new Map<string, StoredRedemption>()

  constructor(random: Random) {
    this.#random = random
  }

  /**
   * Records a redemption of `reward` at `at`; `usedAt` marks a voucher already used, and
   * `idempotencyKey` the request that made it (for list's lookup by key).
   */
  record(
    reward: CatalogReward,
    at: Date,
    options: { usedAt?: Date; idempotencyKey?: string } = {},
  ): StoredRedemption {
    const isDonation = reward.category === 'donation'
    const record: StoredRedemption = {
      id: this.#unique(() => `red_${this.#chars('abcdefghjkmnpqrstuvwxyz23456789', 10)}`),
      rewardId: reward.id,
      source: structuredClone(reward.source),
      category: reward.category,
      cost: reward.cost,
      origin: 'redemption',
      createdAt: toTimestamp(at),
      usedAt: !isDonation && options.usedAt ? toTimestamp(options.usedAt) : null,
      voucher:
        reward.category === 'donation'
          ? null
          : {
              code: this.#unique(
                () => `HP-${this.#chars(CODE_ALPHABET, 4)}-${this.#chars(CODE_ALPHABET, 4)}`,
              ),
              expiresAt: reward.voucherNeverExpires
                ? null
                : toTimestamp(endOfUtcDay(addDays(at, VOUCHER_DAYS[reward.category]))),
            },
      donation: isDonation
        ? {
            amount: reward.value ? { ...reward.value } : { amount: reward.cost, currency: 'USD' },
            receiptNumber: this.#unique(
              () =>
                `HPG-${at.getUTCFullYear()}-${String(this.#random.int(0, 999_999)).padStart(6, '0')}`,
            ),
          }
        : null,
    }
    this.#records.push(record)
    if (options.idempotencyKey !== undefined) this.#byKey.set(options.idempotencyKey, record)
    this.#countByReward.set(reward.id, this.redeemedCount(reward.id) + 1)
    return record
  }

  /**
   * Records the birthday treat given at `at` (the first of the birth month), usable until
   * `expiresAt`, with its code drawn from `random` (the book's own draws stay as they were).
   */
  recordBirthdayTreat(at: Date, expiresAt: Date, random: Random): StoredRedemption {
    const record: StoredRedemption = {
      id: this.#unique(
        () =>
          `red_bday_${String(at.getUTCFullYear())}_${chars(random, 'abcdefghjkmnpqrstuvwxyz23456789', 6)}`,
      ),
      rewardId: BIRTHDAY_TREAT_ID,
      source: { kind: 'birthday-treat' },
      category: 'free_product',
      cost: 0,
      origin: 'birthday_gift',
      createdAt: toTimestamp(at),
      usedAt: null,
      voucher: {
        code: this.#unique(() => `HP-BDAY-${chars(random, CODE_ALPHABET, 4)}`),
        expiresAt: toTimestamp(expiresAt),
      },
      donation: null,
    }
    this.#records.push(record)
    return record
  }

  /** How many times the member has redeemed the reward, whatever became of it since. */
  redeemedCount(rewardId: string): number {
    return this.#countByReward.get(rewardId) ?? 0
  }

  /** The redemption as the API answers it: its status at `now`, its words in `language`. */
  view(record: StoredRedemption, now: Date, language: Language = DEFAULT_LANGUAGE): Redemption {
    const text = sayAll(language, (translated) => {
      const { name, howToUse, cause } = rewardText(record.source, translated)
      return { name, howToUse, cause: cause ?? name }
    })
    return {
      id: record.id,
      rewardId: record.rewardId,
      rewardName: text.name,
      category: record.category,
      cost: record.cost,
      origin: record.origin,
      createdAt: record.createdAt,
      usedAt: record.usedAt,
      howToUse: text.howToUse,
      voucher: record.voucher && { ...record.voucher },
      donation: record.donation && {
        cause: text.cause,
        amount: { ...record.donation.amount },
        receiptNumber: record.donation.receiptNumber,
      },
      status: statusAt(record, now),
    }
  }

  /** Every redemption at `now`, in wallet order, in `language`. */
  all(now: Date, language: Language = DEFAULT_LANGUAGE): Redemption[] {
    return this.#records.map((record) => this.view(record, now, language)).sort(compareForWallet)
  }

  /** One page of the wallet, optionally only one status, or only the one made with a key. */
  list(query: RedemptionQuery, now: Date, language: Language = DEFAULT_LANGUAGE): RedemptionPage {
    let all = this.all(now, language)
    if (query.idempotencyKey !== undefined) {
      const made = this.#byKey.get(query.idempotencyKey)
      all = all.filter((entry) => entry.id === made?.id)
    }
    return pageOf(
      query.status === undefined ? all : all.filter((entry) => entry.status === query.status),
      query,
    )
  }

  #chars(alphabet: string, length: number): string {
    return chars(this.#random, alphabet, length)
  }

  #unique(draw: () => string): string {
    for (;;) {
      const value = draw()
      if (!this.#issued.has(value)) {
        this.#issued.add(value)
        return value
      }
    }
  }
}

function chars(random: Random, alphabet: string, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += alphabet.charAt(random.int(0, alphabet.length - 1))
  return text
}
