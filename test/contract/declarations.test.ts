// @vitest-environment node
// Every endpoint declared in src/api/contract/, whatever it is: the mock API serves it inside
// its schemas, and it answers only problem codes the contract defines.
import { describe, expect, it } from 'vitest'
import { endpointName } from '@/api/endpoint-docs'
import { PROBLEMS, ProblemCode } from '@/api/schemas/problem-code'
import { HOME_ROUTE } from '../../mocks/handlers/home-route'
import { ROUTES } from '../../mocks/handlers/routes'
import {
  isScenarioName,
  scenarioNames,
  scenariosWithoutRewards,
} from '../../mocks/scenarios/scenarios'
import { readsFirst } from '../../scripts/contract/examples'
import { loadContract } from '../../scripts/contract/load-contract'
import { mockApi } from '../../scripts/contract/mock-api'

const { endpoints } = await loadContract()

describe('the endpoint declarations', () => {
  it('each have an operationId and a method and path of their own', () => {
    const ids = endpoints.map(({ operationId }) => operationId)
    expect(new Set(ids).size).toBe(ids.length)
    const names = endpoints.map(({ endpoint }) => endpointName(endpoint))
    expect(new Set(names).size).toBe(names.length)
  })

  it.each(endpoints.map((declared) => [declared.operationId, declared] as const))(
    '%s answers only problem codes the contract defines, each with its status',
    (_, { endpoint }) => {
      for (const code of endpoint.problems ?? []) {
        expect(ProblemCode.options).toContain(code)
        expect(PROBLEMS[code].status).toBeGreaterThanOrEqual(400)
      }
    },
  )

  it('are each answered by exactly one rule of the mock API, which answers nothing else', () => {
    const served = [...Object.values(ROUTES), HOME_ROUTE].flatMap(({ rules }) =>
      rules.map((rule) => rule.endpoint),
    )
    expect(new Set(served).size).toBe(served.length)
    expect(new Set(served)).toEqual(new Set(endpoints.map(({ endpoint }) => endpoint)))
  })
})

describe.each(scenarioNames)('the mock API in the %s scenario', (scenario) => {
  // The caller throws when an answer is not one the declaration allows, schema included.
  it('answers every declared read inside its schema', async () => {
    const { context } = mockApi(scenario)
    for (const { operationId, endpoint, docs } of endpoints.filter(
      ({ endpoint }) => !endpoint.method,
    )) {
      // A program with no rewards has none to look up: an unknown id is checked in mock-contract.
      if (operationId === 'getReward' && scenariosWithoutRewards.includes(scenario)) continue
      const sample = await docs.sample?.(context)
      await context.call(endpoint, sample?.input ?? {})
    }
  })
})

describe('the mock API in the default scenario', () => {
  it('answers every declared endpoint inside its schema, writes after reads', async () => {
    const apis = new Map<string, ReturnType<typeof mockApi>>()
    expect(endpoints.some(({ endpoint }) => endpoint.method)).toBe(true)
    for (const { endpoint, docs } of readsFirst(endpoints)) {
      // As the member its example is made as (one without a birthday sets one).
      const scenario = docs.exampleAs ?? 'default'
      if (!isScenarioName(scenario)) throw new Error(`exampleAs: no scenario ${scenario}`)
      const api = apis.get(scenario) ?? mockApi(scenario)
      apis.set(scenario, api)
      const { context } = api
      const sample = await docs.sample?.(context)
      await context.call(endpoint, sample?.input ?? {})
    }
  })
})
