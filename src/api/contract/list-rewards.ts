import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { RewardCategory, RewardImage, RewardPage } from '../schemas/reward'
import { RewardListQuery, RewardSort } from '../schemas/reward-list-query'

/** The reward catalog, one page at a time; affordability is the signed-in member's. */
export const listRewards = {
  path: '/rewards',
  session: true,
  query: RewardListQuery,
  responses: { 200: RewardPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listRewards> = {
  summary: 'The reward catalog, cursor paged',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Rewards per page',
    affordable: 'true: cost within the member’s available balance; false: above it',
    q: 'Case-insensitive match on the name',
  },
  schemas: [
    { schema: RewardCategory },
    { schema: RewardSort },
    { schema: RewardImage },
    { schema: RewardPage, description: 'One page of rewards; `nextCursor` is null at the end' },
  ],
}
