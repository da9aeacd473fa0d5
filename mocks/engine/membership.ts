import type {
  Checkout,
  CheckoutRequest,
  Membership,
  MembershipPlans,
  PlanId,
} from '@/api/schemas/membership'
import { toCalendarDate, toTimestamp } from './dates'
import { EngineError } from './engine-error'
import { sayAll, type Language } from './language'
import { BENEFIT_IDS, tierBenefits, type BenefitKey } from './program-rules'
import type { Random } from './random'
import { words } from './words/words'

/**
 * Paid VIP membership: plan prices, renewal by the plan's period, cancellation that keeps the
 * benefits to the end of the period paid for, and the mock payment provider's checkout.
 */

/** What each plan costs per period, in cents of the program's currency (USD). */
export const PLAN_PRICES: Readonly<Record<PlanId, number>> = { monthly: 999, yearly: 9_900 }

/** The months in each plan's period. */
const PLAN_MONTHS: Readonly<Record<PlanId, number>> = { monthly: 1, yearly: 12 }

/** What VIP gives; a member sees those their tier does not give already. */
export const VIP_BENEFITS: readonly BenefitKey[] = [
  'monthlyTreat',
  'freeExpressShipping',
  'earlyAccess',
  'privateEvents',
]

/** How long a checkout session can be paid. */
const CHECKOUT_TTL_MS = 30 * 60_000

/**
 * The mock provider's answer to a checkout: a designer's or a test's choice. `late`: the member
 * pays, but the provider tells the API only `LATE_CONFIRMATION_MS` later (pending till then).
 */
export type CheckoutOutcome = 'success' | 'late' | 'cancelled' | 'failed'

/** How long a `late` provider takes to confirm a payment: past the portal's "taking longer". */
export const LATE_CONFIRMATION_MS = 90_000

/** A membership as the engine keeps it. */
export type MembershipRecord = {
  planId: PlanId
  /** When the provider confirmed the payment; later than now while it is pending. */
  startedAt: Date
  /** When it was cancelled; null while it renews. */
  cancelledAt: Date | null
}

/** `date` plus whole calendar months (UTC); a day the month lacks is its last (31 Jan + 1: 28 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const next = new Date(date.getTime())
  next.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay))
  return next
}

/**
 * The end of the period paid for that contains `at` (the next renewal): the first whole number
 * of plan periods after the start that is later than `at`. Counted from the start each time, so
 * a membership that began on the 31st renews on each month's last day.
 */
export function periodEnd(record: Pick<MembershipRecord, 'planId' | 'startedAt'>, at: Date): Date {
  const months = PLAN_MONTHS[record.planId]
  let periods = 1
  let end = addMonths(record.startedAt, months)
  while (end.getTime() <= at.getTime()) {
    periods += 1
    end = addMonths(record.startedAt, months * periods)
  }
  return end
}

const DAY_MS = 86_400_000

/** The membership as the API answers it at `now`. */
export function membershipAt(record: MembershipRecord | null, now: Date): Membership {
  const none: Membership = {
    status: 'none',
    planId: null,
    startedOn: null,
    renewsOn: null,
    benefitsEndOn: null,
  }
  if (record === null) return none
  if (now.getTime() < record.startedAt.getTime())
    return { ...none, status: 'pending', planId: record.planId }
  const startedOn = toCalendarDate(record.startedAt)
  if (record.cancelledAt === null) {
    const end = periodEnd(record, now)
    return {
      status: 'active',
      planId: record.planId,
      startedOn,
      renewsOn: toCalendarDate(end),
      // What a cancellation now would keep: the period paid for, to its last day.
      benefitsEndOn: toCalendarDate(new Date(end.getTime() - DAY_MS)),
    }
  }
  const end = periodEnd(record, record.cancelledAt)
  if (now.getTime() >= end.getTime()) return none
  return {
    status: 'cancelled',
    planId: record.planId,
    startedOn,
    renewsOn: null,
    // The last day of the period paid for.
    benefitsEndOn: toCalendarDate(new Date(end.getTime() - DAY_MS)),
  }
}

/** The plans, and the VIP benefits the member's tier does not give, in `language`. */
export function membershipPlans(
  tierId: string,
  currency: string,
  language: Language,
): MembershipPlans {
  const mine = new Set(tierBenefits(tierId))
  return {
    plans: (Object.keys(PLAN_PRICES) as PlanId[]).map((id) => ({
      id,
      price: { amount: PLAN_PRICES[id], currency },
    })),
    adds: VIP_BENEFITS.filter((key) => !mine.has(key)).map((key) => ({
      id: BENEFIT_IDS[key],
      ...sayAll(language, (l) => words(l).benefits[key]),
    })),
  }
}

/** One member's membership and checkouts. */
export function createMembershipBook(options: {
  initial: MembershipRecord | null
  random: Random
}) {
  let record = options.initial
  const ids = options.random
  /** The mock provider's outcome for the next checkouts. */
  let outcome: CheckoutOutcome = 'success'

  /** A membership whose benefits have ended is gone: a new checkout may start. */
  function current(now: Date): MembershipRecord | null {
    if (membershipAt(record, now).status === 'none') record = null
    return record
  }

  return {
    status: (now: Date) => membershipAt(current(now), now),

    setCheckoutOutcome(next: CheckoutOutcome) {
      outcome = next
    },

    /**
     * A checkout session on the mock payment provider. The mock provider decides at once: on
     * success the member is VIP from now (the provider charges and tells the API before the
     * member is back); the checkout URL is the portal's return page with the outcome, so the
     * whole flow can be walked through without a provider.
     */
    checkout(request: CheckoutRequest, now: Date): Checkout {
      const existing = current(now)
      if (existing !== null) {
        const status = membershipAt(existing, now)
        const until = status.status === 'cancelled' ? status.benefitsEndOn : null
        throw new EngineError('conflict', 409, (w) =>
          status.status === 'pending'
            ? w.problems.vipPending
            : until === null
              ? w.problems.vipAlready
              : w.problems.vipUntil({
                  date: new Intl.DateTimeFormat(w.intlLocale, {
                    dateStyle: 'long',
                    timeZone: 'UTC',
                  }).format(new Date(until)),
                }),
        )
      }
      const sessionId = `chk_${ids
        .int(0, 36 ** 10 - 1)
        .toString(36)
        .padStart(10, '0')}`
      const url = new URL(request.returnUrl)
      // A late confirmation is still a payment made: the member comes back from a success.
      url.searchParams.set('outcome', outcome === 'late' ? 'success' : outcome)
      url.searchParams.set('session', sessionId)
      if (outcome === 'success' || outcome === 'late') {
        const startedAt = new Date(now.getTime() + (outcome === 'late' ? LATE_CONFIRMATION_MS : 0))
        record = { planId: request.planId, startedAt, cancelledAt: null }
      }
      return {
        sessionId,
        checkoutUrl: url.href,
        expiresAt: toTimestamp(new Date(now.getTime() + CHECKOUT_TTL_MS)),
      }
    },

    /** Stops renewal; a cancelled membership stays as it is. */
    cancel(now: Date): Membership {
      const existing = current(now)
      if (existing === null) {
        throw new EngineError('conflict', 409, (w) => w.problems.notVip)
      }
      // Not VIP yet while the provider has not confirmed the payment.
      if (membershipAt(existing, now).status === 'pending') {
        throw new EngineError('conflict', 409, (w) => w.problems.vipPending)
      }
      if (existing.cancelledAt === null) record = { ...existing, cancelledAt: now }
      return membershipAt(record, now)
    },
  }
}
