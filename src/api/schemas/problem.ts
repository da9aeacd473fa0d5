import { z } from 'zod'

/**
 * Machine-readable reasons a request was refused. Clients branch on these,
 * never on `title` or `detail`, which are for people.
 */
export const ProblemCode = z
  .enum([
    'bad_request',
    'unauthorized',
    'forbidden',
    'not_found',
    'conflict',
    'rate_limited',
    'internal_error',
    'service_unavailable',
    'insufficient_points',
    'out_of_stock',
    'tier_required',
    'limit_reached',
    'cost_changed',
    'unknown_scenario',
  ])
  .meta({ id: 'ProblemCode' })
export type ProblemCode = z.infer<typeof ProblemCode>

/** RFC 9457 problem details, served as application/problem+json. */
export const Problem = z
  .object({
    type: z.string().default('about:blank'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    // Unknown codes from a newer server are kept as plain strings so the client still shows the title.
    code: z.union([ProblemCode, z.string()]),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>
