import type { ScenarioName } from './scenarios'
import type { ScenarioContext, ScenarioState } from './scenario-state'

/**
 * A scenario's builder, given a context for a member: `as(name)` is the context with that
 * scenario's own random stream, so scenarios built on the default member (large-catalog,
 * out-of-stock) show exactly the default member's history and wallet.
 */
export type ScenarioBuilder = (
  as: (member: ScenarioName) => ScenarioContext,
  root: ScenarioContext,
) => ScenarioState
