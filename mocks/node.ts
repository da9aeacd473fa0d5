// Node answers in any language and scenario synchronously: every language's words and every
// scenario's builder are registered up front.
import './engine/words/all'
import './scenarios/all'
import { setupServer } from 'msw/node'
import { NO_FAULTS, type FaultSettings } from './designer-settings'
import { fixedClock, type Clock } from './engine/clock'
import { createEngine, type LoyaltyEngine } from './engine/engine'
import { withDesignerSettings } from './handlers/faults'
import { createApiHandlers } from './handlers/home-route'
import {
  cookieSessions,
  implicitSessions,
  type CookieSessionStore,
  type SessionStore,
} from './handlers/session'
import { signedOutScenarios, type ScenarioName } from './scenarios/scenarios'

export { DEMO_PASSWORD, LOCKED_EMAIL } from './handlers/session'

export const TEST_API_BASE_URL = 'http://localhost:3000/api/v1'
/** Late November: the calendar-year tier period ends soon, which the near-tier scenario needs. */
export const TEST_NOW = '2026-11-20T15:00:00Z'

let current: SessionStore | null = null
let faults: FaultSettings = NO_FAULTS
/** Cookie-mode stores served since the last reset, for expireSessions(). */
let cookieStores: CookieSessionStore[] = []

function currentSessions(): SessionStore {
  if (!current) {
    const engine = createEngine({ scenario: 'default', clock: fixedClock(TEST_NOW) })
    current = implicitSessions(() => engine)
  }
  return current
}

/**
 * The one MSW server for unit and component tests; test/setup.ts starts and resets it.
 * The loyalty API is among its initial handlers, so a test's own `server.use(...)` override
 * wins (and can fall through with `return undefined`) whether it comes before or after
 * serveScenario.
 */
export const server = setupServer(
  ...withDesignerSettings(
    createApiHandlers({ baseUrl: TEST_API_BASE_URL, getSessions: currentSessions }),
    () => faults,
    TEST_API_BASE_URL,
    currentSessions,
  ),
)

/**
 * Latency and faults as the designer panel sets them (`{ fail: { balance: '500' } }`), for
 * the loyalty API at TEST_API_BASE_URL until the next call or resetMockScenario.
 */
export function setMockFaults(settings: Partial<FaultSettings>): void {
  faults = { ...NO_FAULTS, ...settings }
}

/**
 * Serves the loyalty API from a fresh engine in `scenario` (fixed at TEST_NOW unless a clock is
 * given) and returns the engine. Until the next call, or resetMockScenario, requests reach it.
 *
 * `session: 'implicit'` (the default): always signed in as the scenario's member (signed out
 * in the guest scenario, until the visitor signs in or joins; see implicitSessions).
 * `session: 'cookie'`: signed out until POST /session with the member's email and
 * DEMO_PASSWORD (MSW keeps the cookie, like a browser), so 401s and signing in are real;
 * expireSessions() ends the session.
 */
export function serveScenario(
  scenario: ScenarioName,
  options: { clock?: Clock; baseUrl?: string; session?: 'implicit' | 'cookie' } = {},
): LoyaltyEngine {
  const engine = createEngine({ scenario, clock: options.clock ?? fixedClock(TEST_NOW) })
  let sessions: SessionStore
  if (options.session === 'cookie') {
    const store = cookieSessions({ engines: [engine] })
    cookieStores.push(store)
    sessions = store
  } else {
    sessions = implicitSessions(() => engine, {
      signedOut: signedOutScenarios.includes(scenario),
    })
  }
  const baseUrl = options.baseUrl?.replace(/\/+$/, '') ?? TEST_API_BASE_URL
  if (baseUrl === TEST_API_BASE_URL) {
    current = sessions
  } else {
    // Another address needs handlers of its own; these are dropped by server.resetHandlers().
    server.use(...createApiHandlers({ baseUrl, getSessions: () => sessions }))
  }
  return engine
}

/** Ends every session of the cookie-mode scenarios being served ("the session expired"). */
export function expireSessions(): void {
  for (const store of cookieStores) store.expireAll()
}

/** Back to a fresh default engine, so no test sees another's state; call it after each test. */
export function resetMockScenario(): void {
  current = null
  cookieStores = []
  faults = NO_FAULTS
}
