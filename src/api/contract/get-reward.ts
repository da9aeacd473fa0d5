import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Reward } from '../schemas/reward'
import { listRewards } from './list-rewards'

/** One reward of the catalog, as the signed-in member sees it. */
export const getReward = {
  path: '/rewards/{id}',
  session: true,
  responses: { 200: Reward },
  problems: ['not_found'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getReward> = {
  summary: 'One reward',
  schemas: [
    {
      schema: Reward,
      description: 'A reward in the catalog',
      fields: {
        value: 'Face value (discount, donation), when it has one',
        cause: 'Charity that receives a donation reward',
        stock: 'Units left; null when unlimited',
        tierRequired: 'Lowest tier that may redeem it; null for all',
        validUntil: 'Last moment it can be redeemed; null when open-ended',
        popularity: 'Redemptions in the last 90 days',
        limitPerMember: 'How many of it one member may redeem; null for no limit',
        redeemedByMe: 'How many of it the signed-in member has redeemed',
      },
    },
  ],
  async sample({ call }) {
    const page = await call(listRewards, { query: { limit: 1 } })
    const first = page.items[0]
    if (!first) throw new Error('GET /rewards answered no reward to look up by id')
    return { input: { params: { id: first.id } }, note: first.name }
  },
}
