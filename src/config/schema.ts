import { z } from 'zod'

/** public/config.json: read at start-up so one build can be promoted between environments. */
export const RuntimeConfig = z
  .object({
    mock: z.boolean().meta({ description: 'true: the in-browser mock loyalty API answers every request' }),
    apiBaseUrl: z
      .string()
      .min(1)
      .refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), 'must be an absolute URL or a path starting with /')
      .meta({ description: 'Base URL of the loyalty API, e.g. https://loyalty.example.com/api/v1' }),
    locale: z
      .string()
      .refine((v) => Intl.NumberFormat.supportedLocalesOf([v]).length > 0, 'must be a BCP 47 locale tag')
      .optional()
      .meta({ description: "Locale for numbers and dates; the browser's language when absent" }),
    requestTimeoutMs: z.number().int().min(1000).max(120_000).default(10_000),
    program: z
      .object({
        name: z.string().min(1).optional(),
        points: z.object({ singular: z.string().min(1), plural: z.string().min(1) }).strict().optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
export type RuntimeConfig = z.output<typeof RuntimeConfig>
