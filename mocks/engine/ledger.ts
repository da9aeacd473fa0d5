import type { ActivityPartner } from '@/api/schemas/activity'
import type { Money } from '@/api/schemas/common'
import { addYears } from './dates'
import { EngineError } from './engine-error'
import { localize, type Localized } from './language'
import {
  POINTS_LIFETIME_YEARS,
  type CategoryId,
  type LedgerRuleId,
  type RuleId,
} from './program-rules'
import { textFormat, words } from './words/words'

/**
 * Where earned points come from. The activity shows newsletters, the app, social accounts,
 * birthdays, events and the welcome bonus as bonuses (a rule says which, where one applies).
 */
export type EarnSource =
  'purchase' | 'partner' | 'review' | 'referral' | 'bonus' | 'welcome' | 'adjustment'

type EntryBase = {
  readonly id: string
  readonly occurredAt: Date
  /** What happened, in every language (the activity, balance.pending[].reason). */
  readonly description: Localized
}

/**
 * Points credited to the member: a lot that can be spent from `availableOn` (pending before
 * that) until `expiresOn`. Pending is a state of an earned entry, not a separate entry, so a
 * purchase becomes spendable by the passing of time alone.
 */
export type EarnedEntry = EntryBase & {
  readonly kind: 'earned'
  readonly source: EarnSource
  readonly points: number
  readonly availableOn: Date
  readonly expiresOn: Date
  /** What was spent, for purchases: it counts towards the tier. */
  readonly spend: Money | null
  /** The way to earn it counts for (GET /me/earning); null for what no rule covers. */
  readonly rule: LedgerRuleId | null
  /** The partner brand it was earned at, for partner entries. */
  readonly partner: ActivityPartner | null
  /** The product type of a purchase (it set the rate). */
  readonly category: CategoryId | null
  /**
   * What earned it, where the source alone does not say: the partner (partner), the referred
   * friend (referral), the challenge or punch card (bonus).
   */
  readonly relatedId?: string
}

/** Points spent on a reward; `points` is negative. */
export type RedeemedEntry = EntryBase & {
  readonly kind: 'redeemed'
  readonly points: number
  readonly rewardId: string
  /** Given to a cause (a donation reward) rather than redeemed for something. */
  readonly donation: boolean
}

/**
 * Points the program took back (a returned purchase): an adjustment, paid from the lots as a
 * redemption is; `points` is negative.
 */
export type TakenBackEntry = EntryBase & {
  readonly kind: 'taken-back'
  readonly points: number
}

/** What was left of a lot when it expired; `points` is negative. */
export type ExpiredEntry = EntryBase & {
  readonly kind: 'expired'
  readonly points: number
  readonly lotId: string
}

export type LedgerEntry = EarnedEntry | RedeemedEntry | TakenBackEntry | ExpiredEntry

/** An entry that spends points from the lots. */
type DebitEntry = RedeemedEntry | TakenBackEntry
const isDebit = (entry: LedgerEntry): entry is DebitEntry =>
  entry.kind === 'redeemed' || entry.kind === 'taken-back'

/** A lot still holding points at some moment. */
export type Lot = { readonly entry: EarnedEntry; readonly remaining: number }

export type EarnInput = {
  source: EarnSource
  points: number
  occurredAt: Date
  /** Defaults to occurredAt: usable at once. */
  availableOn?: Date
  spend?: Money | null
  description: Localized
  /** Which way to earn it counts for; purchases, reviews and referrals know their own. */
  rule?: LedgerRuleId | null
  partner?: ActivityPartner | null
  category?: CategoryId | null
  relatedId?: string
}

export type TakeBackInput = {
  /** A positive number. */
  points: number
  occurredAt: Date
  description: Localized
}

export type RedeemInput = {
  rewardId: string
  /** The reward's cost, a positive number. */
  points: number
  occurredAt: Date
  description: Localized
  donation?: boolean
}

/** The rule an entry of a source counts for when the input names none. */
const RULE_OF_SOURCE: Partial<Record<EarnSource, RuleId>> = {
  purchase: 'rule_purchase',
  review: 'rule_review',
  referral: 'rule_referral',
}

