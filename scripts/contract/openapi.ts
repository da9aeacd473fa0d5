// The loyalty API's OpenAPI 3.1 document, built from the endpoint declarations, their docs and
// the mock API's answers. `npm run openapi` writes it to src/api/openapi.json; a test fails
// when that file is stale, and `npm run openapi:lint` holds it to Redocly's recommended rules.
import * as z from 'zod/mini'
import type { Endpoint } from '@/api/endpoint'
import type { SchemaDocs } from '@/api/endpoint-docs'
import { CurrencyCode, Money } from '@/api/schemas/common'
import { IdempotencyKey } from '@/api/schemas/idempotency-key'
import { Problem } from '@/api/schemas/problem'
import { PROBLEMS, problemCodes, type ProblemCode } from '@/api/schemas/problem-code'
import { ProblemExtensions } from '@/api/schemas/problem-extensions'
import type { Example } from './examples'
import type { Contract, DeclaredEndpoint } from './load-contract'

type JsonSchema = Record<string, unknown>

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

// Documented with the extension members this contract defines; clients accept any others.
const DocumentedProblem = z.looseObject({ ...Problem.shape, ...ProblemExtensions.shape })

/** Words for the schemas every endpoint shares. */
const COMMON_DOCS: SchemaDocs[] = [
  { schema: CurrencyCode, description: 'ISO 4217 currency code' },
  { schema: Money, description: 'An amount of money in integer minor units (cents for USD)' },
  {
    schema: DocumentedProblem,
    description:
      'RFC 9457 problem details, served as application/problem+json. Each operation lists the `code`s it answers.',
    fields: {
      code: 'Machine-readable reason; clients branch on it, and accept codes they do not know from newer servers',
      shortBy: 'insufficient_points: how many more points the member needs',
      currentCost: 'cost_changed: what the reward costs now',
      requiredTierId: 'tier_required: the lowest tier that may redeem it',
      limit: 'limit_reached: how many of this reward one member may redeem',
    },
  },
]

/** Schemas that get no component of their own: the problem's parts, and headers. */
const NOT_COMPONENTS: ReadonlySet<z.ZodMiniType> = new Set([
  Problem,
  ProblemExtensions,
  IdempotencyKey,
])

/** Each named schema as a JSON Schema component, with the words its docs give. */
function components(contract: Contract, docs: readonly SchemaDocs[]) {
  const registry = z.registry<{ id: string }>()
  for (const [schema, id] of contract.schemaNames) {
    if (!NOT_COMPONENTS.has(schema)) registry.add(schema, { id })
  }
  registry.add(DocumentedProblem, { id: 'Problem' })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  })
  const byId = new Map<string, JsonSchema>(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema
      return [id, rest]
    }),
  )
  for (const { schema, description, fields = {} } of docs) {
    const id = schema === DocumentedProblem ? 'Problem' : contract.schemaNames.get(schema)
    const component = id === undefined ? undefined : byId.get(id)
    if (!component) throw new Error(`docs describe a schema without a component (${String(id)})`)
    if (description) component.description = description
    const properties = component.properties as Record<string, JsonSchema> | undefined
    for (const [field, text] of Object.entries(fields)) {
      const property = properties?.[field]
      if (!property) throw new Error(`${String(id)} has no field ${field}`)
      property.description = text
    }
  }
  return byId
}

/** A reference to the component of `schema`, or its JSON Schema itself when it has none. */
function schemaOf(contract: Contract, schema: z.ZodMiniType): JsonSchema {
  const id = contract.schemaNames.get(schema)
  if (id !== undefined && !NOT_COMPONENTS.has(schema)) return ref(id)
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema
  return rest
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content' }

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0 },
  },
}

/**
 * Languages: every operation takes the member's languages, and every answer with a body says
 * which language its words are in. Declared once as components, referred to everywhere.
 */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description:
    'The languages the member reads, best first (RFC 9110 §12.5.4, e.g. `es-MX, es;q=0.9, en;q=0.5`); the portal sends it on every request. The API SHOULD write the words of its answer (program name and points word, tier names and benefits, reward names, descriptions, terms and instructions, the reasons of pending points, problem titles and details) in the best of these languages it has, matching a region to its language (`es-MX` reads `es`), and in its default language when it has none of them. Ids, codes, amounts, points and dates MUST be the same whatever the language.',
  schema: { type: 'string', maxLength: 255 },
  example: 'es-MX, es;q=0.9, en;q=0.5',
}
const LANGUAGE_HEADERS = {
  'Content-Language': { $ref: '#/components/headers/ContentLanguage' },
  Vary: { $ref: '#/components/headers/Vary' },
}
const HEADERS = {
  ContentLanguage: {
    description:
      'MUST be sent with every answer that has a body: the language its words are in (a BCP 47 tag such as `es`), so the portal can mark words in another language than the page (a screen reader then reads them in that language). It is the language chosen from Accept-Language, or the default one.',
    required: true,
    schema: { type: 'string', minLength: 2 },
    example: 'es',
  },
  Vary: {
    description:
      'SHOULD include `Accept-Language` when the answer depends on it, so that no cache hands one language’s answer to a member who reads another.',
    schema: { type: 'string' },
    example: 'Accept-Language',
  },
}

