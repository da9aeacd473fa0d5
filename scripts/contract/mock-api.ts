// The mock loyalty API in process, through its MSW handlers but without a server: for the
// OpenAPI document's examples and the contract tests.
import { getResponse } from 'msw'
import { fixedClock } from '../../mocks/engine/clock'
import { createEngine } from '../../mocks/engine/engine'
import { createApiHandlers } from '../../mocks/handlers/home-route'
import { DEMO_PASSWORD } from '../../mocks/handlers/session'
import { TEST_NOW } from '../../mocks/node'
import type { ScenarioName } from '../../mocks/scenarios/scenarios'
import { callerFor, type Transport } from './http'

export const MOCK_BASE_URL = 'http://mock.invalid/api/v1'

/** Signed in as `scenario`'s member, on the tests' fixed date. */
export function mockApi(scenario: ScenarioName) {
  const engine = createEngine({ scenario, clock: fixedClock(TEST_NOW) })
  const handlers = createApiHandlers({ baseUrl: MOCK_BASE_URL, getEngine: () => engine })
  const transport: Transport = async (request) =>
    (await getResponse(handlers, request)) ?? new Response(null, { status: 404 })
  return {
    transport,
    /** A SampleContext: see EndpointDocs.sample. */
    context: {
      call: callerFor(transport, MOCK_BASE_URL),
      credentials: { email: engine.me().email, password: DEMO_PASSWORD },
    },
  }
}
