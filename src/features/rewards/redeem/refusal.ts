import { ApiError } from '@/api/errors'
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
 * The server refused the redemption: say why in plain words and offer a way on. Returns null
 * for anything that is not a refusal (the outcome is then unknown, not negative).
 */
export function describeRefusal(
  error: unknown,
  context: { program: Program; rewardName: string; expectedCost: number },
): Refusal | null {
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401) return null
  const { program, rewardName, expectedCost } = context
  const words = program.points
  // Extension members are optional: a server that leaves them out still gets a clear message.
  const extra = ProblemExtensions.safeParse(error.problem).data ?? {}
  switch (error.code) {
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
      if (cost === undefined) break
      return {
        title: 'The cost has changed',
        detail: `${rewardName} now costs ${formatPoints(cost, words)} instead of ${formatPoints(expectedCost, words)}. Nothing was spent: redeem at the new cost?`,
        next: { kind: 'confirm-new-cost', cost },
      }
    }
  }
  return {
    title: error.title,
    detail: `${error.detail ?? 'The redemption could not be completed.'} No points were spent.`,
    next: { kind: 'close' },
  }
}
