import { addDays, endOfUtcDay, toTimestamp } from '../engine/dates'
import { buildDefaultMember, mayaAs } from './default-member'
import type { ScenarioContext, ScenarioState } from './scenario-state'

export const SOLD_OUT_COUNT = 5

/** The weekend offer, which ended last weekend: still in the catalog, no longer offered. */
export const ENDED_REWARD_ID = 'rwd_home_weekend_20'

/**
 * The default member (Maya), with the five most popular rewards sold out and one offer ended,
 * as an account of its own (see mayaAs).
 */
export function buildOutOfStock(context: ScenarioContext): ScenarioState {
  const state = buildDefaultMember(context)
  state.member = mayaAs(state.member, 'out-of-stock')
  const mostPopular = [...state.catalog]
    .sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : 1))
    .slice(0, SOLD_OUT_COUNT)
  for (const reward of mostPopular) reward.stock = 0
  const ended = state.catalog.find((reward) => reward.id === ENDED_REWARD_ID)
  if (!ended) throw new Error(`The catalog has no ${ENDED_REWARD_ID}`)
  // Ended at the end of a day some days ago, whatever day it is now.
  ended.validUntil = toTimestamp(endOfUtcDay(addDays(context.now, -3)))
  return state
}
