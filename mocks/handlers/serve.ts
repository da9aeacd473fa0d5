import {
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpHandler,
  type HttpResponseResolver,
} from 'msw'
import type * as z from 'zod/mini'
import { IDEMPOTENCY_KEY, type Endpoint, type Params } from '@/api/endpoint'
import { endpointName } from '@/api/endpoint-docs'
import { IdempotencyKey } from '@/api/schemas/idempotency-key'
import { problemCodes } from '@/api/schemas/problem-code'
import { EngineError } from '../engine/engine-error'
import type { LoyaltyEngine } from '../engine/engine'
import { localeOf, type EngineLocale } from '../engine/words'
import { problemResponse } from './problem'
import type { SessionContext, SessionStore } from './session'

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined

/** What an engine rule gets: the request's parts, parsed with its declaration's schemas. */
export type RuleContext<E extends Endpoint> = {
  /** The signed-in member's engine; null without a session (only where none is needed). */
  engine: E['session'] extends true ? LoyaltyEngine : LoyaltyEngine | null
  sessions: SessionStore
  /** The request and the cookies MSW collected for it. */
  request: SessionContext
  params: Params<E>
  query: Parsed<E['query']>
  body: Parsed<E['body']>
  /** The Idempotency-Key header (idempotent endpoints; empty for the others). */
  idempotencyKey: string
  /** The language the request's Accept-Language asks for, among those the engine speaks. */
  locale: EngineLocale
  /** How this server behaves beyond the engine's rules (see HandlerOptions). */
  server: ServerBehaviour
}

/** See HandlerOptions.commandProcessing. */
export type ServerBehaviour = { commandProcessing?: (() => Promise<void>) | undefined }

type ReplyTo<S, Status> = {
  status: Status
  body: S extends z.ZodMiniType ? z.input<S> : null
  headers?: Record<string, string>
}

/** An answer of one of the statuses `E` declares, with the body its schema describes. */
export type Reply<E extends Endpoint> = {
  [Status in keyof E['responses']]: ReplyTo<E['responses'][Status], Status>
}[keyof E['responses']]

/**
 * How the mock answers one declared endpoint: from the engine, given the request parsed with
 * the declaration's schemas. A refusal is thrown as an EngineError with a code the declaration
 * lists.
 */
export type Rule<E extends Endpoint = Endpoint> = {
  endpoint: E
  answer(context: RuleContext<E>): Reply<E> | Promise<Reply<E>>
}

/** Binds an engine rule to its declaration (`const R` keeps the literal status it answers). */
export const rule = <E extends Endpoint, const R extends Reply<E>>(
  endpoint: E,
  answer: (context: RuleContext<E>) => R | Promise<R>,
): Rule<E> => ({ endpoint, answer })

const methods = { GET: http.get, POST: http.post, DELETE: http.delete }

/** An MSW handler for the requests to `endpoint` under `base` (`{id}` becomes MSW's `:id`). */
export const handlerFor = (base: string, endpoint: Endpoint, resolver: HttpResponseResolver) =>
  methods[endpoint.method ?? 'GET'](
    `${base}${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`,
    resolver,
  )

const invalid = (title: string, detail: string) =>
  new EngineError('bad_request', 400, detail, { title })

/** `schema`'s parse of `value`, or a 400 that says which part was wrong and why. */
function parse<S extends z.ZodMiniType>(schema: S, value: unknown, part: 'query' | 'body') {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || `(${part})`}: ${issue.message}`)
    .join('; ')
  throw invalid(`Invalid ${part}`, detail)
}

/**
 * The MSW handler of `rule` under `base`: checks the session, parses the path parameters,
 * query, Idempotency-Key and body with the declaration's schemas (a 400 problem when one is
 * wrong), asks the rule and answers; an EngineError becomes its problem response.
 */
export function serve(
  base: string,
  { endpoint, answer }: Rule,
  sessions: () => SessionStore,
  server: ServerBehaviour = {},
): HttpHandler {
  return handlerFor(base, endpoint, async (info) => {
    const { pathname, searchParams } = new URL(info.request.url)
    try {
      const store = sessions()
      const engine = endpoint.session === false ? null : store.engineFor(info)
      if (endpoint.session === true && !engine) {
        throw new EngineError(
          'unauthorized',
          401,
          'You are not signed in, or your session has ended. Sign in again to continue.',
          { title: 'Please sign in' },
        )
      }
      const params: Record<string, string> = {}
      for (const [name, value] of Object.entries(info.params)) {
        if (typeof value === 'string') params[name] = value
      }
      const query =
        endpoint.query && parse(endpoint.query, Object.fromEntries(searchParams), 'query')
      const idempotencyKey = info.request.headers.get(IDEMPOTENCY_KEY)?.trim() ?? ''
      if (endpoint.idempotent) {
        if (idempotencyKey === '') {
          throw invalid(
            'Idempotency-Key header is required',
            'Send a unique Idempotency-Key header with every request that changes points, and the same one when you retry it.',
          )
        }
        const key = IdempotencyKey.safeParse(idempotencyKey)
        if (!key.success)
          throw invalid('Invalid Idempotency-Key', key.error.issues[0]?.message ?? '')
      }
      let body: unknown
      if (endpoint.body) {
        let json: unknown
        try {
          json = await info.request.json()
        } catch {
          throw invalid('Invalid body', 'The body is not JSON.')
        }
        body = parse(endpoint.body, json, 'body')
      }
      const reply = await answer({
        engine: engine ?? null,
        sessions: store,
        request: info,
        params,
        query,
        body,
        idempotencyKey,
        locale: localeOf(info.request.headers.get('Accept-Language')),
        server,
      })
      if (reply.body === null) {
        return new HttpResponse<DefaultBodyType>(null, {
          status: reply.status,
          headers: reply.headers,
        })
      }
      return HttpResponse.json(reply.body, { status: reply.status, headers: reply.headers })
    } catch (error) {
      if (!(error instanceof EngineError)) throw error
      if (!problemCodes(endpoint).includes(error.code)) {
        // The mock is the reference implementation: it answers only what the contract declares.
        throw new Error(
          `${endpointName(endpoint)} refused with ${error.code}, which its declaration does not list`,
          { cause: error },
        )
      }
      const response = problemResponse({
        status: error.status,
        title: error.title,
        detail: error.message,
        instance: pathname,
        code: error.code,
        ...error.extensions,
      })
      if (error.retryAfterSeconds !== undefined) {
        response.headers.set('Retry-After', String(error.retryAfterSeconds))
      }
      return response
    }
  })
}
