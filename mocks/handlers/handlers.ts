import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw'
import { RedemptionRequest } from '@/api/schemas/redemption'
import { RedemptionListQuery } from '@/api/schemas/redemption-list-query'
import { RewardListQuery } from '@/api/schemas/reward-list-query'
import { SignInRequest } from '@/api/schemas/session'
import { EngineError } from '../engine/engine-error'
import type { LoyaltyEngine } from '../engine/engine'
import { toRewardQuery } from '../engine/reward-query'
import { problemResponse } from './problem'
import {
  clearedSessionCookie,
  implicitSessions,
  sessionCookie,
  type SessionContext,
  type SessionStore,
} from './session'

export type HandlerOptions = {
  /** Relative ('/api/v1') or absolute ('http://localhost:3000/api/v1'). */
  baseUrl: string
  /**
   * Awaited between beginning a new redemption and committing it: the time a real server
   * spends processing, during which a repeat with the same key is answered 409
   * idempotency_key_in_use. Tests and `npm run api --processing-ms` set it; none by default.
   */
  redemptionProcessing?: () => Promise<void>
} & (
  | {
      /**
       * Always signed in as this engine's member (see implicitSessions). Called on every
       * request, so a test or the scenario switcher can swap the engine.
       */
      getEngine: () => LoyaltyEngine
    }
  | {
      /** Who is signed in, per request (see session.ts). Called on every request too. */
      getSessions: () => SessionStore
    }
)

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
async function refusalsAsProblems(
  instance: string,
  answer: () => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await answer()
  } catch (error) {
    if (error instanceof EngineError) {
      const response = problemResponse({
        status: error.status,
        title: error.title,
        detail: error.message,
        instance,
        code: error.code,
        ...error.extensions,
      })
      if (error.retryAfterSeconds !== undefined) {
        response.headers.set('Retry-After', String(error.retryAfterSeconds))
      }
      return response
    }
    throw error
  }
}

type MemberResolverInfo = SessionContext & { params: PathParams }

function implicitStore(getEngine: () => LoyaltyEngine): () => SessionStore {
  const store = implicitSessions(getEngine)
  return () => store
}

/** The loyalty API over the engine: parse the request with the contract, ask the engine, answer. */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '')
  const sessions = 'getSessions' in options ? options.getSessions : implicitStore(options.getEngine)

  /** A resolver for the signed-in member: without a live session the answer is 401. */
  const member =
    (resolve: (engine: LoyaltyEngine, info: MemberResolverInfo) => Response | Promise<Response>) =>
    (info: MemberResolverInfo) => {
      const engine = sessions().engineFor(info)
      if (!engine) {
        return problemResponse({
          status: 401,
          title: 'Please sign in',
          detail: 'You are not signed in, or your session has ended. Sign in again to continue.',
          instance: new URL(info.request.url).pathname,
          code: 'unauthorized',
        })
      }
      return resolve(engine, info)
    }

  return [
    http.get(`${base}/program`, () => HttpResponse.json(sessions().publicEngine().program())),

    http.post(`${base}/session`, async (info) => {
      const instance = new URL(info.request.url).pathname
      let json: unknown
      try {
        json = await info.request.json()
      } catch {
        return badRequest('Invalid body', 'The body is not JSON.', instance)
      }
      const body = SignInRequest.safeParse(json)
      if (!body.success) {
        return badRequest('Invalid body', describeIssues(body.error, '(body)'), instance)
      }
      const result = sessions().signIn(body.data, info)
      switch (result.outcome) {
        case 'signed-in':
          return HttpResponse.json(result.member, {
            headers: { 'Set-Cookie': sessionCookie(result.token, info.request.url) },
          })
        case 'locked':
          return problemResponse({
            status: 423,
            title: 'This account is locked',
            detail:
              'For your security, this account is locked. Contact member services to unlock it.',
            instance,
            code: 'account_locked',
          })
        case 'invalid-credentials':
          return problemResponse({
            status: 401,
            title: 'Email or password is incorrect',
            detail: 'Check your email and password and try again.',
            instance,
            code: 'invalid_credentials',
          })
      }
    }),

    http.delete(`${base}/session`, (info) => {
      sessions().signOut(info)
      return new HttpResponse<DefaultBodyType>(null, {
        status: 204,
        headers: { 'Set-Cookie': clearedSessionCookie(info.request.url) },
      })
    }),

    http.get(
      `${base}/me`,
      member((engine) => HttpResponse.json(engine.me())),
    ),
    http.get(
      `${base}/me/balance`,
      member((engine) => HttpResponse.json(engine.balance())),
    ),
    http.get(
      `${base}/me/tier`,
      member((engine) => HttpResponse.json(engine.tierProgress())),
    ),

    http.get(
      `${base}/rewards`,
      member((engine, { request }) => {
        const url = new URL(request.url)
        const query = RewardListQuery.safeParse(Object.fromEntries(url.searchParams))
        if (!query.success) {
          return badRequest('Invalid query', describeIssues(query.error, '(query)'), url.pathname)
        }
        return refusalsAsProblems(url.pathname, () =>
          HttpResponse.json(engine.listRewards(toRewardQuery(query.data))),
        )
      }),
    ),

    http.get(
      `${base}/rewards/:id`,
      member((engine, { params, request }) => {
        const id = typeof params.id === 'string' ? params.id : ''
        const reward = engine.getReward(id)
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
    ),

    http.post(
      `${base}/redemptions`,
      member(async (engine, { request }) => {
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
        return refusalsAsProblems(instance, async () => {
          const begun = engine.beginRedemption({ ...body.data, idempotencyKey })
          if (begun.state === 'replayed') {
            return HttpResponse.json(begun.result, {
              status: 201,
              headers: { [IDEMPOTENT_REPLAYED_HEADER]: 'true' },
            })
          }
          await options.redemptionProcessing?.()
          return HttpResponse.json(begun.commit(), { status: 201 })
        })
      }),
    ),

    http.get(
      `${base}/me/redemptions`,
      member((engine, { request }) => {
        const url = new URL(request.url)
        const query = RedemptionListQuery.safeParse(Object.fromEntries(url.searchParams))
        if (!query.success) {
          return badRequest('Invalid query', describeIssues(query.error, '(query)'), url.pathname)
        }
        return refusalsAsProblems(url.pathname, () =>
          HttpResponse.json(engine.listRedemptions(query.data)),
        )
      }),
    ),
  ]
}
