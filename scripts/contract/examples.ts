// The OpenAPI document's examples: what the mock API answers, in process, for its default
// scenario on a fixed date, so the document changes only when the contract or the engine does.
import type { RequestParts } from '@/api/endpoint'
import { isScenarioName } from '../../mocks/scenarios/scenarios'
import { send } from './http'
import type { DeclaredEndpoint } from './load-contract'
import { MOCK_BASE_URL, mockApi } from './mock-api'

export type Example = {
  /** The request body sent, when the endpoint takes one. */
  request?: unknown
  status: number
  /** The answer's body; undefined when it has none. */
  response: unknown
}

/**
 * Reads first, then the calls that change something, the member's own before those that may
 * change who is signed in (joining, signing in or out): each sees the scenario's member.
 */
export const readsFirst = (endpoints: readonly DeclaredEndpoint[]) => [
  ...endpoints.filter(({ endpoint }) => endpoint.method === undefined),
  ...endpoints.filter(({ endpoint }) => endpoint.method !== undefined && endpoint.session === true),
  ...endpoints.filter(({ endpoint }) => endpoint.method !== undefined && endpoint.session !== true),
]

/**
 * One call of every endpoint, with the input its docs' sample finds: as the default member, or
 * as the member of the scenario its docs name (`exampleAs`), for whom it succeeds.
 */
export async function mockExamples(
  endpoints: readonly DeclaredEndpoint[],
): Promise<Map<string, Example>> {
  const apis = new Map<string, ReturnType<typeof mockApi>>()
  const apiAs = (scenario = 'default') => {
    if (!isScenarioName(scenario)) throw new Error(`exampleAs: no scenario ${scenario}`)
    const api = apis.get(scenario) ?? mockApi(scenario)
    apis.set(scenario, api)
    return api
  }
  const examples = new Map<string, Example>()
  for (const { operationId, endpoint, docs } of readsFirst(endpoints)) {
    const { transport, context } = apiAs(docs.exampleAs)
    const sample = await docs.sample?.(context)
    const input: RequestParts = sample?.input ?? {}
    const answer = await send(transport, MOCK_BASE_URL, endpoint, input)
    examples.set(operationId, { request: input.body, status: answer.status, response: answer.body })
  }
  return examples
}
