import { http, HttpResponse, type HttpHandler } from 'msw'
import { RedemptionRequest } from '@/api/schemas/redemption'
import { RedemptionListQuery } from '@/api/schemas/redemption-list-query'
import { RewardListQuery } from '@/api/schemas/reward-list-query'
import { EngineError } from '../engine/engine-error'
import type { LoyaltyEngine } from '../engine/engine'
import { problemResponse } from './problem'

export type HandlerOptions = {
  /** Relative ('/api/v1') or absolute ('http://localhost:3000/api/v1'). */
  baseUrl: string
  /** Called on every request, so a test or the scenario switcher can swap the engine. */
  getEngine: () => LoyaltyEngine
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key'
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed'

/** "path: message; path: message" from a failed parse, for a problem's detail. */
function describeIssues(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  root: string,
): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || root}: ${issue.message}`)
    .join('; ')
}

function badRequest(title: string, detail: string, instance: string) {
  return problemResponse({ status: 400, title, detail, instance, code: 'bad_request' })
}

/** Runs `answer`; a refusal by the engine becomes its problem response. */
function refusalsAsProblems(instance: string, answer: () => Response): Response {
  try {
    return answer()
  } catch (error) {
    if (error instanceof EngineError) {
      return problemResponse({
        status: error.status,
        title: error.title,
        detail: error.message,
        instance,
        code: error.code,
        ...error.extensions,
      })
    }
    throw error
  }
}

/** The loyalty API over the engine: parse the request with the contract, ask the engine, answer. */
export function createHandlers({ baseUrl, getEngine }: HandlerOptions): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  return [
    http.get(`${base}/program`, () => HttpResponse.json(getEngine().program())),
    http.get(`${base}/me`, () => HttpResponse.json(getEngine().me())),
    http.get(`${base}/me/balance`, () => HttpResponse.json(getEngine().balance())),
    http.get(`${base}/me/tier`, () => HttpResponse.json(getEngine().tierProgress())),

    http.get(`${base}/rewards`, ({ request }) => {
      const url = new URL(request.url)
      const query = RewardListQuery.safeParse(Object.fromEntries(url.searchParams))
      if (!query.success) {
        return badRequest('Invalid query', describeIssues(query.error, '(query)'), url.pathname)
      }
      return refusalsAsProblems(url.pathname, () =>
        HttpResponse.json(getEngine().listRewards(query.data)),
      )
    }),

    http.get(`${base}/rewards/:id`, ({ params, request }) => {
      const id = typeof params.id === 'string' ? params.id : ''
      const reward = getEngine().getReward(id)
      if (!reward) {
        return problemResponse({
          status: 404,
          title: 'Reward not found',
          detail: `There is no reward with id “${id}”.`,
          instance: new URL(request.url).pathname,
          code: 'not_found',
        })
      }
      return HttpResponse.json(reward)
    }),

    http.post(`${base}/redemptions`, async ({ request }) => {
      const instance = new URL(request.url).pathname
      const idempotencyKey = request.headers.get(IDEMPOTENCY_KEY_HEADER)?.trim() ?? ''
      if (idempotencyKey === '') {
        return badRequest(
          'Idempotency-Key header is required',
          'Send a unique Idempotency-Key header with every redemption, and the same one when you retry it.',
          instance,
        )
      }
      let json: unknown
      try {
        json = await request.json()
      } catch {
        return badRequest('Invalid body', 'The body is not JSON.', instance)
      }
      const body = RedemptionRequest.safeParse(json)
      if (!body.success) {
        return badRequest('Invalid body', describeIssues(body.error, '(body)'), instance)
      }
      return refusalsAsProblems(instance, () => {
        const { result, replayed } = getEngine().redeemOrReplay({ ...body.data, idempotencyKey })
        return HttpResponse.json(result, {
          status: 201,
          headers: replayed ? { [IDEMPOTENT_REPLAYED_HEADER]: 'true' } : {},
        })
      })
    }),

    http.get(`${base}/me/redemptions`, ({ request }) => {
      const url = new URL(request.url)
      const query = RedemptionListQuery.safeParse(Object.fromEntries(url.searchParams))
      if (!query.success) {
        return badRequest('Invalid query', describeIssues(query.error, '(query)'), url.pathname)
      }
      return refusalsAsProblems(url.pathname, () =>
        HttpResponse.json(getEngine().listRedemptions(query.data)),
      )
    }),
  ]
}
