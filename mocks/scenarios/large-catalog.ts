import { createLargeCatalog } from '../engine/large-catalog-generator'
import type { Random } from '../engine/random'
import { buildDefaultMember, mayaAs } from './default-member'
import type { ScenarioContext, ScenarioState } from './scenario-state'

export const LARGE_CATALOG_SIZE = 10_000

/**
 * The default member (Maya, the same history and wallet) with a catalog of exactly 10,000
 * rewards: the standard catalog followed by generated rewards in every category, as an account
 * of its own (see mayaAs).
 */
export function buildLargeCatalog(context: ScenarioContext, catalogRandom: Random): ScenarioState {
  const state = buildDefaultMember(context)
  return {
    ...state,
    member: mayaAs(state.member, 'large-catalog'),
    catalog: createLargeCatalog({
      base: state.catalog,
      size: LARGE_CATALOG_SIZE,
      random: catalogRandom,
      now: context.now,
    }),
  }
}
