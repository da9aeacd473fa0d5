import type { Money } from '@/api/schemas/common'
import type { TierProgress } from '@/api/schemas/member'
import type { Program, Tier } from '@/api/schemas/program'
import { addDays, calendarYearOf, toTimestamp } from './dates'
import type { Ledger } from './ledger'
import {
  entryTier,
  higherTier,
  nextTierAfter,
  tierAfterPeriod,
  tierForSpend,
} from './program-rules'

/** Qualifying spend (minor units): purchases made in [from, to]. */
export function qualifyingSpend(ledger: Ledger, from: Date, to: Date): number {
  let total = 0
  for (const entry of ledger.entries()) {
    const time = entry.occurredAt.getTime()
    if (entry.kind === 'earned' && entry.spend && time >= from.getTime() && time <= to.getTime()) {
      total += entry.spend.amount
    }
  }
  return total
}

/** Where a member stands at one moment, by the program's qualification rules. */
export type TierStanding = {
  /** The tier held now. */
  current: Tier
  /** The tier this period's spend so far has reached. */
  reached: Tier
  /** The tier held next period (after any grace) if nothing more is spent this period. */
  nextPeriod: Tier
  /** Set while a tier the last period's spend did not keep is still held. */
  grace: { endsAt: Date; tierAfter: Tier } | null
  period: { start: Date; end: Date }
  /** Qualifying spend this period up to now (minor units). */
  spend: number
}

/**
 * The member's tier at `at`, played forward period by period from their first purchase: a tier
 * reached applies at once and is held to the end of the next period; at each period's start
 * the tier is set again from the spend of the period that ended (kept, or moved down as the
 * program says), after a grace period in which the old tier is still held and new spend
 * counts towards the new period.
 */
export function tierStanding(program: Program, ledger: Ledger, at: Date): TierStanding {
  const period = calendarYearOf(at)
  const spendByYear = ledger.spendByYear(at)
  const firstYear = Math.min(period.start.getUTCFullYear(), ...spendByYear.keys())

  const thisYear = period.start.getUTCFullYear()
  // Held from the start of each period, after any grace; and held at the end of the last one.
  let secured = entryTier(program)
  let heldAtLastEnd: Tier | null = null
  for (let year = firstYear; year < thisYear; year += 1) {
    const reached = tierForSpend(program, spendByYear.get(year) ?? 0)
    const heldAtEnd = higherTier(secured, reached)
    secured = tierAfterPeriod(program, heldAtEnd, reached)
    heldAtLastEnd = heldAtEnd
  }

  const spend = spendByYear.get(thisYear) ?? 0
  const reached = tierForSpend(program, spend)
  const held = higherTier(secured, reached)
  const graceDays = program.qualification.gracePeriodDays
  const graceEndsAt = new Date(addDays(period.start, graceDays).getTime() - 1000)
  const inGrace =
    graceDays > 0 &&
    heldAtLastEnd !== null &&
    heldAtLastEnd.rank > held.rank &&
    at.getTime() <= graceEndsAt.getTime()
  return {
    current: inGrace && heldAtLastEnd ? heldAtLastEnd : held,
    reached,
    nextPeriod: tierAfterPeriod(program, held, reached),
    grace: inGrace ? { endsAt: graceEndsAt, tierAfter: held } : null,
    period,
    spend,
  }
}

/** The tier a member holds at `at` (see tierStanding). */
export function tierAt(program: Program, ledger: Ledger, at: Date): Tier {
  return tierStanding(program, ledger, at).current
}

export function deriveTierProgress(program: Program, ledger: Ledger, now: Date): TierProgress {
  const standing = tierStanding(program, ledger, now)
  const { current, period, spend } = standing
  const next = nextTierAfter(program, current)
  const money = (amount: number): Money => ({ amount, currency: program.currency })
  return {
    currentTierId: current.id,
    nextTierId: next?.id ?? null,
    qualifyingAmount: money(spend),
    amountToNext: next ? money(Math.max(0, next.threshold.amount - spend)) : null,
    periodStart: toTimestamp(period.start),
    periodEnd: toTimestamp(period.end),
    keptForNextPeriod: standing.reached.rank >= current.rank,
    nextPeriodTierId: standing.nextPeriod.id,
    grace: standing.grace && {
      endsAt: toTimestamp(standing.grace.endsAt),
      tierAfterId: standing.grace.tierAfter.id,
    },
    asOf: toTimestamp(now),
  }
}
