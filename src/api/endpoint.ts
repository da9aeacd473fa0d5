import type * as z from 'zod/mini'
import type { ProblemCode } from './schemas/problem-code'

/**
 * One endpoint of the loyalty API, declared once in src/api/contract/ (one file each, its
 * export name is its operationId). The portal's calls and query keys, the mock API's request
 * parsing, the OpenAPI document, the designer's faults, verify-api and the contract tests are
 * all derived from it. The portal downloads declarations, so they hold only what calling the
 * endpoint needs; words for the document live beside them in `docs` (see EndpointDocs),
 * which nothing in the portal imports.
 */
export type Endpoint = {
  /** GET when absent. */
  method?: 'POST' | 'DELETE'
  /** Relative to the API's base URL; `{name}` marks a path parameter: `/rewards/{id}`. */
  path: string
  /**
   * true: answers only with the member's session (else 401 unauthorized), and what it answers
   * is the member's (its query keys live under ['member']). 'optional': uses a session when
   * there is one.
   */
  session: boolean | 'optional'
  /** The query string, as the server parses it. */
  query?: z.ZodMiniType
  /** The JSON request body. */
  body?: z.ZodMiniType
  /**
   * Takes an Idempotency-Key header: a repeat with the same key answers the first result and
   * changes nothing more. Everything that spends or earns points is idempotent.
   */
  idempotent?: true
  /** The body of each success status; null when it has none (204). */
  responses: Readonly<Record<number, z.ZodMiniType | null>>
  /** The problem codes it answers beyond those every endpoint may (see problemCodes()). */
  problems?: readonly ProblemCode[]
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never

/** The path parameters of `E`, by name: `{ id: string }` for `/rewards/{id}`. */
export type Params<E extends Endpoint> = Record<ParamNames<E['path']>, string>

type Present<Condition, T> = [Condition] extends [never] ? unknown : T

/** What a call of `E` sends: path parameters, query, body and Idempotency-Key, as it declares them. */
export type Input<E extends Endpoint> = Present<ParamNames<E['path']>, { params: Params<E> }> &
  (E['query'] extends z.ZodMiniType ? { query?: z.input<E['query']> } : unknown) &
  (E['body'] extends z.ZodMiniType ? { body: z.input<E['body']> } : unknown) &
  (E['idempotent'] extends true ? { idempotencyKey: string } : unknown)

/** What a call of `E` answers: the body of one of its success statuses (undefined for none). */
export type Output<E extends Endpoint> = {
  [S in keyof E['responses']]: E['responses'][S] extends z.ZodMiniType
    ? z.output<E['responses'][S]>
    : undefined
}[keyof E['responses']]

/** Any endpoint's input, as the code that sends it sees it. */
export type RequestParts = {
  params?: Readonly<Record<string, string>>
  query?: Readonly<Record<string, unknown>>
  body?: unknown
  idempotencyKey?: string
}

/** The header that carries an idempotent request's key. */
export const IDEMPOTENCY_KEY = 'Idempotency-Key'

/**
 * A call of `endpoint` as an HTTP request: its URL under `baseUrl` (path parameters filled in;
 * query values that are undefined or empty left out), its method, the headers that say what it
 * carries on top of `init`'s, and the JSON body.
 */
export function httpRequest(
  baseUrl: string,
  endpoint: Endpoint,
  input: RequestParts,
  init: RequestInit & { headers?: Record<string, string> } = {},
) {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(input.params?.[name] ?? ''),
  )
  // A base URL on the page's own origin ('/api/v1') is relative to the page.
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`, globalThis.location?.href)
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
  return new Request(url, {
    ...init,
    method: endpoint.method ?? 'GET',
    headers: {
      ...init.headers,
      ...(endpoint.body && { 'Content-Type': 'application/json' }),
      ...(endpoint.idempotent && { [IDEMPOTENCY_KEY]: input.idempotencyKey ?? '' }),
    },
    body: endpoint.body && JSON.stringify(input.body),
  })
}
