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
import { EngineError, type ProblemWriter } from '../engine/engine-error'
import type { LoyaltyEngine } from '../engine/engine'
import type { Language, TranslatedLanguage } from '../engine/language'
import type { ProblemWords } from '../engine/words/wording'
import { words } from '../engine/words/words'
import { answerLanguage, inLanguage } from './language'
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
  /**
   * The language to answer in, from the request's Accept-Language: pass it to every engine
   * call that answers with words. Refusals are answered in it by serve().
   */
  language: Language
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

const invalid = (write: ProblemWriter) => new EngineError('bad_request', 400, write)

/** `schema`'s parse of `value`, or a 400 that says which part was wrong and why. */
function parse<S extends z.ZodMiniType>(schema: S, value: unknown, part: 'query' | 'body') {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issues = (language: TranslatedLanguage) => {
    const again = schema.safeParse(value, { error: words(language).issues })
    return (again.success ? [] : again.error.issues)
      .map((issue) => `${issue.path.map(String).join('.') || `(${part})`}: ${issue.message}`)
      .join('; ')
  }
  throw invalid((w, _format, language): ProblemWords =>
    part === 'query'
      ? w.problems.invalidQuery(issues(language))
      : w.problems.invalidBody(issues(language)),
  )
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
    const language = await answerLanguage(info.request)
    try {
      const store = sessions()
      const engine = endpoint.session === false ? null : store.engineFor(info)
      if (endpoint.session === true && !engine) {
        throw new EngineError('unauthorized', 401, (w) => w.problems.signedOut)
      }
      const params: Record<string, string> = {}
      for (const [name, value] of Object.entries(info.params)) {
        if (typeof value === 'string') params[name] = value
      }
      const query =
        endpoint.query && parse(endpoint.query, Object.fromEntries(searchParams), 'query')
      const idempotencyKey = info.request.headers.get(IDEMPOTENCY_KEY)?.trim() ?? ''
      if (endpoint.idempotent) {
        if (idempotencyKey === '') throw invalid((w) => w.problems.keyMissing)
        if (!IdempotencyKey.safeParse(idempotencyKey).success) {
          throw invalid((w) =>
            w.problems.keyInvalid(
              IdempotencyKey.safeParse(idempotencyKey, { error: w.issues }).error
                ?.issues[0]?.message ?? '',
            ),
          )
        }
      }
      let body: unknown
      if (endpoint.body) {
        let json: unknown
        try {
          json = await info.request.json()
        } catch {
          throw invalid((w) => w.problems.bodyNotJson)
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
        server,
        language,
      })
      if (reply.body === null) {
        return inLanguage(
          new HttpResponse<DefaultBodyType>(null, { status: reply.status, headers: reply.headers }),
          language,
          false,
        )
      }
      return inLanguage(
        HttpResponse.json(reply.body, { status: reply.status, headers: reply.headers }),
        language,
      )
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
        ...error.problem(language),
        instance: pathname,
        code: error.code,
        ...error.extensions,
      })
      if (error.retryAfterSeconds !== undefined) {
        response.headers.set('Retry-After', String(error.retryAfterSeconds))
      }
      return inLanguage(response, language)
    }
  })
}
