import type { Balance, Member } from './schemas/member'
import type { Program, Tier } from './schemas/program'
import type { Reward } from './schemas/reward'

export type Availability =
  | { kind: 'redeemable'; balanceAfter: number }
  | { kind: 'short'; shortBy: number }
  | { kind: 'tier_locked'; requiredTier: Tier | undefined }
  | { kind: 'out_of_stock' }
  | { kind: 'limit_reached'; limit: number }
  | { kind: 'ended' }

/** Units left at or below which a reward is shown as "only N left". */
export const LOW_STOCK = 10

/**
 * What a reward means for this member right now, most blocking reason first: the same answer
 * on the card, the detail page and the redeem button. The reasons come in the order the API
 * checks them, so the one shown is the one a redemption would be refused with. The server has
 * the last word when redeeming; this only decides what to show.
 */
export function availability(
  reward: Reward,
  context: { program: Program; member: Member; balance: Balance },
): Availability {
  const { program, member, balance } = context
  // Compared as instants: the two times may be written with different offsets.
  if (reward.validUntil && Date.parse(reward.validUntil) <= Date.parse(balance.asOf)) {
    return { kind: 'ended' }
  }
  if (reward.tierRequired) {
    const required = program.tiers.find((tier) => tier.id === reward.tierRequired)
    const mine = program.tiers.find((tier) => tier.id === member.tierId)
    if (!required || !mine || mine.rank < required.rank) {
      return { kind: 'tier_locked', requiredTier: required }
    }
  }
  if (reward.limitPerMember !== null && reward.redeemedByMe >= reward.limitPerMember) {
    return { kind: 'limit_reached', limit: reward.limitPerMember }
  }
  if (reward.stock !== null && reward.stock <= 0) return { kind: 'out_of_stock' }
  if (reward.cost > balance.available) {
    return { kind: 'short', shortBy: reward.cost - balance.available }
  }
  return { kind: 'redeemable', balanceAfter: balance.available - reward.cost }
}

/** The member can work toward it by earning points: nothing but points stands in the way. */
export const isWithinReach = (a: Availability) => a.kind === 'redeemable' || a.kind === 'short'
