import { API_ACCEPT } from '@/boot/boot'
import { httpRequest, type Endpoint, type Input, type Output, type RequestParts } from './endpoint'
import { reportProblem } from '@/lib/problem-report'
import { ApiError, ContractError, NetworkError } from './errors'
import { takePreloaded } from '@/boot/preloaded'
import { Problem } from './schemas/problem'

type ClientSettings = {
  baseUrl: string
  timeoutMs: number
  /** Sent with every request (Accept-Language, say). */
  headers: Readonly<Record<string, string>>
  /**
   * How requests reach the API when not by the network: in mock mode, the mock API in the
   * page. Every request waits for it first, before its timeout starts.
   */
  transport?: Promise<(request: Request) => Promise<Response>> | undefined
}

let settings: ClientSettings = { baseUrl: '/api/v1', timeoutMs: 10_000, headers: {} }

/** Called at start-up with the runtime config, and again whenever a setting changes. */
export function configureClient(next: Partial<ClientSettings>) {
  settings = { ...settings, ...next }
}

export type CallInput<E extends Endpoint> = Input<E> & { signal?: AbortSignal }

/**
 * The one way the portal talks to the loyalty API: calls `endpoint` as it is declared and
 * checks the answer against the schema it declares for that status. Failures become
 * ApiError, ContractError or NetworkError.
 */
export function call<E extends Endpoint>(endpoint: E, input: CallInput<E>): Promise<Output<E>>
export async function call(
  endpoint: Endpoint,
  input: RequestParts & { signal?: AbortSignal },
): Promise<unknown> {
  const send = settings.transport ? await settings.transport : fetch
  const name = `${endpoint.method ?? 'GET'} ${endpoint.path}`
  const timeout = AbortSignal.timeout(settings.timeoutMs)
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout

  let response: Response
  try {
    const request = httpRequest(settings.baseUrl, endpoint, input, {
      credentials: 'include',
      signal,
      headers: { Accept: API_ACCEPT, ...settings.headers },
    })
    // The page may have asked already, while the portal's code was loading.
    const preloaded = takePreloaded(request)
    response = (preloaded && (await answerOrNothing(preloaded, signal))) ?? (await send(request))
  } catch (error) {
    // A cancellation by React Query is not a failure: let it through untouched.
    if (input.signal?.aborted) throw error
    if (timeout.aborted) throw new NetworkError('timeout', { cause: error })
    throw new NetworkError('offline', { cause: error })
  }

  // A body that is empty or not JSON is `undefined`: a problem with no details, or a contract error.
  const json: unknown = await response.json().catch(() => undefined)

  if (!response.ok) {
    throw toApiError(response, json)
  }
  const schema = endpoint.responses[response.status]
  if (schema === undefined) {
    throw offContract(name, '(status)', `answered ${String(response.status)}`)
  }
  if (schema === null) return undefined
  if (json === undefined) {
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a reason for logs, never shown
    throw offContract(name, '(body)', 'expected a JSON body')
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)'
    throw offContract(name, where, issue?.message ?? 'invalid value')
  }
  return parsed.data
}

/**
 * A preloaded answer, or undefined when that request failed (the portal then asks again
 * itself). Gives up with `signal`, as a fetch would.
 */
function answerOrNothing(
  preloaded: Promise<Response>,
  signal: AbortSignal,
): Promise<Response | undefined> {
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    const settle = (response: Response | undefined) => {
      signal.removeEventListener('abort', abort)
      resolve(response)
    }
    preloaded.then(settle, () => settle(undefined))
  })
}

/**
 * The API broke its contract: someone running the portal should hear of it (reported, when the
 * config names where). `endpoint` is the declared method and path, so it holds no ids.
 */
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
      // For logs: describeError() shows a member its own words for an answer like this.
      title: response.statusText || `HTTP ${response.status}`,
      // No problem body (a proxy or gateway answered): the status is all there is to go on.
      code: response.status >= 500 ? 'internal_error' : 'http_error',
    },
    retryAfterSeconds,
  )
}
