import { describe, expect, it, vi } from 'vitest'
import { startMockApi, type MockFetch } from './browser'
import { SETTINGS_STORAGE_KEY } from './designer-settings'
import { scenarioNames } from './scenarios/scenarios'

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

/** The mock API started with `search`, answering in the page. */
async function started(search: string): Promise<MockFetch> {
  const result = await startMockApi({ baseUrl: '/api/v1', search })
  if (result.status !== 'started') throw new Error(`the mock did not start: ${result.status}`)
  return result.fetch
}

const api = (path: string, init?: RequestInit) =>
  new Request(new URL(`/api/v1${path}`, window.location.href), init)

describe('the mock API in the page', () => {
  it('gives up when the request is cancelled, as fetch does', async () => {
    const answer = await started('?scenario=default&fail=balance:timeout')
    const cancel = new AbortController()
    const pending = answer(api('/me/balance', { signal: cancel.signal }))
    cancel.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('answers a path the API does not have with a 404, never the network', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const network = vi.spyOn(globalThis, 'fetch')
    const answer = await started('?scenario=default')
    expect((await answer(api('/no-such-thing'))).status).toBe(404)
    expect(network).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/api/v1/no-such-thing'))
  })
})
