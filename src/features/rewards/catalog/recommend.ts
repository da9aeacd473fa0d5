import { availability, type Availability } from '@/api/reward-availability'
import type { Balance, Member } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Redemption } from '@/api/schemas/redemption'
import type { Reward, RewardCategory } from '@/api/schemas/reward'
import { formatPoints } from '@/lib/format'

export type Recommendation = {
  reward: Reward
  /** Why it is suggested, in a few words. */
  reason: string
}

type Context = { program: Program; member: Member; balance: Balance }

export const MAX_RECOMMENDATIONS = 4
/** At most this many of one category in the row, so it does not turn into one long aisle. */
const PER_CATEGORY = 2

/** Category names as things a member likes: "Because you like Free products". */
export const likedCategoryLabels: Record<RewardCategory, string> = {
  discount: 'Discounts',
  free_product: 'Free products',
  gift: 'Gifts',
  experience: 'Experiences',
  free_shipping: 'Free shipping',
  donation: 'Giving to good causes',
}

type Candidate = {
  reward: Reward
  status: Extract<Availability, { kind: 'redeemable' } | { kind: 'short' }>
  liked: number
  order: number
}

/**
 * Up to four rewards for this member, best first. Only rewards nothing but points stands in the
 * way of are suggested (no tier locks, sold-out, ended or already-at-limit ones). Rewards the
 * member can get now come before ones they are short for; within each, categories they redeemed
 * most come first (gifts aside), then the closest (for short ones), then the candidates' own order (popularity).
 * At most two per category are taken while others are left, so the row stays varied.
 */
export function recommendRewards(
  candidates: readonly Reward[],
  history: readonly Redemption[],
  context: Context,
  limit = MAX_RECOMMENDATIONS,
): Recommendation[] {
  const likes = new Map<RewardCategory, number>()
  for (const redemption of history) {
    // A birthday gift was the program's choice, not a taste the member showed.
    if (redemption.origin !== 'redemption') continue
    likes.set(redemption.category, (likes.get(redemption.category) ?? 0) + 1)
  }

  const seen = new Set<string>()
  const ranked: Candidate[] = []
  candidates.forEach((reward, order) => {
    if (seen.has(reward.id)) return
    seen.add(reward.id)
    const status = availability(reward, context)
    if (status.kind !== 'redeemable' && status.kind !== 'short') return
    ranked.push({ reward, status, liked: likes.get(reward.category) ?? 0, order })
  })
  ranked.sort(compareCandidates)

  const picked: Candidate[] = []
  const perCategory = new Map<RewardCategory, number>()
  for (const candidate of ranked) {
    if (picked.length === limit) break
    const count = perCategory.get(candidate.reward.category) ?? 0
    if (count >= PER_CATEGORY) continue
    perCategory.set(candidate.reward.category, count + 1)
    picked.push(candidate)
  }
  // Too few categories to stay varied: fill the row from what was held back, in rank order.
  for (const candidate of ranked) {
    if (picked.length >= limit) break
    if (!picked.includes(candidate)) picked.push(candidate)
  }
  picked.sort(compareCandidates)

  return picked.map((candidate) => ({
    reward: candidate.reward,
    reason: reasonFor(candidate, context.program),
  }))
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const group = (c: Candidate) => (c.status.kind === 'redeemable' ? 0 : 1)
  const shortBy = (c: Candidate) => (c.status.kind === 'short' ? c.status.shortBy : 0)
  return group(a) - group(b) || b.liked - a.liked || shortBy(a) - shortBy(b) || a.order - b.order
}

function reasonFor(candidate: Candidate, program: Program): string {
  if (candidate.liked > 0) {
    return `Because you like ${likedCategoryLabels[candidate.reward.category]}`
  }
  if (candidate.status.kind === 'redeemable') return 'You can get this now'
  return `Almost there: ${formatPoints(candidate.status.shortBy, program.points)} to go`
}
