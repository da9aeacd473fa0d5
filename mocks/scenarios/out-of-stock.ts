import { buildDefaultMember, mayaAs } from './default-member'
import type { ScenarioContext, ScenarioState } from './scenario-state'

export const SOLD_OUT_COUNT = 5

/**
 * The default member (Maya), with the five most popular rewards sold out, as an account of
 * its own (see mayaAs).
 */
export function buildOutOfStock(context: ScenarioContext): ScenarioState {
  const state = buildDefaultMember(context)
  state.member = mayaAs(state.member, 'out-of-stock')
  const mostPopular = [...state.catalog]
    .sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : 1))
    .slice(0, SOLD_OUT_COUNT)
  for (const reward of mostPopular) reward.stock = 0
  return state
}
