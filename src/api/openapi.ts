import * as z from 'zod/mini'
import { CurrencyCode, Money } from './schemas/common'
import { Balance, ExpiringBatch, Member, PendingBatch, TierProgress } from './schemas/member'
import { Problem } from './schemas/problem'
import { ProblemExtensions } from './schemas/problem-extensions'
import { ProblemCode } from './schemas/problem-code'
import { Program, Tier, TierBenefit } from './schemas/program'
import {
  Donation,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_RETENTION_HOURS,
  Redemption,
  RedemptionPage,
  RedemptionRequest,
  RedemptionResult,
  RedemptionStatus,
  Voucher,
} from './schemas/redemption'
import { Reward, RewardCategory, RewardPage } from './schemas/reward'
import { RewardSort } from './schemas/reward-list-query'
import { SignInRequest } from './schemas/session'

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
  // Documented with the extension members this contract defines; clients accept any others.
  const DocumentedProblem = z.looseObject({ ...Problem.shape, ...ProblemExtensions.shape })
  component(
    DocumentedProblem,
    'Problem',
    'RFC 9457 problem details, served as application/problem+json',
    {
      shortBy: 'insufficient_points: how many more points the member needs',
      currentCost: 'cost_changed: what the reward costs now',
      requiredTierId: 'tier_required: the lowest tier that may redeem it',
      limit: 'limit_reached: how many of this reward one member may redeem',
      code: `Machine-readable reason: one of ProblemCode (${ProblemCode.options.join(', ')}); clients accept unknown codes from newer servers`,
    },
  )
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
  component(SignInRequest, 'SignInRequest', 'Credentials for POST /session', {
    email: 'The member’s email; matched case-insensitively',
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
    limitPerMember: 'How many of it one member may redeem; null for no limit',
    redeemedByMe: 'How many of it the signed-in member has redeemed',
  })
  component(RewardPage, 'RewardPage', 'One page of rewards; `nextCursor` is null at the end')
  component(RedemptionRequest, 'RedemptionRequest', 'Spend points on a reward', {
    expectedCost:
      'The cost the member agreed to; a different current cost is refused with cost_changed',
  })
  component(
    RedemptionStatus,
    'RedemptionStatus',
    'active: usable; used; expired; donated: a donation receipt',
  )
  component(Voucher, 'Voucher', 'A code to use at checkout')
  component(Donation, 'Donation', 'A gift made on the member’s behalf')
  component(Redemption, 'Redemption', 'A reward the member redeemed', {
    voucher: 'A code to use; null for donations',
    donation: 'The gift made; null for everything but donations',
  })
  component(RedemptionResult, 'RedemptionResult', 'The redemption and the balance after it')
  component(
    RedemptionPage,
    'RedemptionPage',
    'The wallet: active first (soonest expiry first), then the rest, newest first',
  )
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
  401: 'No valid session (unauthorized): sign in again',
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
      description: `What the member rewards portal needs from a loyalty backend. Points are integers; money is integer minor units with an ISO 4217 currency; times are ISO 8601 with offset; ids are opaque. Errors are RFC 9457 problem details with a machine-readable \`code\`. Lists page with \`cursor\` and return \`nextCursor\` (null at the end). State-changing POSTs take an \`Idempotency-Key\` header, scoped to the member and kept ${IDEMPOTENCY_KEY_RETENTION_HOURS} hours (see POST /redemptions).`,
    },
    servers: [{ url: 'https://loyalty.example.com/api/v1' }],
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            'Opaque session id set by POST /session (`HttpOnly; SameSite=Lax; Path=/`, plus `Secure` over https) and ended by DELETE /session. Browsers send it with `credentials: "include"`; a portal on another origin needs CORS with credentials (its exact origin echoed and `Access-Control-Allow-Credentials: true`) and must be on the same site as the API, or the SameSite=Lax cookie is not sent.',
        },
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
      '/session': {
        post: {
          summary: 'Sign in: start a session',
          description:
            'Checks the credentials, answers with the member and sets the `session` cookie. A session already sent with the request is ended first.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('SignInRequest') } },
          },
          responses: {
            '200': {
              ...json('Member', 'Signed in'),
              headers: {
                'Set-Cookie': {
                  description: '`session=<opaque>; HttpOnly; SameSite=Lax; Path=/`',
                  schema: { type: 'string' },
                },
              },
            },
            '401': {
              description:
                'invalid_credentials: the email or the password is wrong (the answer does not say which)',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            '423': {
              description: 'account_locked: the account may not sign in',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            ...problemResponses(400, 500, 503),
          },
        },
        delete: {
          summary: 'Sign out: end the session',
          description:
            'Ends the session on the server and clears the cookie. Succeeds without a session too.',
          security: [{ session: [] }, {}],
          responses: {
            '204': {
              description: 'Signed out',
              headers: {
                'Set-Cookie': {
                  description: '`session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`',
                  schema: { type: 'string' },
                },
              },
            },
            ...problemResponses(500, 503),
          },
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
      '/redemptions': {
        post: {
          summary: 'Spend points on a reward (idempotent)',
          description: [
            'Checks cost, tier, per-member limit, stock and balance and debits in one step.',
            `Idempotency: the API keeps each Idempotency-Key, scoped to the member, with the result it gave for ${IDEMPOTENCY_KEY_RETENTION_HOURS} hours after that result (by the server's clock); after that the key is forgotten, and the same key would start a new redemption.`,
            'Within that time, a repeat with the same key and body returns the first result again: the same status (201) and body, with `Idempotent-Replayed: true`, and changes nothing, even if the request would now be refused.',
            'The same key with a different body is refused with 422 idempotency_key_reused and changes nothing.',
            'A repeat that arrives while the first request with the key is still being processed is answered 409 idempotency_key_in_use with `Retry-After` (seconds): ask again then for the result. It changes nothing.',
            'A refusal (409, 403, 404, 400) is not stored: the key is free, and a repeat is checked afresh.',
            'Clients that lose an answer send the request again with the same key, and can also find the redemption it made with GET /me/redemptions?idempotencyKey=.',
          ].join(' '),
          security: [{ session: [] }, { bearer: [] }],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'Unique per redemption attempt; the same for every retry of it',
              schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('RedemptionRequest') } },
          },
          responses: {
            '201': {
              ...json(
                'RedemptionResult',
                'Redeemed (or the replay of an earlier identical request)',
              ),
              headers: {
                'Idempotent-Replayed': {
                  description:
                    '`true` when this is the stored result of an earlier request with the same key; absent otherwise',
                  schema: { type: 'string', enum: ['true'] },
                },
              },
            },
            '409': {
              description:
                'Refused: insufficient_points (shortBy), out_of_stock, limit_reached (limit), cost_changed (currentCost), conflict (no longer offered). Or idempotency_key_in_use: a request with this key is still being processed; nothing was decided yet, ask again after Retry-After.',
              headers: {
                'Retry-After': {
                  description: 'With idempotency_key_in_use: seconds to wait before asking again',
                  schema: { type: 'integer', minimum: 1 },
                },
              },
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            '422': {
              description:
                'idempotency_key_reused: the key was used with another body; this request was not carried out',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            ...problemResponses(400, 401, 404, 500, 503),
            '403': {
              description: 'tier_required (requiredTierId)',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
          },
        },
      },
      '/me/redemptions': {
        get: {
          summary: 'The member’s wallet, cursor paged',
          security: [{ session: [] }, { bearer: [] }],
          parameters: [
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
            { name: 'status', in: 'query', schema: ref('RedemptionStatus') },
            {
              name: 'idempotencyKey',
              in: 'query',
              description:
                'Only the member’s redemption made by the POST /redemptions that carried this Idempotency-Key: one item, or none when that request made no redemption (refused, not received, or still being processed). Found for as long as the redemption is in the wallet, also after the key itself is forgotten.',
              schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
            },
          ],
          responses: {
            '200': json('RedemptionPage', 'OK'),
            ...problemResponses(400, 401, 500, 503),
          },
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
