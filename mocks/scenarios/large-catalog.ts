import { createLargeCatalog } from '../engine/large-catalog'
import type { Random } from '../engine/random'
import { buildDefaultMember } from './default-member'
import type { ScenarioContext, ScenarioState } from './scenario-state'

export const LARGE_CATALOG_SIZE = 10_000

/**
 * The default member (Maya, the same history and wallet) with a catalog of exactly 10,000
 * rewards: the standard catalog followed by generated rewards in every category. Her email
 * names the scenario, so the standalone server can offer every scenario as its own account.
 */
export function buildLargeCatalog(context: ScenarioContext, catalogRandom: Random): ScenarioState {
  const state = buildDefaultMember(context)
  return {
    ...state,
    member: { ...state.member, email: 'maya.chen+large-catalog@example.com' },
    catalog: createLargeCatalog({
      base: state.catalog,
      size: LARGE_CATALOG_SIZE,
      random: catalogRandom,
      now: context.now,
    }),
  }
}
