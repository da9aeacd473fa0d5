import type { MessageDescriptor } from '@lingui/core'
import { msg, select } from '@lingui/core/macro'
import { availability, type Availability } from '@/api/reward-availability'
import type { Balance, Member } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Redemption } from '@/api/schemas/redemption'
import type { Reward, RewardCategory } from '@/api/schemas/reward'
import { formatPoints } from '@/lib/format'

export type Recommendation = {
  reward: Reward
  /** Why it is suggested, in a few words (its points already formatted for the active locale). */
  reason: MessageDescriptor
}

type Context = { program: Program; member: Member; balance: Balance }

export const MAX_RECOMMENDATIONS = 4
/** At most this many of one category in the row, so it does not turn into one long aisle. */
const PER_CATEGORY = 2

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

function reasonFor(candidate: Candidate, program: Program): MessageDescriptor {
  if (candidate.liked > 0) {
    // One whole sentence per category: a category name inside a sentence changes with it.
    const category: RewardCategory = candidate.reward.category
    return msg`${select(category, {
      discount: 'Because you like discounts',
      free_product: 'Because you like free products',
      gift: 'Because you like gifts',
      experience: 'Because you like experiences',
      free_shipping: 'Because you like free shipping',
      donation: 'Because you like giving to good causes',
      other: 'Because you like rewards like this',
    })}`
  }
  if (candidate.status.kind === 'redeemable') return msg`You can get this now`
  const points = formatPoints(candidate.status.shortBy, program.points)
  return msg`Almost there: ${points} to go`
}
