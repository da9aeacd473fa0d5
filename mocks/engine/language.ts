/** The languages the mock API has words in; the first is the default. */
export const TRANSLATED_LANGUAGES = ['en', 'es', 'ar'] as const
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number]

/** What an answer can be written in. */
export const LANGUAGES = TRANSLATED_LANGUAGES
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: TranslatedLanguage = 'en'

/** Program wording (a challenge's title, a partner's description) in every language spoken. */
export type Localized<T = string> = Readonly<Record<TranslatedLanguage, T>>

/** A text worked out in advance, in `language`. */
export function pick(text: Localized, language: Language): string {
  return text[language]
}
