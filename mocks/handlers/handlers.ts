import { http, HttpResponse, type HttpHandler } from 'msw'
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
        const issues = query.error.issues.map(
          (issue) => `${issue.path.join('.') || '(query)'}: ${issue.message}`,
        )
        return problemResponse({
          status: 400,
          title: 'Invalid query',
          detail: issues.join('; '),
          instance: url.pathname,
          code: 'bad_request',
        })
      }
      try {
        return HttpResponse.json(getEngine().listRewards(query.data))
      } catch (error) {
        if (error instanceof EngineError) {
          return problemResponse({
            status: error.status,
            title: 'Request refused',
            detail: error.message,
            instance: url.pathname,
            code: error.code,
          })
        }
        throw error
      }
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
  ]
}