type Replay = {
  /** Lots posted, not expired and not used up at the moment replayed to. */
  lots: Lot[]
  /** Lots that expired with points left but have no expired entry yet. */
  unrecordedExpiries: { lot: EarnedEntry; points: number }[]
  /** The first moment after the one replayed to at which something posts, expires or is spent. */
  nextChange: number
}

/**
 * The member's points ledger: an append-only list of entries from which every balance is
 * derived. Redemptions and expiries use lots first in, first out (soonest to expire first).
 */
export class Ledger {
  #entries: LedgerEntry[] = []
  #sequence = 0
  /**
   * The last replay, while it still holds: every read settles the ledger to the clock, and a
   * long history need not be replayed again until an entry changes or a moment passes at which
   * something posts, expires or is spent.
   */
  #cache: { entries: number; until: number; replay: Replay } | null = null

  /** All entries, oldest first. */
  entries(): readonly LedgerEntry[] {
    return this.#entries
  }

  earn(input: EarnInput): EarnedEntry {
    if (!Number.isInteger(input.points) || input.points < 1) {
      throw new EngineError('bad_request', 400, (w) =>
        w.problems.notACount({ what: 'earned', value: String(input.points) }),
      )
    }
    const occurredAt = wholeSecond(input.occurredAt)
    const availableOn = wholeSecond(input.availableOn ?? occurredAt)
    if (availableOn.getTime() < occurredAt.getTime())
      throw new EngineError('bad_request', 400, (w) => w.problems.postsBeforeEarned)
    const entry: EarnedEntry = {
      id: this.#nextId(),
      kind: 'earned',
      source: input.source,
      points: input.points,
      occurredAt,
      availableOn,
      expiresOn: addYears(occurredAt, POINTS_LIFETIME_YEARS),
      spend: input.spend ?? null,
      description: input.description,
      rule: input.rule === undefined ? (RULE_OF_SOURCE[input.source] ?? null) : input.rule,
      partner: input.partner ?? null,
      category: input.category ?? null,
      ...(input.relatedId !== undefined && { relatedId: input.relatedId }),
    }
    this.#insert(entry)
    return entry
  }

