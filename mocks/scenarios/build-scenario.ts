import { buildDefaultMember } from './default-member'
import { buildExpiringPoints } from './expiring-points'
import { buildNearReward } from './near-reward'
import { buildNearTier } from './near-tier'
import { buildNewMember } from './new-member'
import type { ScenarioName } from './scenarios'
import type { ScenarioContext, ScenarioState } from './scenario-state'
import { buildTopTier } from './top-tier'

const builders: Record<ScenarioName, (context: ScenarioContext) => ScenarioState> = {
  default: buildDefaultMember,
  'new-member': buildNewMember,
  'near-reward': buildNearReward,
  'near-tier': buildNearTier,
  'expiring-points': buildExpiringPoints,
  'top-tier': buildTopTier,
}

export function buildScenario(name: ScenarioName, context: ScenarioContext): ScenarioState {
  return builders[name](context)
}
