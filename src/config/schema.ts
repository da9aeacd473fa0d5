import * as z from 'zod/mini'

const nonEmpty = () => z.string().check(z.minLength(1))
const urlOrPath = () =>
  z
    .string()
    .check(z.regex(/^(\/|https?:\/\/)/, 'must be an absolute URL or a path starting with /'))

// Brand values end up in a stylesheet, so each is held to a strict shape: nothing but a colour,
// a length or a list of font names can get in.
const colour = () =>
  z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'must be a hex colour like #0f6b5c'))
const Palette = z.strictObject({
  brand: z.optional(colour()),
  brandStrong: z.optional(colour()),
  brandSoft: z.optional(colour()),
  onBrand: z.optional(colour()),
  canvas: z.optional(colour()),
  surface: z.optional(colour()),
  surfaceMuted: z.optional(colour()),
  ink: z.optional(colour()),
  inkMuted: z.optional(colour()),
  line: z.optional(colour()),
})
export type Palette = z.output<typeof Palette>

export const Brand = z.strictObject({
  /** Shown beside the program name; a same-origin path or an https URL. */
  logoUrl: z.optional(
    z.string().check(z.regex(/^(\/|https:\/\/)[^\s"'()<>]*$/, 'must be a path or an https URL')),
  ),
  /** A CSS font-family list of fonts the device has or the build ships. */
  font: z.optional(z.string().check(z.regex(/^[\w\s,'"-]+$/, 'must be a list of font names'))),
  /** Corner radius of cards, e.g. "1rem" or "12px". */
  radius: z.optional(
    z.string().check(z.regex(/^\d+(\.\d+)?(px|rem)$/, 'must be a length like 1rem')),
  ),
  /** Colours of the light theme, then of the dark one; each overrides only what it names. */
  light: z.optional(Palette),
  dark: z.optional(Palette),
})
export type Brand = z.output<typeof Brand>

/**
 * public/config.json: read at start-up so one build can be promoted between environments.
 * Strict objects, so a misspelt key is reported instead of silently ignored.
 */
export const RuntimeConfig = z.strictObject({
  /** true: the in-browser mock loyalty API answers every request. */
  mock: z.boolean(),
  /** Base URL of the loyalty API, e.g. https://loyalty.example.com/api/v1, or a same-origin path. */
  apiBaseUrl: urlOrPath(),
  /**
   * The locales members may choose (BCP 47 tags of shipped languages: `en`, `es-MX`, `ar`),
   * in the order the language menu lists them; checked by the loader.
   */
  locales: z._default(z.array(z.string()).check(z.minLength(1)), ['en', 'es', 'ar']),
  /** The locale of a first visit whose browser asks for none of `locales`: the first when absent. */
  defaultLocale: z.optional(z.string()),
  brand: z._default(Brand, {}),
  requestTimeoutMs: z._default(z.int().check(z.gte(1000), z.lte(120_000)), 10_000),
  /**
   * Where contract violations and unexpected errors are reported (a small JSON POST, no member
   * data); nothing is sent when absent.
   */
  errorReportUrl: z.optional(urlOrPath()),
  /**
   * For programs that enrol elsewhere: "Join" hands off to this address instead of the portal's
   * own form (which posts to the API's POST /members).
   */
  joinUrl: z.optional(urlOrPath()),
  /** Where "Forgot your password?" on the sign-in page leads; the link is hidden when absent. */
  passwordResetUrl: z.optional(urlOrPath()),
  program: z._default(
    z.strictObject({
      name: z.optional(nonEmpty()),
      points: z.optional(z.strictObject({ singular: nonEmpty(), plural: nonEmpty() })),
    }),
    {},
  ),
})
export type RuntimeConfig = z.output<typeof RuntimeConfig>
