import type * as z from 'zod/mini'
import { reportProblem } from '@/lib/problem-report'
import { ApiError, ContractError, NetworkError } from './errors'
import { Problem } from './schemas/problem'

type ClientSettings = { baseUrl: string; timeoutMs: number }

let settings: ClientSettings = { baseUrl: '/api/v1', timeoutMs: 10_000 }

/** Called once at start-up with the runtime config. */
export function configureClient(next: Partial<ClientSettings>) {
  settings = { ...settings, ...next }
}

export function apiUrl(
  path: string,
  query?: Record<string, string | number | boolean | undefined>,
) {
  const base = settings.baseUrl.replace(/\/+$/, '')
  const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/')
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
  return url
}

type RequestOptions = {
  signal?: AbortSignal
  query?: Record<string, string | number | boolean | undefined>
  method?: 'GET' | 'POST' | 'DELETE'
  body?: unknown
  headers?: Record<string, string>
}

/**
 * The one way the portal talks to the loyalty API. Every answer is checked against the
 * contract schema; failures become ApiError, ContractError or NetworkError.
 */
export async function request<S extends z.ZodMiniType>(
  path: string,
  /** null: the answer has no body (204 No Content). */
  schema: S | null,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const method = options.method ?? 'GET'
  const endpoint = `${method} ${path}`
  const timeout = AbortSignal.timeout(settings.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout

  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'include',
      signal,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch (error) {
    // A cancellation by React Query is not a failure: let it through untouched.
    if (options.signal?.aborted) throw error
    if (timeout.aborted) throw new NetworkError('timeout', { cause: error })
    throw new NetworkError('offline', { cause: error })
  }

  // A body that is empty or not JSON is `undefined`: a problem with no details, or a contract error.
  const body: unknown = await response.json().catch(() => undefined)

  if (!response.ok) {
    throw toApiError(response, body)
  }
  if (schema === null) return undefined as z.output<S>
  if (body === undefined) throw offContract(endpoint, '(body)', 'expected a JSON body')
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)'
    throw offContract(endpoint, where, issue?.message ?? 'invalid value')
  }
  return parsed.data
}

/** The API broke its contract: someone running the portal should hear of it (reported). */
function offContract(endpoint: string, path: string, reason: string) {
  reportProblem({ kind: 'contract', endpoint, path })
  return new ContractError(endpoint, path, reason)
}

function toApiError(response: Response, body: unknown): ApiError {
  const retryAfter = Number(response.headers.get('Retry-After'))
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
  const problem = Problem.safeParse(body)
  if (problem.success) return new ApiError(problem.data, retryAfterSeconds)
  return new ApiError(
    {
      type: 'about:blank',
      status: response.status,
      title: response.statusText || `HTTP ${response.status}`,
      // No problem body (a proxy or gateway answered): the status is all there is to go on.
      code: response.status >= 500 ? 'internal_error' : 'http_error',
    },
    retryAfterSeconds,
  )
}
