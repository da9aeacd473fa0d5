import { rewardListQuery } from '@/api/endpoints/get-rewards'

/** What "Recommended for you" picks from: the most popular rewards, one page. */
export const recommendationCandidatesQuery = () => rewardListQuery({ sort: 'popular', limit: 48 })
