import { setupWorker } from 'msw/browser'
import { systemClock } from './engine/clock'
import { createEngine } from './engine/engine'
import { createHandlers } from './handlers/handlers'
import {
  isScenarioName,
  scenarioDescriptions,
  scenarioNames,
  type ScenarioName,
} from './scenarios/scenarios'

export const SCENARIO_STORAGE_KEY = 'mock:scenario'

export type StartMockApiResult =
  | { status: 'started'; scenario: ScenarioName }
  | {
      status: 'unknown-scenario'
      requested: string
      known: readonly { name: string; description: string }[]
    }

/**
 * Starts the mock API in the browser. `?scenario=NAME` picks a scenario and remembers it for the
 * session; without it the remembered one (or 'default') is used. An unknown name starts nothing.
 */
export async function startMockApi(options: {
  baseUrl: string
  search: string
}): Promise<StartMockApiResult> {
  // An empty ?scenario= counts as none.
  const requested = new URLSearchParams(options.search).get('scenario') || null
  if (requested !== null && !isScenarioName(requested)) {
    return {
      status: 'unknown-scenario',
      requested,
      known: scenarioNames.map((name) => ({ name, description: scenarioDescriptions[name] })),
    }
  }
  const scenario = requested ?? rememberedScenario() ?? 'default'
  if (requested !== null) safeStorage()?.setItem(SCENARIO_STORAGE_KEY, requested)

  const engine = createEngine({ scenario, clock: systemClock })
  await setupWorker(...createHandlers({ baseUrl: options.baseUrl, getEngine: () => engine })).start(
    {
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    },
  )
  return { status: 'started', scenario }
}

function rememberedScenario(): ScenarioName | null {
  const stored = safeStorage()?.getItem(SCENARIO_STORAGE_KEY) ?? null
  return stored !== null && isScenarioName(stored) ? stored : null
}

/** sessionStorage, or null where it is blocked (some privacy modes throw on access). */
function safeStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}
