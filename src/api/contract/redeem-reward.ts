import { availability } from '../reward-availability'
import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
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
  ],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof redeemReward> = {
  summary: 'Spend points on a reward (idempotent)',
  description:
    'Checks cost, tier, per-member limit, stock and balance and debits in one step. A repeat with the same Idempotency-Key and body returns the first result (with `Idempotent-Replayed: true`) and changes nothing; the same key with another body is refused with idempotency_key_reused.',
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
