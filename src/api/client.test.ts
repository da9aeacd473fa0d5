import { afterEach, describe, expect, it } from 'vitest'
import { setProblemSink, type ProblemReport } from '@/lib/problem-report'
import { setMockFaults } from '../../mocks/node'
import { call } from './client'
import { getBalance } from './contract/get-balance'
import { ContractError } from './errors'

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
