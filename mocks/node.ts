import { setupServer } from 'msw/node'
import { fixedClock, type Clock } from './engine/clock'
import { createEngine, type LoyaltyEngine } from './engine/engine'
import { createHandlers } from './handlers/handlers'
import type { ScenarioName } from './scenarios/scenarios'

export const TEST_API_BASE_URL = 'http://localhost:3000/api/v1'
/** Late November: the calendar-year tier period ends soon, which the near-tier scenario needs. */
export const TEST_NOW = '2026-11-20T15:00:00Z'

let current: LoyaltyEngine | null = null

function currentEngine(): LoyaltyEngine {
  current ??= createEngine({ scenario: 'default', clock: fixedClock(TEST_NOW) })
  return current
}

/**
 * The one MSW server for unit and component tests; test/setup.ts starts and resets it.
 * The loyalty API is among its initial handlers, so a test's own `server.use(...)` override
 * wins (and can fall through with `return undefined`) whether it comes before or after
 * serveScenario.
 */
export const server = setupServer(
  ...createHandlers({ baseUrl: TEST_API_BASE_URL, getEngine: currentEngine }),
)

/**
 * Serves the loyalty API from a fresh engine in `scenario` (fixed at TEST_NOW unless a clock is
 * given) and returns the engine. Until the next call, or resetMockScenario, requests reach it.
 */
export function serveScenario(
  scenario: ScenarioName,
  options: { clock?: Clock; baseUrl?: string } = {},
): LoyaltyEngine {
  const engine = createEngine({ scenario, clock: options.clock ?? fixedClock(TEST_NOW) })
  const baseUrl = options.baseUrl?.replace(/\/+$/, '') ?? TEST_API_BASE_URL
  if (baseUrl === TEST_API_BASE_URL) {
    current = engine
  } else {
    // Another address needs handlers of its own; these are dropped by server.resetHandlers().
    server.use(...createHandlers({ baseUrl, getEngine: () => engine }))
  }
  return engine
}

/** Back to a fresh default engine, so no test sees another's state; call it after each test. */
export function resetMockScenario(): void {
  current = null
}
