import * as z from 'zod/mini'
import { CurrencyCode, Money } from './schemas/common'
import { Balance, ExpiringBatch, Member, PendingBatch, TierProgress } from './schemas/member'
import { Problem } from './schemas/problem'
import { ProblemCode } from './schemas/problem-code'
import { Program, Tier, TierBenefit } from './schemas/program'
import { Reward, RewardCategory, RewardPage } from './schemas/reward'
import { RewardSort } from './schemas/reward-list-query'

type Meta = { id?: string; description?: string }
type ObjectSchema = z.ZodMiniObject<Record<string, z.ZodMiniType>>

/**
 * Names and descriptions for the document, kept here rather than in the schemas so that none
 * of this text ships to the browser.
 */
function documentation() {
  const registry = z.registry<Meta>()
  const component = (
    schema: z.ZodMiniType,
    id: string,
    description?: string,
    fields: Record<string, string> = {},
  ) => {
    registry.add(schema, description ? { id, description } : { id })
    const shape = (schema as ObjectSchema).def.shape as Record<string, z.ZodMiniType> | undefined
    for (const [key, text] of Object.entries(fields)) {
      const field = shape?.[key]
      if (!field) throw new Error(`${id} has no field ${key}`)
      registry.add(field, { description: text })
    }
  }

  component(CurrencyCode, 'CurrencyCode', 'ISO 4217 currency code')
  component(Money, 'Money', 'An amount of money in integer minor units (cents for USD)')
  component(ProblemCode, 'ProblemCode', 'Machine-readable reason; clients branch on it')
  component(Problem, 'Problem', 'RFC 9457 problem details, served as application/problem+json', {
    code: `Machine-readable reason: one of ProblemCode (${ProblemCode.options.join(', ')}); clients accept unknown codes from newer servers`,
  })
  component(TierBenefit, 'TierBenefit')
  component(Tier, 'Tier', 'A tier of the program', {
    rank: '1 is the entry tier; higher is better',
    multiplier: 'Points multiplier on purchases',
  })
  component(Program, 'Program', 'The loyalty program', {
    points: 'What the program calls its points, e.g. star / stars',
    earnRate: 'Base points earned per amount spent, before the tier multiplier',
    nudgeThreshold: 'How many points short of a reward still earns a "you are close" nudge',
  })
  component(Member, 'Member', 'The signed-in member', {
    birthday: 'Null when the member has not told us',
    tierId: 'The member’s current tier',
  })
  component(PendingBatch, 'PendingBatch', 'Points earned but not yet usable', {
    availableOn: 'When these points become usable',
  })
  component(ExpiringBatch, 'ExpiringBatch', 'Points that expire together', {
    expiresOn: 'When they expire',
  })
  component(Balance, 'Balance', 'The member’s points', {
    available: 'Points the member can spend now',
    pending: 'Earned but not yet usable, soonest first',
    lifetimeEarned: 'All points ever earned',
    expiring: 'Points that expire soon, soonest first',
    asOf: 'Server time the balance was computed at',
  })
  component(TierProgress, 'TierProgress', 'Progress in the current qualification period', {
    nextTierId: 'Null at the top tier',
    amountToNext: 'Spend left to reach the next tier; null at the top tier',
    keptForNextPeriod: 'True when this period’s spend already keeps the current tier next period',
    asOf: 'Server time the progress was computed at',
  })
  component(RewardCategory, 'RewardCategory')
  component(RewardSort, 'RewardSort')
  component(Reward, 'Reward', 'A reward in the catalog', {
    value: 'Face value (discount, donation), when it has one',
    cause: 'Charity that receives a donation reward',
    stock: 'Units left; null when unlimited',
    tierRequired: 'Lowest tier that may redeem it; null for all',
    validUntil: 'Last moment it can be redeemed; null when open-ended',
    popularity: 'Redemptions in the last 90 days',
  })
  component(RewardPage, 'RewardPage', 'One page of rewards; `nextCursor` is null at the end')
  return registry
}

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
  const registry = documentation()
  const { schemas } = z.toJSONSchema(registry, {
    metadata: registry,
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
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 24 },
            },
            { name: 'category', in: 'query', schema: ref('RewardCategory') },
            {
              name: 'affordable',
              in: 'query',
              description: 'true: cost within the member’s available balance; false: above it',
              schema: { type: 'string', enum: ['true', 'false'] },
            },
            {
              name: 'q',
              in: 'query',
              description: 'Case-insensitive match on the name',
              schema: { type: 'string', maxLength: 100 },
            },
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
