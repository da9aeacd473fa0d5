import { describe, expect, it } from 'vitest'
import { SCENARIO_STORAGE_KEY, startMockApi } from './browser'
import { scenarioNames } from './scenarios/scenarios'

// Starting the worker needs a real browser (the e2e tests cover it); refusing does not.
describe('startMockApi', () => {
  it('refuses an unknown scenario without starting, and lists the known ones', async () => {
    sessionStorage.setItem(SCENARIO_STORAGE_KEY, 'top-tier')
    const result = await startMockApi({ baseUrl: '/api/v1', search: '?scenario=vip' })
    expect(result).toMatchObject({ status: 'unknown-scenario', requested: 'vip' })
    expect(result.status === 'unknown-scenario' && result.known.map((known) => known.name)).toEqual(
      [...scenarioNames],
    )
    expect(sessionStorage.getItem(SCENARIO_STORAGE_KEY)).toBe('top-tier')
  })
})
