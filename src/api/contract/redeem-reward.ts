import { availability } from '../reward-availability'
import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import {
  Donation,
  Redemption,
  RedemptionRequest,
  RedemptionResult,
  Voucher,
} from '../schemas/redemption'
import type { Reward } from '../schemas/reward'
import { getBalance } from './get-balance'
import { getMe } from './get-me'
import { getProgram } from './get-program'
import { listRewards } from './list-rewards'

/** Spends points on a reward: checks every rule and debits in one step, idempotently. */
export const redeemReward = {
  method: 'POST',
  path: '/redemptions',
  session: true,
  body: RedemptionRequest,
  idempotent: true,
  responses: { 201: RedemptionResult },
  problems: [
    'not_found',
    'tier_required',
    'insufficient_points',
    'out_of_stock',
    'limit_reached',
    'cost_changed',
    'conflict',
    'idempotency_key_reused',
    'idempotency_key_in_use',
  ],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof redeemReward> = {
  summary: 'Spend points on a reward (idempotent)',
  description: [
    'Checks cost, tier, per-member limit, stock and balance and debits in one step.',
    `Idempotency: the API keeps each Idempotency-Key, scoped to the member, with the result it gave for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours after that result (by the server's clock); after that the key is forgotten, and the same key would start a new redemption.`,
    'Within that time, a repeat with the same key and body returns the first result again: the same status (201) and body, with `Idempotent-Replayed: true`, and changes nothing, even if the request would now be refused.',
    'The same key with a different body is refused with 422 idempotency_key_reused and changes nothing.',
    'A repeat that arrives while the first request with the key is still being processed is answered 409 idempotency_key_in_use with `Retry-After` (seconds): ask again then for the result. It changes nothing.',
    'A refusal (400, 403, 404, 409) is not stored: the key is free, and a repeat is checked afresh.',
    'A client that loses an answer sends the request again with the same key, and can also find the redemption it made with GET /me/redemptions?idempotencyKey=.',
  ].join(' '),
  responses: {
    201: {
      description: 'Redeemed (or the replay of an earlier identical request)',
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    {
      schema: RedemptionRequest,
      description: 'Spend points on a reward',
      fields: {
        expectedCost:
          'The cost the member agreed to; a different current cost is refused with cost_changed',
      },
    },
    { schema: Voucher, description: 'A code to use at checkout' },
    { schema: Donation, description: 'A gift made on the member’s behalf' },
    {
      schema: Redemption,
      description: 'A reward the member redeemed',
      fields: {
        voucher: 'A code to use; null for donations',
        donation: 'The gift made; null for everything but donations',
      },
    },
    { schema: RedemptionResult, description: 'The redemption and the balance after it' },
  ],
  // The cheapest reward the member can redeem twice: verify-api spends on it once with a
  // replayed key and once with two requests racing on one key.
  async sample({ call }) {
    const [program, member, balance] = await Promise.all([
      call(getProgram, {}),
      call(getMe, {}),
      call(getBalance, {}),
    ])
    const twice = (reward: Reward) =>
      availability(reward, { program, member, balance }).kind === 'redeemable' &&
      reward.cost * 2 <= balance.available &&
      (reward.stock === null || reward.stock >= 2) &&
      (reward.limitPerMember === null || reward.limitPerMember - reward.redeemedByMe >= 2)
    let cursor: string | undefined
    do {
      const query = { affordable: 'true', sort: 'cost_asc', limit: 100, cursor } as const
      const page = await call(listRewards, { query })
      const reward = page.items.find(twice)
      if (reward) {
        return {
          input: {
            body: { rewardId: reward.id, expectedCost: reward.cost },
            idempotencyKey: crypto.randomUUID(),
          },
          note: `${reward.name} (${String(reward.cost)} points)`,
        }
      }
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    throw new Error(
      `the member (${String(balance.available)} points available) can redeem no reward twice`,
    )
  },
  variant: (input) => ({
    ...input,
    body: { ...input.body, expectedCost: input.body.expectedCost + 1 },
  }),
}
