import * as z from 'zod/mini'
import { RedemptionStatus } from './redemption'

/** Query string of GET /me/redemptions, as the server parses it. */
export const RedemptionListQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
  status: z.optional(RedemptionStatus),
})
export type RedemptionListQuery = z.input<typeof RedemptionListQuery>
