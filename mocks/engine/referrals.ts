import type { Program } from '@/api/schemas/program'
import type { ReferralSummary, ReferredFriend } from '@/api/schemas/referral'
import { addDays, calendarYearOf, toTimestamp } from './dates'
import { localize } from './language'
import { isPending, type EarnedEntry, type Ledger } from './ledger'
import { BONUS_POINTS, PURCHASE_PENDING_DAYS } from './program-rules'
import type { Random } from './random'
import { words } from './words/words'

/** The program's referral rules. */
export const REFERRAL_RULES = {
  /** Points for each friend's first purchase, credited once it is past its returns window. */
  referrerPoints: BONUS_POINTS.referral,
  /** Friends per calendar year whose first purchase earns the member points. */
  capPerYear: 10,
  /** Money off a friend's first order, in minor units, on an order of at least `minimumSpend`. */
  friendDiscount: 1_000,
  friendMinimumSpend: 3_000,
  pendingDays: PURCHASE_PENDING_DAYS,
} as const

export const JOIN_URL = 'https://harborandpine.example/join'

/** A friend as stored: the steps they have taken, by when. */
export type StoredFriend = {
  readonly id: string
  /** First name; shown once they have joined. */
  readonly name: string
  readonly email: string
  readonly invitedAt: Date
  readonly joinedAt: Date | null
  readonly firstPurchaseAt: Date | null
}

export type FriendInput = {
  name: string
  invitedAt: Date
  joinedAt?: Date | null
  firstPurchaseAt?: Date | null
}

/** The friends a member referred; the points they earn are in the ledger (source referral). */
export class ReferralBook {
  #friends: StoredFriend[] = []
  #random: Random

  constructor(random: Random) {
    this.#random = random
  }

  add(input: FriendInput): StoredFriend {
    const joinedAt = input.joinedAt ?? null
    const firstPurchaseAt = input.firstPurchaseAt ?? null
    if (
      (joinedAt && joinedAt < input.invitedAt) ||
      (firstPurchaseAt && (!joinedAt || firstPurchaseAt < joinedAt))
    ) {
      throw new Error(`Referral of ${input.name}: each step comes after the one before`)
    }
    const friend: StoredFriend = {
      id: `ref_${this.#random
        .int(0, 36 ** 8 - 1)
        .toString(36)
        .padStart(8, '0')}`,
      name: input.name,
      email: `${input.name.toLowerCase().replaceAll(/[^a-z]/g, '')}${String(this.#random.int(1, 99))}@example.com`,
      invitedAt: input.invitedAt,
      joinedAt,
      firstPurchaseAt,
    }
    this.#friends.push(friend)
    return friend
  }

  friends(): readonly StoredFriend[] {
    return this.#friends
  }
}

const referralEntries = (ledger: Ledger) =>
  ledger
    .entries()
    .filter((entry): entry is EarnedEntry => entry.kind === 'earned' && entry.source === 'referral')

/** Friends rewarded in the calendar year of `at` for first purchases made by `at`. */
function rewardedInYearBefore(ledger: Ledger, at: Date): number {
  const year = calendarYearOf(at)
  return referralEntries(ledger).filter(
    (entry) => entry.occurredAt >= year.start && entry.occurredAt <= at,
  ).length
}

/**
 * The rule for a friend's first purchase: the member earns the referral points, pending through
 * the order's returns window, unless the year's cap was already reached. Returns the entry, or
 * null over the cap. Call in time order (a history plan writes earnings so).
 */
export function awardReferral(ledger: Ledger, friend: StoredFriend): EarnedEntry | null {
  const at = friend.firstPurchaseAt
  if (!at) return null
  if (rewardedInYearBefore(ledger, at) >= REFERRAL_RULES.capPerYear) return null
  return ledger.earn({
    source: 'referral',
    points: REFERRAL_RULES.referrerPoints,
    occurredAt: at,
    availableOn: addDays(at, REFERRAL_RULES.pendingDays),
    description: localize((language) => words(language).history.referral(friend.name)),
    relatedId: friend.id,
  })
}

/** How a friend's email is shown before they join: "j•••@example.com". */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}•••@${domain}`
}

/** A friend as the member sees them at `now`. */
export function friendView(friend: StoredFriend, ledger: Ledger, now: Date): ReferredFriend {
  const base = {
    id: friend.id,
    invitedAt: toTimestamp(friend.invitedAt),
    points: 0,
    pointsAvailableOn: null,
    overCap: false,
  }
  const reached = (at: Date | null): at is Date => at !== null && at <= now
  if (!reached(friend.joinedAt)) {
    return {
      ...base,
      name: maskEmail(friend.email),
      status: 'invited',
      statusSince: toTimestamp(friend.invitedAt),
    }
  }
  if (!reached(friend.firstPurchaseAt)) {
    return {
      ...base,
      name: friend.name,
      status: 'joined',
      statusSince: toTimestamp(friend.joinedAt),
    }
  }
  const entry = referralEntries(ledger).find((candidate) => candidate.relatedId === friend.id)
  if (!entry) {
    return {
      ...base,
      name: friend.name,
      status: 'purchased',
      statusSince: toTimestamp(friend.firstPurchaseAt),
      overCap: true,
    }
  }
  if (isPending(entry, now)) {
    return {
      ...base,
      name: friend.name,
      status: 'purchased',
      statusSince: toTimestamp(friend.firstPurchaseAt),
      points: entry.points,
      pointsAvailableOn: toTimestamp(entry.availableOn),
    }
  }
  return {
    ...base,
    name: friend.name,
    status: 'rewarded',
    statusSince: toTimestamp(entry.availableOn),
    points: entry.points,
  }
}

/** Friends the most recently invited first; ties by id so pages never overlap. */
export function friendsByRecency(book: ReferralBook, ledger: Ledger, now: Date): ReferredFriend[] {
  return book
    .friends()
    .filter((friend) => friend.invitedAt <= now)
    .map((friend) => friendView(friend, ledger, now))
    .sort((a, b) =>
      a.invitedAt === b.invitedAt ? (a.id < b.id ? -1 : 1) : a.invitedAt < b.invitedAt ? 1 : -1,
    )
}

/** The member's referral summary at `now`. */
export function referralSummary(options: {
  program: Program
  code: string
  book: ReferralBook
  ledger: Ledger
  now: Date
}): ReferralSummary {
  const { program, code, book, ledger, now } = options
  const money = (amount: number) => ({ amount, currency: program.currency })
  const counts = { invited: 0, joined: 0, purchased: 0, rewarded: 0 }
  for (const friend of friendsByRecency(book, ledger, now)) counts[friend.status] += 1
  let pointsEarned = 0
  let pointsPending = 0
  const year = calendarYearOf(now)
  let used = 0
  for (const entry of referralEntries(ledger)) {
    if (entry.occurredAt > now) continue
    if (isPending(entry, now)) pointsPending += entry.points
    else pointsEarned += entry.points
    if (entry.occurredAt >= year.start) used += 1
  }
  return {
    code,
    link: `${JOIN_URL}?ref=${encodeURIComponent(code)}`,
    friendOffer: {
      discount: money(REFERRAL_RULES.friendDiscount),
      minimumSpend: money(REFERRAL_RULES.friendMinimumSpend),
    },
    referrerPoints: REFERRAL_RULES.referrerPoints,
    cap: {
      limit: REFERRAL_RULES.capPerYear,
      period: 'calendar_year',
      used,
      periodEnd: toTimestamp(year.end),
    },
    pointsEarned,
    pointsPending,
    counts,
    asOf: toTimestamp(now),
  }
}
