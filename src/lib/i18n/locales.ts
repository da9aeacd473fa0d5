/** The languages the portal ships messages for, and how each is written. */
export const SHIPPED_LANGUAGES = ['en', 'es', 'ar'] as const
export type Language = (typeof SHIPPED_LANGUAGES)[number]

/** The designers' pseudo-locale: English stretched, accented and bracketed. */
export const PSEUDO_LOCALE = 'en-XA'

const RTL = new Set(['ar', 'he', 'fa', 'ur'])

/** "es-MX" -> "es"; the catalog a locale tag reads. */
export const languageOf = (locale: string) => (locale.split('-')[0] ?? locale).toLowerCase()

export const directionOf = (locale: string): 'ltr' | 'rtl' =>
  RTL.has(languageOf(locale)) ? 'rtl' : 'ltr'

export const isShipped = (locale: string): boolean =>
  (SHIPPED_LANGUAGES as readonly string[]).includes(languageOf(locale))

/**
 * Which of the offered locales to show: the member's saved choice, else the first of the
 * browser's languages that is offered (by exact tag, then by language), else the default.
 */
export function pickLocale(options: {
  offered: readonly string[]
  fallback: string
  saved?: string | null
  browser?: readonly string[]
}): string {
  const { offered, fallback, saved, browser = [] } = options
  if (saved && (offered.includes(saved) || saved === PSEUDO_LOCALE)) return saved
  for (const wanted of browser) {
    const exact = offered.find((locale) => locale.toLowerCase() === wanted.toLowerCase())
    if (exact) return exact
    const sameLanguage = offered.find((locale) => languageOf(locale) === languageOf(wanted))
    if (sameLanguage) return sameLanguage
  }
  return fallback
}
