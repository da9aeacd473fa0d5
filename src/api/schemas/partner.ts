import * as z from 'zod/mini'
import { id, Money, pageOf, points } from './common'

/**
 * A logo as a data URL (SVG, PNG or WebP), so the portal shows it without fetching anything
 * from another site.
 */
export const PartnerLogo = z
  .string()
  .check(z.regex(/^data:image\/(svg\+xml|png|webp);base64,[A-Za-z0-9+/]+=*$/))

export const Partner = z.object({
  id: id(),
  name: z.string().check(z.minLength(1)),
  /** What the partner is, in a few words ("Bookshop"). */
  category: z.string().check(z.minLength(1)),
  description: z.string(),
  /** Points a purchase there earns: `points` for every `per` spent. */
  earnRate: z.object({ points: points(1), per: Money }),
  /** The partner's own site (https only). */
  url: z.url({ protocol: /^https$/ }),
  /** Null when the partner has none: show its initials. */
  logo: z.nullable(PartnerLogo),
})
export type Partner = z.infer<typeof Partner>

export const PartnerPage = pageOf(Partner)
export type PartnerPage = z.infer<typeof PartnerPage>

/** Query string of GET /partners, as the server parses it. */
export const PartnerListQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
})
export type PartnerListQuery = z.input<typeof PartnerListQuery>
