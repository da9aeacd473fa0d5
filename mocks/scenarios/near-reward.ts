import { isAvailable, type CatalogReward } from '../engine/catalog'
import { addDays } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { BONUS_POINTS } from '../engine/program-rules'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

export const NEAR_REWARD_GAP = 10
const PREFERRED_TARGET = 'rwd_free_coffee'

/**
 * The reward to be NEAR_REWARD_GAP points away from: one any member can redeem now, with no
 * other reward (locked, sold out or not) costing more than the balance and no more than it.
 * Then it is the cheapest reward out of reach, whatever a client filters out.
 */
export function findNearRewardTarget(catalog: readonly CatalogReward[], now: Date): CatalogReward {
  const fits = (target: CatalogReward) =>
    target.tierRequired === null &&
    isAvailable(target, now) &&
    target.cost > NEAR_REWARD_GAP &&
    catalog.every(
      (other) =>
        other === target || other.cost <= target.cost - NEAR_REWARD_GAP || other.cost > target.cost,
    )
  const byCost = [...catalog].sort((a, b) => a.cost - b.cost || (a.id < b.id ? -1 : 1))
  const target =
    byCost.find((reward) => reward.id === PREFERRED_TARGET && fits(reward)) ?? byCost.find(fits)
  if (!target) throw new Error('No reward in the catalog suits the near-reward scenario')
  return target
}

/**
 * Jordan, a Bronze member of ten weeks, has exactly 10 points fewer than the cheapest reward
 * they cannot afford yet (Free Coffee, 150, in the standard catalog), and a purchase pending.
 */
export function buildNearReward(context: ScenarioContext): ScenarioState {
  const { now, random, catalog } = context
  const memberSince = daysAgo(now, 75, 10)
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Jordan',
    lastName: 'Lee',
    memberSince,
    birthday: birthdayOn(addDays(now, 160)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const target = findNearRewardTarget(catalog, now)
  const balance = target.cost - NEAR_REWARD_GAP

  let left = balance
  if (left >= BONUS_POINTS.newsletter + BONUS_POINTS.review + 5) {
    history.newsletter(addDays(memberSince, 0.01))
    history.review(daysAgo(now, 40))
    left -= BONUS_POINTS.newsletter + BONUS_POINTS.review
  }
  // Bronze earns 1 point a dollar, so a purchase of $left and some cents earns exactly `left`.
  history.purchase(daysAgo(now, 30, 16), left * 100 + random.int(0, 99))
  history.purchase(daysAgo(now, 5, 12), 3_240)
  history.commit()

  // Only a catalog whose fitting target costs hundreds of dollars of spend could miss (Silver earns more).
  if (ledger.available(now) !== balance) {
    throw new Error(`near-reward: could not reach a balance of exactly ${balance}`)
  }
  return { member, ledger, redemptions, engagement, catalog }
}
