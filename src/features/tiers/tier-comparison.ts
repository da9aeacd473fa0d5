import type { TierProgress } from '@/api/schemas/member'
import type { Program, Tier, TierBenefit } from '@/api/schemas/program'
import { tiersByRank } from '@/api/tiers'

/** What one tier gives of one benefit. */
export type BenefitCell =
  | { kind: 'none' }
  /** The benefit as the row names it. */
  | { kind: 'included' }
  /** The same benefit in another form (free express shipping where others have standard). */
  | { kind: 'richer'; benefit: TierBenefit }

/** One benefit across every tier: a row of the comparison. */
export type BenefitRow = { benefit: TierBenefit; cells: BenefitCell[] }

/**
 * The benefits of every tier, one row each, in the order members meet them (the entry tier's
 * first). A benefit is the same row in every tier that has its id; a tier whose version of it
 * has another title gives it in a richer form.
 */
export function benefitRows(tiers: readonly Tier[]): BenefitRow[] {
  const rows = new Map<string, TierBenefit>()
  for (const tier of tiers) {
    for (const benefit of tier.benefits) if (!rows.has(benefit.id)) rows.set(benefit.id, benefit)
  }
  return [...rows.values()].map((benefit) => ({
    benefit,
    cells: tiers.map((tier): BenefitCell => {
      const own = tier.benefits.find((candidate) => candidate.id === benefit.id)
      if (!own) return { kind: 'none' }
      return own.title === benefit.title ? { kind: 'included' } : { kind: 'richer', benefit: own }
    }),
  }))
}

/** What a tier means for the signed-in member. */
export type TierStatus =
  /** The member's tier: kept for next period already, or `toKeep` (minor units) to spend. */
  | { kind: 'current'; kept: boolean; toKeep: number; entry: boolean }
  /** Below the member's tier: theirs already, and more. */
  | { kind: 'below' }
  /** Above it: `toReach` (minor units) left to spend this period. */
  | { kind: 'ahead'; toReach: number }

export function tierStatus(tier: Tier, current: Tier, progress: TierProgress): TierStatus {
  const spent = progress.qualifyingAmount.amount
  if (tier.id === current.id) {
    return {
      kind: 'current',
      kept: progress.keptForNextPeriod,
      toKeep: Math.max(0, tier.threshold.amount - spent),
      entry: tier.threshold.amount <= 0,
    }
  }
  if (tier.rank < current.rank) return { kind: 'below' }
  return { kind: 'ahead', toReach: Math.max(0, tier.threshold.amount - spent) }
}

/** Where the member stands, and what happens when the period ends: all the tiers page says. */
export type TierPlace = {
  current: Tier
  next: Tier | null
  /** Qualifying spend this period so far (minor units). */
  spent: number
  /** Left to spend to reach the next tier; null at the top. */
  toNext: number | null
  kept: boolean
  /** Left to spend this period to keep the current tier (0 when kept). */
  toKeep: number
  /** The entry tier cannot be lost. */
  entry: boolean
  /** The tier held next period if nothing more is spent. */
  nextPeriod: Tier
  /** Held past the period that did not keep it, until `endsAt`; then `after`. */
  grace: { endsAt: string; after: Tier } | null
  periodEnd: string
}

const byId = (program: Program, id: string | null): Tier | undefined =>
  id === null ? undefined : program.tiers.find((tier) => tier.id === id)

export function tierPlace(program: Program, progress: TierProgress): TierPlace {
  const tiers = tiersByRank(program)
  const entryTier = tiers[0]
  if (!entryTier) throw new Error('The program has no tiers')
  const current = byId(program, progress.currentTierId) ?? entryTier
  const next = byId(program, progress.nextTierId) ?? null
  const spent = progress.qualifyingAmount.amount
  const status = tierStatus(current, current, progress)
  const after = progress.grace && byId(program, progress.grace.tierAfterId)
  return {
    current,
    next,
    spent,
    toNext: next
      ? (progress.amountToNext?.amount ?? Math.max(0, next.threshold.amount - spent))
      : null,
    kept: progress.keptForNextPeriod,
    toKeep: status.kind === 'current' ? status.toKeep : 0,
    entry: current.id === entryTier.id,
    nextPeriod: byId(program, progress.nextPeriodTierId) ?? current,
    grace: progress.grace && after ? { endsAt: progress.grace.endsAt, after } : null,
    periodEnd: progress.periodEnd,
  }
}
