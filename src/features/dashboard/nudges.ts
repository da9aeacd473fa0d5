import type { Balance, Member, TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Reward } from '@/api/schemas/reward'
import { availability, isWithinReach } from '@/api/reward-availability'
import { daysBetween, formatMoney, formatPoints, formatShortDate } from '@/lib/format'
import { tierView } from './tier-math'

export type NudgeKind = 'near-reward' | 'expiring' | 'tier'

export type Nudge = {
  /** Stable while the situation is the same, so a dismissal sticks until something changes. */
  id: string
  kind: NudgeKind
  message: string
  detail: string
  link: { to: string; label: string }
  score: number
}

export type NudgeInput = {
  program: Program
  member: Member
  balance: Balance
  tier: TierProgress
  /** Rewards above the balance, cheapest first (GET /rewards?affordable=false&sort=cost_asc). */
  nextRewards: readonly Reward[]
  rewardPath: (id: string) => string
  tierAnchor: string
  rewardsAnchor: string
}

export const MAX_NUDGES = 3
/** Points expiring within this many days are worth a nudge; within URGENT_DAYS, the top one. */
export const EXPIRY_WINDOW_DAYS = 30
export const URGENT_DAYS = 7
/** A tier nudge only while the period is this close to its end. */
export const TIER_WINDOW_DAYS = 60

/**
 * The member can work toward it: nothing but points stands in the way (not locked above their
 * tier, not redeemed to its limit, in stock, still offered), by the rules the catalog shows.
 */
export const isReachable = (
  reward: Reward,
  input: Pick<NudgeInput, 'program' | 'member' | 'balance'>,
) => isWithinReach(availability(reward, input))

function nearRewardNudge(input: NudgeInput): Nudge | null {
  const { program, balance } = input
  const target = input.nextRewards
    .filter((reward) => reward.cost > balance.available && isReachable(reward, input))
    .sort((a, b) => a.cost - b.cost)[0]
  if (!target) return null
  const short = target.cost - balance.available
  if (short > program.nudgeThreshold) return null
  return {
    id: `near-reward:${target.id}:${target.cost}`,
    kind: 'near-reward',
    message: `You’re just ${formatPoints(short, program.points)} away from ${target.name}`,
    detail: `Earn ${formatPoints(short, program.points)} more with your next purchase and it’s yours.`,
    link: { to: input.rewardPath(target.id), label: `See ${target.name}` },
    // Closer is more compelling.
    score: 90 - Math.round((short / Math.max(program.nudgeThreshold, 1)) * 10),
  }
}

function expiringNudge(input: NudgeInput): Nudge | null {
  const { program, balance } = input
  const soon = balance.expiring
    .filter((batch) => {
      const days = daysBetween(balance.asOf, batch.expiresOn)
      return days >= 0 && days <= EXPIRY_WINDOW_DAYS
    })
    .sort((a, b) => Date.parse(a.expiresOn) - Date.parse(b.expiresOn))
  const first = soon[0]
  if (!first) return null
  const days = daysBetween(balance.asOf, first.expiresOn)
  const later = soon.slice(1).reduce((sum, batch) => sum + batch.points, 0)
  return {
    id: `expiring:${first.expiresOn}:${first.points}`,
    kind: 'expiring',
    message: `${formatPoints(first.points, program.points)} expire on ${formatShortDate(first.expiresOn, balance.asOf)}`,
    detail:
      later > 0
        ? `Another ${formatPoints(later, program.points)} expire soon after. Use them on a reward before they’re gone.`
        : 'Use them on a reward before they’re gone.',
    link: { to: input.rewardsAnchor, label: 'See rewards you can get now' },
    score: days <= URGENT_DAYS ? 100 : 70,
  }
}

function tierNudge(input: NudgeInput): Nudge | null {
  const view = tierView(input.program, input.tier)
  if (!view.next || view.remainingToNext === null || view.remainingToNext <= 0) return null
  if (view.daysLeft > TIER_WINDOW_DAYS) return null
  const amount = formatMoney({ amount: view.remainingToNext, currency: input.program.currency })
  const by = formatShortDate(input.tier.periodEnd, input.tier.asOf)
  return {
    id: `tier:${view.next.id}:${input.tier.periodEnd}`,
    kind: 'tier',
    message: `Spend ${amount} more by ${by} to reach ${view.next.name}`,
    detail:
      view.nextAdds.length > 0
        ? `${view.next.name} adds ${view.nextAdds
            .slice(0, 2)
            .map((b) => b.title.toLowerCase())
            .join(' and ')}.`
        : `${view.next.name} members earn ${view.next.multiplier}× points.`,
    link: { to: input.tierAnchor, label: `See ${view.next.name} benefits` },
    // The closer the period end and the smaller the gap, the more it matters.
    score:
      60 + Math.round((1 - view.daysLeft / TIER_WINDOW_DAYS) * 15) + Math.round(view.fraction * 10),
  }
}

/** The nudges worth showing now, most useful first, at most MAX_NUDGES, minus dismissed ones. */
export function rankNudges(input: NudgeInput, dismissed: ReadonlySet<string> = new Set()): Nudge[] {
  return [nearRewardNudge(input), expiringNudge(input), tierNudge(input)]
    .filter((nudge): nudge is Nudge => nudge !== null && !dismissed.has(nudge.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_NUDGES)
}
