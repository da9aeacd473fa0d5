import * as z from 'zod/mini'

/**
 * RFC 9457 problem details, served as application/problem+json. `code` is machine-readable
 * (see ProblemCode); clients branch on it, never on `title` or `detail`, which are for people.
 * Any string is accepted so a code from a newer server still shows its title, and extension
 * members pass through untouched (see ProblemExtensions).
 */
export const Problem = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
})
export type Problem = z.infer<typeof Problem>
