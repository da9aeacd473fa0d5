import { buildDefaultMember, mayaAs } from './default-member'
import { buildJustJoined } from './just-joined'
import type { ScenarioBuilder } from './scenario-builder'
import type { ScenarioName } from './scenarios'
import type { ScenarioContext, ScenarioState } from './scenario-state'

/**
 * The builders at hand. The default member and the guest always are, and just-joined, which
 * anyone who joins in any scenario becomes; in the browser the others load when their
 * scenario starts (loadScenario), and Node registers them all at once (./all).
 */
const builders = new Map<ScenarioName, ScenarioBuilder>([
  ['default', (as) => buildDefaultMember(as('default'))],
  // The account a guest can sign in as: Maya, as an account of her own.
  [
    'guest',
    (as) => {
      const state = buildDefaultMember(as('default'))
      return { ...state, member: mayaAs(state.member, 'guest') }
    },
  ],
  ['just-joined', (as) => buildJustJoined(as('just-joined'))],
])

/** Makes these builders available to buildScenario. */
export function registerScenarios(more: Readonly<Partial<Record<ScenarioName, ScenarioBuilder>>>) {
  for (const [name, builder] of Object.entries(more) as [ScenarioName, ScenarioBuilder][]) {
    builders.set(name, builder)
  }
}

/** Makes sure buildScenario can build `name` (one chunk holds every builder not built in). */
export async function loadScenario(name: ScenarioName): Promise<void> {
  if (builders.has(name)) return
  registerScenarios((await import('./more-scenarios')).moreScenarios)
}

/** Builds a scenario (loaded: see loadScenario); `context.random` is the engine's root generator. */
export function buildScenario(name: ScenarioName, context: ScenarioContext): ScenarioState {
  const builder = builders.get(name)
  if (!builder) {
    throw new Error(
      `The mock API's ${name} scenario is not loaded yet: await loadScenario('${name}') first`,
    )
  }
  const as = (member: ScenarioName): ScenarioContext => ({
    ...context,
    random: context.random.fork(`scenario:${member}`),
  })
  return builder(as, context)
}
