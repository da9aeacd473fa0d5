import type { TierProgress } from '@/api/schemas/member'
import type { Program, Tier, TierBenefit } from '@/api/schemas/program'
import { daysBetween } from '@/lib/format'

export type TierView = {
  current: Tier
  next: Tier | null
  isTop: boolean
  /** Spend so far toward the next tier, as a share of its threshold (0..1). */
  fraction: number
  /** Minor units left to spend to reach the next tier; 0 when already there. */
  remainingToNext: number | null
  /** Minor units left to spend this period to keep the current tier next period. */
  remainingToKeep: number
  daysLeft: number
  kept: boolean
  /** Benefits of the next tier the member does not have yet. */
  nextAdds: TierBenefit[]
}

export function sortedTiers(program: Program): Tier[] {
  return [...program.tiers].sort((a, b) => a.rank - b.rank)
}

export function tierById(program: Program, id: string | null): Tier | undefined {
  return id === null ? undefined : program.tiers.find((tier) => tier.id === id)
}

/** Everything the tier card says, from the program's rules and the member's progress. */
export function tierView(program: Program, progress: TierProgress): TierView {
  const tiers = sortedTiers(program)
  const current = tierById(program, progress.currentTierId) ?? tiers[0]
  if (!current) throw new Error('The program has no tiers')
  const next = tierById(program, progress.nextTierId) ?? null
  const spent = progress.qualifyingAmount.amount

  const remainingToNext = next
    ? Math.max(0, progress.amountToNext?.amount ?? next.threshold.amount - spent)
    : null
  const fraction = next
    ? next.threshold.amount <= 0
      ? 1
      : Math.min(1, Math.max(0, spent / next.threshold.amount))
    : 1
  const have = new Set(current.benefits.map((b) => b.title))
  return {
    current,
    next,
    isTop: next === null,
    fraction,
    remainingToNext,
    remainingToKeep: Math.max(0, current.threshold.amount - spent),
    daysLeft: Math.max(0, daysBetween(progress.asOf, progress.periodEnd)),
    kept: progress.keptForNextPeriod,
    nextAdds: next ? next.benefits.filter((b) => !have.has(b.title)) : [],
  }
}
