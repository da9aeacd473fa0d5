import { describe, expect, it, vi } from 'vitest'
import { startMockApi } from './browser'
import { SETTINGS_STORAGE_KEY } from './designer-settings'
import { scenarioNames } from './scenarios/scenarios'

// Starting the worker needs a real browser (the e2e tests cover it); refusing does not.
describe('startMockApi', () => {
  it('refuses an unknown scenario without starting, and lists the known ones', async () => {
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=top-tier&latency=300')
    const result = await startMockApi({ baseUrl: '/api/v1', search: '?scenario=vip' })
    expect(result).toMatchObject({ status: 'unknown-scenario', requested: 'vip' })
    expect(result.status === 'unknown-scenario' && result.known.map((known) => known.name)).toEqual(
      [...scenarioNames],
    )
    expect(sessionStorage.getItem(SETTINGS_STORAGE_KEY)).toBe('scenario=top-tier&latency=300')
  })

  it('warns about ignored values (never console.error)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await startMockApi({ baseUrl: '/api/v1', search: '?scenario=vip&latency=fast' })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('latency=fast'))
  })
})
