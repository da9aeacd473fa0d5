// Calling declared endpoints from node: the OpenAPI examples (through the mock's handlers, in
// process) and verify-api (over the network) send them exactly as the portal does.
import {
  httpRequest,
  type Endpoint,
  type Input,
  type Output,
  type RequestParts,
} from '@/api/endpoint'
import { endpointName, type Caller } from '@/api/endpoint-docs'

/** Answers a request: fetch, or the mock's handlers in process. */
export type Transport = (request: Request) => Promise<Response>

export type Answer = {
  status: number
  headers: Headers
  /** The JSON body; undefined when there is none or it is not JSON (see `text`). */
  body: unknown
  text: string
}

/** Sends a call of `endpoint` and reads the whole answer. */
export async function send(
  transport: Transport,
  baseUrl: string,
  endpoint: Endpoint,
  input: RequestParts,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await transport(
    httpRequest(baseUrl, endpoint, input, {
      headers: { Accept: 'application/json, application/problem+json', ...headers },
    }),
  )
  const text = await response.text()
  let body: unknown
  try {
    body = text === '' ? undefined : JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: response.status, headers: response.headers, body, text }
}

/**
 * A Caller (see EndpointDocs.sample) over `transport`: the answer's body, checked against the
 * schema its status declares; anything else throws, naming the endpoint.
 */
export function callerFor(
  transport: Transport,
  baseUrl: string,
  headers: () => Record<string, string> = () => ({}),
): Caller {
  function call<E extends Endpoint>(endpoint: E, input: Input<E>): Promise<Output<E>>
  async function call(endpoint: Endpoint, input: RequestParts): Promise<unknown> {
    const answer = await send(transport, baseUrl, endpoint, input, headers())
    const schema = endpoint.responses[answer.status]
    if (schema === undefined) {
      throw new Error(
        `${endpointName(endpoint)} answered ${String(answer.status)}: ${answer.text.slice(0, 200)}`,
      )
    }
    if (schema === null) return undefined
    const parsed = schema.safeParse(answer.body)
    if (!parsed.success) {
      throw new Error(
        `${endpointName(endpoint)} answered outside the contract: ${parsed.error.message}`,
      )
    }
    return parsed.data
  }
  return call
}
