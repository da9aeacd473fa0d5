/** The languages the mock API speaks: the portal's locales. */
export const ENGINE_LOCALES = ['en', 'es', 'ar'] as const
export type EngineLocale = (typeof ENGINE_LOCALES)[number]

/** Program wording (a challenge's title, a partner's description) in every language spoken. */
export type Words = Readonly<Record<EngineLocale, string>>

const isEngineLocale = (value: string): value is EngineLocale =>
  (ENGINE_LOCALES as readonly string[]).includes(value)

/**
 * The language to answer in, from an Accept-Language header: the first supported language by
 * the header's weights (`es-MX;q=0.9` asks for Spanish), English when none is.
 */
export function localeFrom(acceptLanguage: string | null | undefined): EngineLocale {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', weight, index }
    })
    .filter(({ weight }) => Number.isFinite(weight) && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return asked.map(({ language }) => language).find(isEngineLocale) ?? 'en'
}

export const say = (words: Words, locale: EngineLocale) => words[locale]
