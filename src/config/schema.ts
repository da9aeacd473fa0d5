import * as z from 'zod/mini'

const nonEmpty = () => z.string().check(z.minLength(1))

/**
 * public/config.json: read at start-up so one build can be promoted between environments.
 * Strict objects, so a misspelt key is reported instead of silently ignored.
 */
export const RuntimeConfig = z.strictObject({
  /** true: the in-browser mock loyalty API answers every request. */
  mock: z.boolean(),
  /** Base URL of the loyalty API, e.g. https://loyalty.example.com/api/v1, or a same-origin path. */
  apiBaseUrl: z
    .string()
    .check(z.regex(/^(\/|https?:\/\/)/, 'must be an absolute URL or a path starting with /')),
  /** Locale for numbers and dates; the browser's language when absent (checked by the loader). */
  locale: z.optional(z.string()),
  requestTimeoutMs: z._default(z.int().check(z.gte(1000), z.lte(120_000)), 10_000),
  program: z._default(
    z.strictObject({
      name: z.optional(nonEmpty()),
      points: z.optional(z.strictObject({ singular: nonEmpty(), plural: nonEmpty() })),
    }),
    {},
  ),
})
export type RuntimeConfig = z.output<typeof RuntimeConfig>
