// The server answers in any language at once (problem() below writes words synchronously).
import '../engine/words/all'
import '../scenarios/all'
import type { AddressInfo } from 'node:net'
import { createMiddleware } from '@mswjs/http-middleware'
import compression from 'compression'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import type { HttpHandler } from 'msw'
import type { ProblemCode } from '@/api/schemas/problem-code'
import { systemClock, type Clock } from '../engine/clock'
import { createEngine } from '../engine/engine'
import { EngineError } from '../engine/engine-error'
import { createApiHandlers } from '../handlers/home-route'
import { negotiateLanguage } from '../handlers/language'
import {
  cookieSessions,
  DEMO_PASSWORD,
  LOCKED_EMAIL,
  SESSION_COOKIE,
  type CookieSessionStore,
} from '../handlers/session'
import { memberScenarios, scenarioDescriptions, type ScenarioName } from '../scenarios/scenarios'
import { cors } from './cors'

export const API_BASE_PATH = '/api/v1'
export const DEFAULT_PORT = 8787
export const DEFAULT_ORIGINS = [
  'http://localhost:5173',
  'http://localhost:4173',
  'http://127.0.0.1:5173',
  'http://127.0.0.1:4173',
] as const
/** The test aid behind `--admin`: ends every session, as if they had all expired. */
export const EXPIRE_SESSIONS_PATH = '/__admin/expire-sessions'

/**
 * The client's own Cookie header, copied before MSW sees the request. MSW keeps a cookie jar
 * of every Set-Cookie it answers with and adds those cookies to later requests (right for a
 * test that plays the browser, wrong for a server with many clients), so the session is read
 * from this copy only.
 */
const CLIENT_COOKIE_HEADER = 'x-loyalty-client-cookie'

export type ApiServerOptions = {
  /** 0 picks a free port. Default 8787. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** The demo member listed first, whose engine also answers GET /program. */
  scenario?: ScenarioName
  /** Portal origins allowed to call with credentials (CORS). */
  origins?: readonly string[]
  /** Serves POST /__admin/expire-sessions (a test aid). */
  admin?: boolean
  /** Sessions end this long after sign-in; null keeps them while the process runs. */
  sessionTtlSeconds?: number | null
  /** The engines' clock; real time by default. */
  clock?: Clock
  /**
   * How long each new idempotent command (a redemption, an action, a birthday) is processed
   * before it commits (ms; none by default): a repeat with its key meanwhile is answered 409
   * idempotency_key_in_use.
   */
  commandProcessingMs?: number
  /** One line per request answered; nothing when omitted. */
  log?: (line: string) => void
  /**
   * Test aid: handlers put in front of the loyalty API's (they get them, to answer through),
   * e.g. a deliberately broken server for verify-api's test.
   */
  layer?: (handlers: HttpHandler[]) => HttpHandler[]
}

export type DemoAccountRow = {
  email: string
  /** The scenario the member comes from; null for the locked account. */
  scenario: ScenarioName | null
  password: string
  note: string
}

