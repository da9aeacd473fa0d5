import type { RedemptionOutcome } from '@/api/redemption-outcome'
import { ProblemExtensions } from '@/api/schemas/problem-extensions'
import type { Program } from '@/api/schemas/program'
import { paths } from '@/config/paths'
import { formatMoney, formatPoints } from '@/lib/format'

export type Refusal = {
  title: string
  detail: string
  /** What the member can do next. */
  next:
    | { kind: 'confirm-new-cost'; cost: number }
    | { kind: 'link'; to: string; label: string }
    | { kind: 'close' }
}

/**
 * The API refused the redemption with a reason the portal understands, and spent nothing: say
 * why in plain words and offer a way on. Only these words may say that no points were spent.
 */
export function describeRefusal(
  refusal: Extract<RedemptionOutcome, { kind: 'refused' }>,
  context: { program: Program; rewardName: string; expectedCost: number },
): Refusal {
  const { program, rewardName, expectedCost } = context
  const words = program.points
  // Extension members are optional: a server that leaves them out still gets a clear message.
  const extra = ProblemExtensions.safeParse(refusal.problem).data ?? {}
  switch (refusal.code) {
    case 'insufficient_points': {
      const short = extra.shortBy
      const earn = `You earn ${formatPoints(program.earnRate.points, words)} for every ${formatMoney(program.earnRate.per)} you spend.`
      return {
        title: 'Not enough points yet',
        detail:
          short && short > 0
            ? `You need ${formatPoints(short, words)} more for ${rewardName}. ${earn}`
            : `Your balance doesn’t cover ${rewardName} right now. ${earn}`,
        next: { kind: 'link', to: paths.dashboard, label: 'See your balance' },
      }
    }
    case 'out_of_stock':
      return {
        title: `${rewardName} just ran out`,
        detail: 'Someone got the last one first. No points were spent.',
        next: { kind: 'link', to: paths.rewards, label: 'See other rewards' },
      }
    case 'tier_required': {
      const tier = program.tiers.find((t) => t.id === extra.requiredTierId)
      return {
        title: tier ? `For ${tier.name} members` : 'Not available at your tier',
        detail: `${rewardName} is for ${tier ? `${tier.name} members and above` : 'a higher tier'}. No points were spent.`,
        next: {
          kind: 'link',
          to: `${paths.dashboard}#tier-progress`,
          label: 'See your tier progress',
        },
      }
    }
    case 'limit_reached': {
      const limit = extra.limit
      return {
        title: 'You’ve reached the limit for this reward',
        detail: limit
          ? `Each member can redeem ${rewardName} ${limit === 1 ? 'once' : `${limit} times`}. No points were spent.`
          : `You can’t redeem ${rewardName} again. No points were spent.`,
        next: { kind: 'link', to: paths.wallet, label: 'See your wallet' },
      }
    }
    case 'cost_changed': {
      const cost = extra.currentCost
      return cost === undefined
        ? {
            title: 'The cost has changed',
            detail: `${rewardName} no longer costs ${formatPoints(expectedCost, words)}. No points were spent: close this to see the new cost.`,
            next: { kind: 'close' },
          }
        : {
            title: 'The cost has changed',
            detail: `${rewardName} now costs ${formatPoints(cost, words)} instead of ${formatPoints(expectedCost, words)}. No points were spent: redeem at the new cost?`,
            next: { kind: 'confirm-new-cost', cost },
          }
    }
    case 'conflict':
    case 'not_found':
      return {
        title: `${rewardName} is no longer offered`,
        detail: 'It can’t be redeemed any more. No points were spent.',
        next: { kind: 'link', to: paths.rewards, label: 'See other rewards' },
      }
    case 'bad_request':
      return {
        title: 'This redemption couldn’t be accepted',
        detail: `The rewards service didn’t accept the request for ${rewardName}. No points were spent.`,
        next: { kind: 'close' },
      }
  }
}
