import * as z from 'zod/mini'
import { RewardCategory } from './reward'

export const RewardSort = z.enum(['cost_asc', 'cost_desc', 'newest', 'popular'])
export type RewardSort = z.infer<typeof RewardSort>

/**
 * Query string of GET /rewards, as the server parses it. `affordable` is relative to the
 * signed-in member's available balance. (The client only needs its input type.) Kept to the
 * schema kinds the responses use: the mock API shares zod with the portal, so a kind used only
 * here (a pipe or transform, say) would ship in every real-mode download.
 */
export const RewardListQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 24),
  category: z.optional(RewardCategory),
  affordable: z.optional(z.enum(['true', 'false'])),
  q: z.optional(z.string().check(z.maxLength(100))),
  sort: z._default(RewardSort, 'cost_asc'),
})
export type RewardListQuery = z.input<typeof RewardListQuery>
