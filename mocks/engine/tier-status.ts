import type { Money } from '@/api/schemas/common'
import type { TierProgress } from '@/api/schemas/member'
import type { Program, Tier } from '@/api/schemas/program'
import { calendarYearOf, toTimestamp } from './dates'
import type { Ledger } from './ledger'
import { higherTier, nextTierAfter, tierForSpend } from './program-rules'

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

/**
 * The tier a member holds at `at`: what last calendar year's spend earned (kept for this whole
 * year), or what this year's spend so far has reached, whichever is higher.
 */
export function tierAt(program: Program, ledger: Ledger, at: Date): Tier {
  const year = calendarYearOf(at)
  const lastYear = calendarYearOf(new Date(year.start.getTime() - 1))
  const kept = tierForSpend(program, qualifyingSpend(ledger, lastYear.start, lastYear.end))
  const reached = tierForSpend(program, qualifyingSpend(ledger, year.start, at))
  return higherTier(kept, reached)
}

export function deriveTierProgress(program: Program, ledger: Ledger, now: Date): TierProgress {
  const period = calendarYearOf(now)
  const spend = qualifyingSpend(ledger, period.start, now)
  const current = tierAt(program, ledger, now)
  const next = nextTierAfter(program, current)
  const money = (amount: number): Money => ({ amount, currency: program.currency })
  return {
    currentTierId: current.id,
    nextTierId: next?.id ?? null,
    qualifyingAmount: money(spend),
    amountToNext: next ? money(Math.max(0, next.threshold.amount - spend)) : null,
    periodStart: toTimestamp(period.start),
    periodEnd: toTimestamp(period.end),
    keptForNextPeriod: tierForSpend(program, spend).rank >= current.rank,
    asOf: toTimestamp(now),
  }
}
