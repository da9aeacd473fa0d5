import { afterEach, describe, expect, it, vi } from 'vitest'
import { setProblemSink, type ProblemReport } from '@/lib/problem-report'
import { startMockApi } from '../../mocks/browser'
import { setMockFaults } from '../../mocks/node'
import { call, configureClient } from './client'
import { getBalance } from './contract/get-balance'
import { ContractError, NetworkError } from './errors'

describe('the client reports', () => {
  afterEach(() => setProblemSink(() => {}))

  it('an answer outside the contract, where it finds it', async () => {
    const reports: ProblemReport[] = []
    setProblemSink((report) => reports.push(report))
    setMockFaults({ fail: { balance: 'malformed' } })
    await expect(call(getBalance, {})).rejects.toBeInstanceOf(ContractError)
    expect(reports).toEqual([{ kind: 'contract', endpoint: 'GET /me/balance', path: 'available' }])
  })

  it('no refusal or failure to answer: those are the API’s, and told to the member', async () => {
    const reports: ProblemReport[] = []
    setProblemSink((report) => reports.push(report))
    for (const fault of ['500', '401', 'committed-drop'] as const) {
      setMockFaults({ fail: { balance: fault } })
      await expect(call(getBalance, {})).rejects.toThrow()
    }
    expect(reports).toEqual([])
  })
})

describe('in mock mode', () => {
  afterEach(() => configureClient({ transport: undefined }))

  /** The browser's mock API started with `search`: the client hands it every request. */
  async function answeredInPage(search: string) {
    const mock = await startMockApi({ baseUrl: '/api/v1', search })
    if (mock.status !== 'started') throw new Error(`the mock did not start: ${mock.status}`)
    configureClient({ transport: Promise.resolve(mock.fetch) })
  }

  it('the mock answers in the page: the network is never asked', async () => {
    const network = vi.spyOn(globalThis, 'fetch')
    await answeredInPage('?scenario=new-member')
    const balance = await call(getBalance, {})
    expect(balance.available).toBe(0)
    expect(network).not.toHaveBeenCalled()
  })

  it('the designer’s offline latency fails as the network would', async () => {
    await answeredInPage('?scenario=default&latency=offline')
    await expect(call(getBalance, {})).rejects.toBeInstanceOf(NetworkError)
  })
})