export type ApiServer = {
  /** e.g. http://127.0.0.1:8787/api/v1 */
  url: string
  /** e.g. http://127.0.0.1:8787 */
  origin: string
  port: number
  origins: readonly string[]
  /** Every demo account, the `--scenario` one first, then locked@example.com. */
  accounts: readonly DemoAccountRow[]
  sessions: CookieSessionStore
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/**
 * The scenario's member first, then the other members in their usual order (the guest
 * scenario's is only an account to sign in as in the browser mock: every session here starts
 * signed out anyway).
 */
export function scenarioOrder(first: ScenarioName): ScenarioName[] {
  return [first, ...memberScenarios.filter((name) => name !== first)]
}

/** A problem answered outside the MSW handlers, in the request's language as theirs are. */
function problem(req: express.Request, res: express.Response, error: EngineError) {
  const language = negotiateLanguage(req.headers['accept-language'])
  const body: { status: number; title: string; detail: string; code: ProblemCode } = {
    status: error.status,
    ...error.problem(language),
    code: error.code,
  }
  res
    .status(body.status)
    .type('application/problem+json')
    .setHeader('Content-Language', language)
    .vary('Accept-Language')
    .send(JSON.stringify({ type: 'about:blank', ...body }))
}

/**
 * The loyalty API as a real HTTP server: the shared MSW handlers in cookie-session mode, one
 * engine per demo member, mounted at /api/v1 through @mswjs/http-middleware. State lives as
 * long as the server.
 */
export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1'
  const origins = [...(options.origins ?? DEFAULT_ORIGINS)]
  const clock = options.clock ?? systemClock
  const scenarios = scenarioOrder(options.scenario ?? 'default')
  const processingMs = options.commandProcessingMs ?? 0
  const sessions = cookieSessions({
    engines: scenarios.map((scenario) => createEngine({ scenario, clock })),
    ttlSeconds: options.sessionTtlSeconds ?? null,
    readToken: ({ request }) =>
      parseCookieHeader(request.headers.get(CLIENT_COOKIE_HEADER) ?? '')[SESSION_COOKIE],
  })

  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  // As any production API: JSON answers over 1 KB go gzip'd (the catalog pages shrink ~4x).
  app.use(compression())

  if (options.log) {
    const log = options.log
    app.use((req, res, next) => {
      const started = performance.now()
      res.on('finish', () => {
        const ms = Math.round(performance.now() - started)
        log(`${req.method} ${req.originalUrl} ${String(res.statusCode)} ${String(ms)} ms`)
      })
      next()
    })
  }

  if (options.admin) {
    app.post(EXPIRE_SESSIONS_PATH, (_req, res) => {
      res.json({ expired: sessions.expireAll() })
    })
  }

  const copyClientCookie: RequestHandler = (req, _res, next) => {
    req.headers[CLIENT_COOKIE_HEADER] = req.headers.cookie ?? ''
    next()
  }
  app.use(API_BASE_PATH, cors(origins), copyClientCookie)
  const handlers = createApiHandlers({
    baseUrl: API_BASE_PATH,
    getSessions: () => sessions,
    commandProcessing: processingMs
      ? () => new Promise((resolve) => setTimeout(resolve, processingMs))
      : undefined,
  })
  app.use(createMiddleware(...(options.layer?.(handlers) ?? handlers)))
  app.use(API_BASE_PATH, (req, res) => {
    const path = req.originalUrl.split('?')[0] ?? ''
    problem(
      req,
      res,
      new EngineError('not_found', 404, (w) =>
        w.problems.noSuchOperation({ method: req.method, path }),
      ),
    )
  })
  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    options.log?.(
      `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    if (res.headersSent) {
      res.end()
      return
    }
    problem(req, res, new EngineError('internal_error', 500, (w) => w.problems.internalError))
  }
  app.use(onError)

  const httpServer = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const listening = app.listen(options.port ?? DEFAULT_PORT, host, () => resolve(listening))
    listening.once('error', reject)
  })
  const { port } = httpServer.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`

  return {
    url: `${origin}${API_BASE_PATH}`,
    origin,
    port,
    origins,
    sessions,
    accounts: [
      ...sessions.accounts.map(({ email, engine }) => ({
        email,
        scenario: engine.scenario,
        password: DEMO_PASSWORD,
        note: scenarioDescriptions[engine.scenario],
      })),
      {
        email: LOCKED_EMAIL,
        scenario: null,
        password: '(any)',
        note: 'Always answers 423 account_locked.',
      },
    ],
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive connections would hold close() open until they time out.
        httpServer.closeAllConnections()
      }),
  }
}

/** `a=1; session=abc` -> { a: '1', session: 'abc' }; the first of a repeated name wins. */
export function parseCookieHeader(header: string): Record<string, string> {
  const cookies: Record<string, string> = {}
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator <= 0) continue
    const name = part.slice(0, separator).trim()
    if (name === '' || Object.hasOwn(cookies, name)) continue
    let value = part.slice(separator + 1).trim()
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = value.slice(1, -1)
    try {
      cookies[name] = decodeURIComponent(value)
    } catch {
      cookies[name] = value
    }
  }
  return cookies
}