  /** Spends points; refused with `insufficient_points` when the lots available then fall short. */
  redeem(input: RedeemInput): RedeemedEntry {
    return this.#debit(input.points, input.occurredAt, (id, occurredAt) => ({
      id,
      kind: 'redeemed',
      points: -input.points,
      rewardId: input.rewardId,
      donation: input.donation ?? false,
      occurredAt,
      description: input.description,
    }))
  }

  /**
   * Takes points back (a returned purchase), from the lots as a redemption would; refused with
   * `insufficient_points` when the lots available then fall short.
   */
  takeBack(input: TakeBackInput): TakenBackEntry {
    return this.#debit(input.points, input.occurredAt, (id, occurredAt) => ({
      id,
      kind: 'taken-back',
      points: -input.points,
      occurredAt,
      description: input.description,
    }))
  }

  #debit<E extends DebitEntry>(
    points: number,
    at: Date,
    make: (id: string, occurredAt: Date) => E,
  ): E {
    if (!Number.isInteger(points) || points < 0) {
      throw new EngineError('bad_request', 400, (w) =>
        w.problems.notACount({ what: 'spent', value: String(points) }),
      )
    }
    const occurredAt = wholeSecond(at)
    const available = this.available(occurredAt)
    if (available < points) {
      throw new EngineError('insufficient_points', 409, (w, format) =>
        w.problems.notEnoughAvailable({
          needed: format.points(points),
          available: format.number(available),
        }),
      )
    }
    const entry = make(this.#nextId(), occurredAt)
    this.#insert(entry)
    // A back-dated debit must not overdraw a later one (none later: nothing to check).
    const later = this.#entries.slice(this.#entries.indexOf(entry) + 1)
    if (!later.some(isDebit)) return entry
    try {
      replay(this.#entries, new Date(8.64e15))
    } catch (error) {
      this.#entries = this.#entries.filter((existing) => existing !== entry)
      throw error
    }
    return entry
  }

  /**
   * Records the expiry of every lot that has run out by `now` with points left. Idempotent;
   * call it before reading a balance so that available = posted earned − redeemed − expired.
   */
  settle(now: Date): ExpiredEntry[] {
    const recorded: ExpiredEntry[] = []
    for (const { lot, points } of this.#replay(now).unrecordedExpiries) {
      const entry: ExpiredEntry = {
        id: this.#nextId(),
        kind: 'expired',
        points: -points,
        lotId: lot.id,
        occurredAt: lot.expiresOn,
        description: localize((language) =>
          words(language).history.expired(
            textFormat(language).points(points),
            lot.description[language],
          ),
        ),
      }
      this.#insert(entry)
      recorded.push(entry)
    }
    return recorded
  }

  /** Lots that can be spent at `now`, soonest to expire first. */
  lots(now: Date): Lot[] {
    return this.#replay(now).lots
  }

  #replay(now: Date): Replay {
    const until = now.getTime()
    const cached = this.#cache
    if (
      cached?.entries === this.#sequence &&
      until >= cached.until &&
      until < cached.replay.nextChange
    ) {
      return cached.replay
    }
    const fresh = replay(this.#entries, now)
    this.#cache = { entries: this.#sequence, until, replay: fresh }
    return fresh
  }

  /** Points that can be spent at `now`. */
  available(now: Date): number {
    return this.lots(now).reduce((sum, lot) => sum + lot.remaining, 0)
  }

  #nextId(): string {
    this.#sequence += 1
    return `led_${String(this.#sequence).padStart(5, '0')}`
  }

  /** Keeps entries sorted by time; entries at the same instant keep the order they were added in. */
  /**
   * Qualifying spend (minor units) by calendar year (UTC) of the purchases made at or before
   * `at`. Kept as purchases are recorded, so that a long history's tier, asked for at every
   * purchase, does not rescan every entry.
   */
  spendByYear(at: Date): ReadonlyMap<number, number> {
    if (at.getTime() >= this.#latestSpend) return this.#spend
    const byYear = new Map<number, number>()
    for (const entry of this.#entries) {
      if (entry.occurredAt.getTime() > at.getTime()) break
      if (entry.kind !== 'earned' || !entry.spend) continue
      const year = entry.occurredAt.getUTCFullYear()
      byYear.set(year, (byYear.get(year) ?? 0) + entry.spend.amount)
    }
    return byYear
  }

  #spend = new Map<number, number>()
  #latestSpend = Number.NEGATIVE_INFINITY

  #insert(entry: LedgerEntry) {
    if (entry.kind === 'earned' && entry.spend) {
      const year = entry.occurredAt.getUTCFullYear()
      this.#spend.set(year, (this.#spend.get(year) ?? 0) + entry.spend.amount)
      this.#latestSpend = Math.max(this.#latestSpend, entry.occurredAt.getTime())
    }
    let index = this.#entries.length
    while (index > 0) {
      const previous = this.#entries[index - 1]
      if (!previous || previous.occurredAt.getTime() <= entry.occurredAt.getTime()) break
      index -= 1
    }
    this.#entries.splice(index, 0, entry)
  }
}

/** Earned, but not spendable until its availableOn. */
export function isPending(entry: LedgerEntry, now: Date): boolean {
  return entry.kind === 'earned' && entry.availableOn.getTime() > now.getTime()
}

// Order of actions at one instant: a lot that expires at t cannot pay for a debit at t,
// and a lot that posts at t can.
const ORDER = { expire: 0, post: 1, debit: 2 } as const

type Action =
  | { type: 'expire'; time: number; seq: number; lot: EarnedEntry }
  | { type: 'post'; time: number; seq: number; lot: EarnedEntry }
  | { type: 'debit'; time: number; seq: number; entry: DebitEntry }

