import * as z from 'zod/mini'

/**
 * Extension members (RFC 9457 section 3.2) that let a client say exactly what went wrong. Read
 * only where a refusal is explained, so the first screen does not carry them.
 */
export const ProblemExtensions = z.object({
  /** insufficient_points: how many more points the member needs. */
  shortBy: z.optional(z.int()),
  /** cost_changed: what the reward costs now. */
  currentCost: z.optional(z.int()),
  /** tier_required: the lowest tier that may redeem it. */
  requiredTierId: z.optional(z.string()),
  /** limit_reached: how many of this reward one member may redeem. */
  limit: z.optional(z.int()),
  /** already_completed: when the member completed it. */
  completedAt: z.optional(z.string()),
})
export type ProblemExtensions = z.infer<typeof ProblemExtensions>
