/**
 * The languages the mock API answers in. The engine's state holds no words: ids, numbers and
 * dates are the same whatever the language, and words are chosen when an answer is written,
 * so a member who switches language keeps their rewards, codes and balance.
 */

/** The languages the mock API has words in; the first is the default. */
export const TRANSLATED_LANGUAGES = ['en', 'es', 'ar'] as const
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number]

/**
 * Designers' pseudo-locale: the English words accented, about 35% longer and bracketed, as the
 * portal shows its own messages in it, so clipped text stands out whichever side it comes from.
 */
export const PSEUDO_LANGUAGE = 'en-XA'

/** What an answer can be written in. */
export const LANGUAGES = [...TRANSLATED_LANGUAGES, PSEUDO_LANGUAGE] as const
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: TranslatedLanguage = 'en'

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** The same text (or anything else) in every translated language. */
export type Localized<T = string> = Readonly<Record<TranslatedLanguage, T>>

/**
 * `render` in every translated language, each worked out when it is first read (then kept):
 * in the browser a language's words load only once a request asks for that language, so a
 * text made at start-up (a ledger entry's description, say) must not write the others yet.
 * `render` must depend only on what does not change afterwards.
 */
export function localize<T>(render: (language: TranslatedLanguage) => T): Localized<T> {
  const rendered = new Map<TranslatedLanguage, T>()
  const text = {} as Record<TranslatedLanguage, T>
  for (const language of TRANSLATED_LANGUAGES) {
    Object.defineProperty(text, language, {
      enumerable: true,
      get: () => {
        if (!rendered.has(language)) rendered.set(language, render(language))
        return rendered.get(language) as T
      },
    })
  }
  return text
}

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'aeiouyAEIOUYcnsCNS'].map((c, i) => [c, [...'åéîöûýÅÉÎÖÛÝçñšÇÑŠ'][i] ?? c]),
)

/** The pseudo-locale's version of an English text (the portal's own transformation). */
export function pseudolocalize(text: string): string {
  if (!/\S/.test(text)) return text
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join('')
  return `[${accented}${'~'.repeat(Math.ceil(text.length * 0.35))}]`
}

/**
 * One text of an answer in `language`: `render` writes it in a translated language, and the
 * pseudo-locale gets the English text transformed as a whole (names inside it included, once).
 */
export function say(language: Language, render: (language: TranslatedLanguage) => string): string {
  return language === PSEUDO_LANGUAGE ? pseudolocalize(render('en')) : render(language)
}

/** say() for a record of texts (null where there is none), rendered once. */
export function sayAll<T extends Record<string, string | null>>(
  language: Language,
  render: (language: TranslatedLanguage) => T,
): T {
  if (language !== PSEUDO_LANGUAGE) return render(language)
  const english = render('en')
  return Object.fromEntries(
    Object.entries(english).map(([key, text]) => [
      key,
      text === null ? null : pseudolocalize(text),
    ]),
  ) as T
}

/** A text worked out in advance, in `language`. */
export function pick(text: Localized, language: Language): string {
  return language === PSEUDO_LANGUAGE ? pseudolocalize(text.en) : text[language]
}