/** Path, query and header parameters of an operation. */
function parameters(
  { endpoint, docs }: DeclaredEndpoint,
  contract: Contract,
  schemas: Map<string, JsonSchema>,
) {
  const path = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1 },
  }))
  const query: object[] = []
  if (endpoint.query) {
    const id = contract.schemaNames.get(endpoint.query)
    const component = id === undefined ? undefined : schemas.get(id)
    const properties = (component?.properties ?? {}) as Record<string, JsonSchema>
    const required = (component?.required ?? []) as string[]
    const described: Record<string, string | undefined> = docs.query ?? {}
    for (const [name, schema] of Object.entries(properties)) {
      query.push({
        name,
        in: 'query',
        ...(described[name] && { description: described[name] }),
        required: required.includes(name) && !('default' in schema),
        schema,
      })
    }
  }
  const headers = endpoint.idempotent
    ? [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Unique per attempt (a UUID, say), and the same for every retry of it: a repeat answers the first result and changes nothing more',
          schema: schemaOf(contract, IdempotencyKey),
        },
      ]
    : []
  return [...path, ...query, ...headers, { $ref: '#/components/parameters/AcceptLanguage' }]
}

/** The operation's problem answers: one per status, with the codes it answers at that status. */
function problemResponses(endpoint: Endpoint) {
  const byStatus = new Map<number, ProblemCode[]>()
  for (const code of problemCodes(endpoint)) {
    const { status } = PROBLEMS[code]
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) => [
        String(status),
        {
          description: codes.map((code) => `${code}: ${PROBLEMS[code].meaning}`).join('; '),
          headers: {
            ...(status === 429 || status === 503 ? RETRY_AFTER : {}),
            ...LANGUAGE_HEADERS,
          },
          content: {
            'application/problem+json': {
              schema: {
                allOf: [ref('Problem'), { properties: { code: { enum: codes } } }],
              },
            },
          },
        },
      ]),
  )
}

function operation(
  declared: DeclaredEndpoint,
  contract: Contract,
  schemas: Map<string, JsonSchema>,
  example: Example | undefined,
) {
  const { operationId, endpoint, docs } = declared
  const success = Object.fromEntries(
    Object.entries(endpoint.responses).map(([status, schema]) => {
      const words = docs.responses?.[Number(status)]
      const answered = example?.status === Number(status) ? example.response : undefined
      return [
        status,
        {
          description: words?.description ?? STATUS_TEXT[Number(status)] ?? 'Success',
          ...((words?.headers ?? schema) && {
            headers: { ...words?.headers, ...(schema && LANGUAGE_HEADERS) },
          }),
          ...(schema && {
            content: {
              'application/json': {
                schema: schemaOf(contract, schema),
                ...(answered !== undefined && { example: answered }),
              },
            },
          }),
        },
      ]
    }),
  )
  const params = parameters(declared, contract, schemas)
  return {
    operationId,
    summary: docs.summary,
    ...(docs.description && { description: docs.description }),
    security:
      endpoint.session === true ? [{ session: [] }] : endpoint.session ? [{ session: [] }, {}] : [],
    parameters: params,
    ...(endpoint.body && {
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: schemaOf(contract, endpoint.body),
            ...(example?.request !== undefined && { example: example.request }),
          },
        },
      },
    }),
    responses: { ...success, ...problemResponses(endpoint) },
  }
}

/** The components an operation or another component refers to, and those they refer to. */
function referenced(paths: unknown, schemas: Map<string, JsonSchema>): Set<string> {
  const found = new Set<string>()
  const visit = (value: unknown) => {
    for (const [, id] of JSON.stringify(value).matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
      if (id && !found.has(id)) {
        found.add(id)
        visit(schemas.get(id))
      }
    }
  }
  visit(paths)
  return found
}

/** The loyalty API's OpenAPI 3.1 document. */
export function buildOpenApiDocument(contract: Contract, examples: Map<string, Example>) {
  const schemas = components(contract, [
    ...COMMON_DOCS,
    ...contract.endpoints.flatMap(({ docs }) => docs.schemas ?? []),
  ])
  const paths: Record<string, Record<string, unknown>> = {}
  for (const declared of contract.endpoints) {
    const method = (declared.endpoint.method ?? 'GET').toLowerCase()
    paths[declared.endpoint.path] = {
      ...paths[declared.endpoint.path],
      [method]: operation(declared, contract, schemas, examples.get(declared.operationId)),
    }
  }
  const used = referenced(paths, schemas)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Loyalty API',
      version: '1.0.0',
      description:
        'What the member rewards portal needs from a loyalty backend. Points are integers; money is integer minor units with an ISO 4217 currency; times are ISO 8601 with offset; ids are opaque. Errors are RFC 9457 problem details with a machine-readable `code`: each operation lists the codes it answers. Lists page with `cursor` and return `nextCursor` (null at the end). Everything that spends points takes an `Idempotency-Key` header. Every request may carry `Accept-Language`, and every answer with a body says in `Content-Language` which language its words are in (see both). Examples are what the reference implementation (`npm run api`) answers for its default member. Check an implementation with `npm run verify-api`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      {
        url: '/api/v1',
        description:
          'The portal’s default base URL, on its own origin; its runtime config (apiBaseUrl) can point anywhere',
      },
    ],
    components: {
      schemas: Object.fromEntries(
        [...schemas].filter(([id]) => used.has(id)).sort(([a], [b]) => a.localeCompare(b)),
      ),
      parameters: { AcceptLanguage: ACCEPT_LANGUAGE },
      headers: HEADERS,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            'Opaque session id set by POST /session (`HttpOnly; SameSite=Lax; Path=/`, plus `Secure` over https) and ended by DELETE /session. Browsers send it with `credentials: "include"`; a portal on another origin needs CORS with credentials (its exact origin echoed and `Access-Control-Allow-Credentials: true`) and must be on the same site as the API, or the SameSite=Lax cookie is not sent.',
        },
      },
    },
    paths,
  }
}
