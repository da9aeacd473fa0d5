import { describe, expect, it } from 'vitest'
import { ApiError, ContractError, NetworkError } from '@/api/errors'
import { joinFailure } from './join-outcome'

const problem = (status: number, code: string, detail?: string) =>
  new ApiError({ type: 'about:blank', title: 'x', status, code, ...(detail && { detail }) })

describe('joinFailure', () => {
  it('a taken email and a refused field created nothing', () => {
    expect(joinFailure(problem(409, 'email_taken'))).toEqual({ kind: 'email-taken' })
    expect(joinFailure(problem(400, 'bad_request', 'password: too short'))).toEqual({
      kind: 'refused',
      detail: 'password: too short',
    })
    expect(joinFailure(problem(422, 'idempotency_key_reused'))).toEqual({
      kind: 'refused',
      detail: undefined,
    })
  })

  it('anything that may hide a success is unknown: asked again with the same key', () => {
    for (const error of [
      new NetworkError('offline'),
      new NetworkError('timeout'),
      new ContractError('POST /members', 'member.id', 'expected string'),
      problem(500, 'internal_error'),
      problem(502, 'http_error'),
      problem(503, 'service_unavailable'),
      problem(429, 'rate_limited'),
      problem(409, 'idempotency_key_in_use'),
      new TypeError('failed'),
    ]) {
      expect(joinFailure(error)).toEqual({ kind: 'unknown' })
    }
  })
})
