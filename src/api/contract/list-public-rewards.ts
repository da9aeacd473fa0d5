import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { PublicReward, PublicRewardList, PublicRewardQuery } from '../schemas/reward'

/** Rewards anyone may look at, signed in or not: what the program offers, most popular first. */
export const listPublicRewards = {
  path: '/program/rewards',
  session: false,
  query: PublicRewardQuery,
  responses: { 200: PublicRewardList },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listPublicRewards> = {
  summary: 'Sample rewards for people who are not signed in',
  description:
    'The most popular rewards currently offered, with nothing about any member: what someone thinking of joining can look forward to.',
  query: { limit: 'How many rewards' },
  schemas: [
    {
      schema: PublicReward,
      description: 'A reward as anyone may see it',
      fields: { tierRequired: 'Only members of this tier and above may redeem it' },
    },
    { schema: PublicRewardList, description: 'Sample rewards, most popular first' },
  ],
}
