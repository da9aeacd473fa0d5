import { z } from 'zod'
import { Balance, Member, TierProgress } from './schemas/member'
import { Problem } from './schemas/problem'
import { Program } from './schemas/program'
import { Reward, RewardCategory, RewardPage, RewardSort } from './schemas/reward'

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: problemDescriptions[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
    ]),
  )

const problemDescriptions: Record<number, string> = {
  400: 'The request is malformed',
  401: 'No valid session: sign in again',
  403: 'Signed in, but not allowed',
  404: 'No such resource',
  500: 'Server error',
  503: 'Temporarily unavailable; may carry Retry-After',
}

const json = (id: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
})

const memberGet = (summary: string, schemaId: string) => ({
  get: {
    summary,
    security: [{ session: [] }, { bearer: [] }],
    responses: { '200': json(schemaId, 'OK'), ...problemResponses(401, 403, 500, 503) },
  },
})

/**
 * The OpenAPI 3.1 document of the loyalty API, built from the same zod schemas the client
 * validates with. `npm run openapi` writes it to src/api/openapi.json; a test fails when stale.
 */
export function buildOpenApiDocument() {
  // Touch every schema so each registers its id before the registry is read.
  void [Balance, Member, TierProgress, Problem, Program, Reward, RewardPage, RewardCategory, RewardSort]
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  })
  const components = Object.fromEntries(
    Object.entries(schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, schema]) => {
        const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>
        return [id, rest]
      }),
  )

  return {
    openapi: '3.1.0',
    info: {
      title: 'Loyalty API',
      version: '1.0.0',
      description:
        'What the member rewards portal needs from a loyalty backend. Points are integers; money is integer minor units with an ISO 4217 currency; times are ISO 8601 with offset; ids are opaque. Errors are RFC 9457 problem details with a machine-readable `code`. Lists page with `cursor` and return `nextCursor` (null at the end). State-changing POSTs take an `Idempotency-Key` header.',
    },
    servers: [{ url: 'https://loyalty.example.com/api/v1' }],
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths: {
      '/program': {
        get: {
          summary: 'The loyalty program: wording, earn rate, tiers, nudge threshold',
          responses: { '200': json('Program', 'OK'), ...problemResponses(500, 503) },
        },
      },
      '/me': memberGet('The signed-in member’s profile', 'Member'),
      '/me/balance': memberGet('Available, pending, lifetime and expiring points', 'Balance'),
      '/me/tier': memberGet('Progress toward the next tier in the current period', 'TierProgress'),
      '/rewards': {
        get: {
          summary: 'The reward catalog, cursor paged',
          security: [{ session: [] }, { bearer: [] }],
          parameters: [
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 24 } },
            { name: 'category', in: 'query', schema: ref('RewardCategory') },
            {
              name: 'affordable',
              in: 'query',
              description: 'true: cost within the member’s available balance; false: above it',
              schema: { type: 'string', enum: ['true', 'false'] },
            },
            { name: 'q', in: 'query', description: 'Case-insensitive match on the name', schema: { type: 'string', maxLength: 100 } },
            { name: 'sort', in: 'query', schema: { ...ref('RewardSort'), default: 'cost_asc' } },
          ],
          responses: { '200': json('RewardPage', 'OK'), ...problemResponses(400, 401, 500, 503) },
        },
      },
      '/rewards/{id}': {
        get: {
          summary: 'One reward',
          security: [{ session: [] }, { bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json('Reward', 'OK'), ...problemResponses(401, 404, 500, 503) },
        },
      },
    },
  }
}