function replay(entries: readonly LedgerEntry[], until: Date): Replay {
  const limit = until.getTime()
  const actions: Action[] = []
  const recordedExpiries = new Set<string>()
  let nextChange = Number.POSITIVE_INFINITY
  const later = (time: number) => {
    if (time < nextChange) nextChange = time
  }
  for (let seq = 0; seq < entries.length; seq += 1) {
    const entry = entries[seq]
    if (!entry) continue
    // Entries are in time order, and nothing happens to one before it occurs: the rest of
    // the ledger changes nothing up to `until` (a long history replayed to its past).
    if (entry.occurredAt.getTime() > limit) {
      later(entry.occurredAt.getTime())
      break
    }
    if (entry.kind === 'earned') {
      const posts = entry.availableOn.getTime()
      const expires = entry.expiresOn.getTime()
      if (posts <= limit) actions.push({ type: 'post', time: posts, seq, lot: entry })
      else later(posts)
      if (expires <= limit) actions.push({ type: 'expire', time: expires, seq, lot: entry })
      else later(expires)
    } else if (isDebit(entry)) {
      const time = entry.occurredAt.getTime()
      if (time <= limit) actions.push({ type: 'debit', time, seq, entry })
      else later(time)
    } else {
      recordedExpiries.add(entry.lotId)
    }
  }
  actions.sort((a, b) => a.time - b.time || ORDER[a.type] - ORDER[b.type] || a.seq - b.seq)

  const remaining = new LotQueue()
  const unrecordedExpiries: Replay['unrecordedExpiries'] = []
  for (const action of actions) {
    if (action.type === 'post') {
      remaining.add(action.lot)
    } else if (action.type === 'expire') {
      const left = remaining.remove(action.lot)
      if (left > 0 && !recordedExpiries.has(action.lot.id)) {
        unrecordedExpiries.push({ lot: action.lot, points: left })
      }
    } else {
      const owed = remaining.spend(-action.entry.points)
      if (owed > 0) {
        const over = owed
        throw new EngineError('insufficient_points', 409, (w, format) =>
          w.problems.overdrawn({ points: format.points(over) }),
        )
      }
    }
  }

  return { lots: remaining.lots(), unrecordedExpiries, nextChange }
}

/**
 * The lots holding points, in the order they are used: soonest expiry first, then the order
 * they were earned, then the order they posted. Kept sorted as lots post, so a long history
 * replays in n log n rather than sorting every lot at every debit.
 */
class LotQueue {
  #order: EarnedEntry[] = []
  #left = new Map<EarnedEntry, number>()

  /** Where `lot` goes: after every lot used before it or at the same time. */
  #upperBound(lot: EarnedEntry): number {
    let low = 0
    let high = this.#order.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const other = this.#order[middle]
      if (other && compareLots(other, lot) <= 0) low = middle + 1
      else high = middle
    }
    return low
  }

  add(lot: EarnedEntry) {
    this.#order.splice(this.#upperBound(lot), 0, lot)
    this.#left.set(lot, lot.points)
  }

  /** Takes the lot out; answers what was left of it. */
  remove(lot: EarnedEntry): number {
    const left = this.#left.get(lot)
    if (left === undefined) return 0
    this.#left.delete(lot)
    // Lots that sort alike sit just before where another like them would go.
    for (let index = this.#upperBound(lot) - 1; index >= 0; index -= 1) {
      if (this.#order[index] === lot) {
        this.#order.splice(index, 1)
        break
      }
    }
    return left
  }

  /** Spends `points` from the first lots; answers what could not be paid. */
  spend(points: number): number {
    let owed = points
    let used = 0
    for (const lot of this.#order) {
      if (owed === 0) break
      const left = this.#left.get(lot) ?? 0
      const take = Math.min(left, owed)
      owed -= take
      if (take === left) {
        this.#left.delete(lot)
        used += 1
      } else {
        this.#left.set(lot, left - take)
      }
    }
    this.#order.splice(0, used)
    return owed
  }

  lots(): Lot[] {
    return this.#order.map((entry) => ({ entry, remaining: this.#left.get(entry) ?? 0 }))
  }
}

/** Lots in the order they are used: soonest expiry first, then the order they were earned. */
function compareLots(a: EarnedEntry, b: EarnedEntry): number {
  return (
    a.expiresOn.getTime() - b.expiresOn.getTime() || a.occurredAt.getTime() - b.occurredAt.getTime()
  )
}

function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}
