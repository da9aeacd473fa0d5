import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../mocks/engine/clock'
import { createEngine } from '../../mocks/engine/engine'
import { TEST_NOW } from '../../mocks/node'
import { ApiError, ContractError, NetworkError } from './errors'
import { classifyRedemption, failureOutcome, REFUSAL_CODES } from './redemption-outcome'

const problem = (status: number, code: string, retryAfterSeconds?: number) =>
  new ApiError({ type: 'about:blank', title: 'Refused', status, code }, retryAfterSeconds)

describe('classifyRedemption', () => {
  it('a valid result is a success', () => {
    const engine = createEngine({ clock: fixedClock(TEST_NOW) })
    const result = engine.redeem({
      rewardId: 'rwd_free_coffee',
      expectedCost: 150,
      idempotencyKey: 'k',
    })
    expect(classifyRedemption({ status: 'fulfilled', value: result })).toEqual({
      kind: 'success',
      result,
    })
  })

  it.each(
    REFUSAL_CODES.flatMap((code) => [400, 403, 404, 409].map((status) => ({ code, status }))),
  )('$code with $status is a refusal: nothing was spent', ({ code, status }) => {
    expect(failureOutcome(problem(status, code))).toMatchObject({ kind: 'refused', code })
  })

  it('keeps the whole problem of a refusal, extension members included', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Short',
      status: 409,
      code: 'insufficient_points',
      shortBy: 20,
    })
    expect(failureOutcome(error)).toEqual({
      kind: 'refused',
      code: 'insufficient_points',
      problem: error.problem,
    })
  })

  it('a 401 means signed out, whatever its code', () => {
    expect(failureOutcome(problem(401, 'unauthorized'))).toEqual({ kind: 'signed-out' })
    expect(failureOutcome(problem(401, 'out_of_stock'))).toEqual({ kind: 'signed-out' })
  })

  it('idempotency_key_reused is its own outcome, not a refusal', () => {
    expect(failureOutcome(problem(422, 'idempotency_key_reused'))).toEqual({ kind: 'key-reused' })
  })

  it.each([
    ['a dropped connection', new NetworkError('offline')],
    ['a timeout', new NetworkError('timeout')],
    ['a body outside the contract', new ContractError('POST /redemptions', 'balance', 'bad')],
    ['a body that is not JSON', new ContractError('POST /redemptions', '(body)', 'no JSON')],
    ['anything else thrown', new TypeError('boom')],
    ['a 500 problem', problem(500, 'internal_error')],
    ['a gateway’s 502 page', problem(502, 'internal_error')],
    ['a 503', problem(503, 'service_unavailable', 2)],
    ['a 5xx with a refusal’s code', problem(500, 'out_of_stock')],
    ['a 429', problem(429, 'rate_limited', 5)],
    ['a 408', problem(408, 'http_error')],
    ['a repeat while the first is in flight', problem(409, 'idempotency_key_in_use', 1)],
    ['a 4xx code the portal does not know', problem(409, 'brand_new_rule')],
    ['a 403 without a refusal code', problem(403, 'forbidden')],
    ['a 4xx without a problem body', problem(400, 'http_error')],
  ])('%s is unknown: it may have gone through', (_, error) => {
    expect(failureOutcome(error)).toMatchObject({ kind: 'unknown' })
  })

  it('an unknown outcome carries Retry-After, to ask again no sooner', () => {
    expect(failureOutcome(problem(409, 'idempotency_key_in_use', 1))).toEqual({
      kind: 'unknown',
      retryAfterSeconds: 1,
    })
    expect(failureOutcome(new NetworkError('offline'))).toEqual({
      kind: 'unknown',
      retryAfterSeconds: undefined,
    })
  })
})
