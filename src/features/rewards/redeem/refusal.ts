import type { MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { RedemptionOutcome } from '@/api/redemption-outcome'
import { ProblemExtensions } from '@/api/schemas/problem-extensions'
import type { Program } from '@/api/schemas/program'
import { paths } from '@/config/paths'
import { formatMoney, formatPoints } from '@/lib/format'

/** Why a redemption was refused and what next, as messages the dialog renders. */
export type Refusal = {
  title: MessageDescriptor
  detail: MessageDescriptor
  /** What the member can do next. */
  next:
    | { kind: 'confirm-new-cost'; cost: number }
    | { kind: 'link'; to: string; label: MessageDescriptor }
    | { kind: 'close' }
}

/**
 * The API refused the redemption with a reason the portal understands, and spent nothing: say
 * why in plain words and offer a way on. Only these words may say that no points were spent.
 * Points and money in them are formatted for the active locale, so describe during render.
 */
export function describeRefusal(
  refusal: Extract<RedemptionOutcome, { kind: 'refused' }>,
  context: { program: Program; rewardName: string; expectedCost: number },
): Refusal {
  const { program, expectedCost } = context
  const reward = context.rewardName
  const words = program.points
  // Extension members are optional: a server that leaves them out still gets a clear message.
  const extra = ProblemExtensions.safeParse(refusal.problem).data ?? {}
  switch (refusal.code) {
    case 'insufficient_points': {
      const short = extra.shortBy
      const earnPoints = formatPoints(program.earnRate.points, words)
      const earnSpend = formatMoney(program.earnRate.per)
      const points = short && short > 0 ? formatPoints(short, words) : null
      return {
        title: msg`Not enough points yet`,
        detail: points
          ? msg`You need ${points} more for ${reward}. You earn ${earnPoints} for every ${earnSpend} you spend.`
          : msg`Your balance doesn’t cover ${reward} right now. You earn ${earnPoints} for every ${earnSpend} you spend.`,
        next: { kind: 'link', to: paths.dashboard, label: msg`See your balance` },
      }
    }
    case 'out_of_stock':
      return {
        title: msg`${reward} just ran out`,
        detail: msg`Someone got the last one first. No points were spent.`,
        next: { kind: 'link', to: paths.rewards, label: msg`See other rewards` },
      }
    case 'tier_required': {
      const tier = program.tiers.find((t) => t.id === extra.requiredTierId)?.name
      return {
        title: tier ? msg`For ${tier} members` : msg`Not available at your tier`,
        detail: tier
          ? msg`${reward} is for ${tier} members and above. No points were spent.`
          : msg`${reward} is for a higher tier. No points were spent.`,
        next: {
          kind: 'link',
          to: `${paths.dashboard}#tier-progress`,
          label: msg`See your tier progress`,
        },
      }
    }
    case 'limit_reached': {
      const limit = extra.limit
      return {
        title: msg`You’ve reached the limit for this reward`,
        detail: limit
          ? msg`${plural(limit, {
              one: `Each member can redeem ${reward} once. No points were spent.`,
              other: `Each member can redeem ${reward} # times. No points were spent.`,
            })}`
          : msg`You can’t redeem ${reward} again. No points were spent.`,
        next: { kind: 'link', to: paths.wallet, label: msg`See your wallet` },
      }
    }
    case 'cost_changed': {
      const cost = extra.currentCost
      const expected = formatPoints(expectedCost, words)
      if (cost === undefined) {
        return {
          title: msg`The cost has changed`,
          detail: msg`${reward} no longer costs ${expected}. No points were spent: close this to see the new cost.`,
          next: { kind: 'close' },
        }
      }
      const current = formatPoints(cost, words)
      return {
        title: msg`The cost has changed`,
        detail: msg`${reward} now costs ${current} instead of ${expected}. No points were spent: redeem at the new cost?`,
        next: { kind: 'confirm-new-cost', cost },
      }
    }
    case 'conflict':
    case 'not_found':
      return {
        title: msg`${reward} is no longer offered`,
        detail: msg`It can’t be redeemed any more. No points were spent.`,
        next: { kind: 'link', to: paths.rewards, label: msg`See other rewards` },
      }
    case 'bad_request':
      return {
        title: msg`This redemption couldn’t be accepted`,
        detail: msg`The rewards service didn’t accept the request for ${reward}. No points were spent.`,
        next: { kind: 'close' },
      }
  }
}
