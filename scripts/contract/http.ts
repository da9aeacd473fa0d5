// Calling declared endpoints from node: the OpenAPI examples (through the mock's handlers, in
// process) and verify-api (over the network) send them exactly as the portal does.
import type * as z from 'zod/mini'
import {
  httpRequest,
  type Endpoint,
  type Input,
  type Output,
  type RequestParts,
} from '@/api/endpoint'
import { endpointName, type Caller } from '@/api/endpoint-docs'

/** The JSON type of a value, as a report names it. */
const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/**
 * Where and why `value` is outside `schema`, for people: `$.items[0].cost: expected number,
 * got string`. Undefined when it is inside.
 */
export function schemaIssue(schema: z.ZodMiniType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value)
  if (parsed.success) return undefined
  const issue = parsed.error.issues[0]
  if (!issue) return '$: invalid'
  let found: unknown = value
  for (const key of issue.path) {
    found = typeof found === 'object' && found !== null ? Reflect.get(found, key) : undefined
  }
  const where = issue.path
    .map((key) => (typeof key === 'number' ? `[${String(key)}]` : `.${String(key)}`))
    .join('')
  const why =
    issue.code === 'invalid_type'
      ? `expected ${issue.expected}, got ${found === undefined ? 'nothing' : jsonType(found)}`
      : `${issue.code.replaceAll('_', ' ')}${issue.message === 'Invalid input' ? '' : ` (${issue.message})`}`
  return `$${where}: ${why}`
}

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
    const issue = schemaIssue(schema, answer.body)
    if (issue) throw new Error(`${endpointName(endpoint)} answered outside the contract: ${issue}`)
    return schema.parse(answer.body)
  }
  return call
}
