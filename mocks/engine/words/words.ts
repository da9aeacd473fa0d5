import { PSEUDO_LANGUAGE, type Language, type TranslatedLanguage } from '../language'
import { en } from './en'
import type { PointsWord, TextFormat, Wording } from './wording'

/**
 * The languages whose words are here. English always is (the pseudo-locale and errors' messages
 * use it); in the browser the others load when a request first asks for them (loadWords), and
 * Node registers them all at once (./all).
 */
const WORDINGS = new Map<TranslatedLanguage, Wording>([['en', en]])

/** Makes `wording` the words of `language`. */
export function registerWords(language: TranslatedLanguage, wording: Wording): void {
  WORDINGS.set(language, wording)
}

/** Every word the mock API sends, in `language` (loaded: see loadWords). */
export function words(language: TranslatedLanguage): Wording {
  const wording = WORDINGS.get(language)
  if (!wording) {
    throw new Error(
      `The mock API's ${language} words are not loaded yet: await loadWords('${language}') first`,
    )
  }
  return wording
}

// Separate chunks in the browser: a designer who never asks for Arabic never downloads it.
const LOADERS: Readonly<Record<Exclude<TranslatedLanguage, 'en'>, () => Promise<Wording>>> = {
  es: () => import('./es').then((module) => module.es),
  ar: () => import('./ar').then((module) => module.ar),
}

/** Makes sure words(language) can answer in `language` (the pseudo-locale's English always can). */
export async function loadWords(language: Language): Promise<void> {
  if (language === PSEUDO_LANGUAGE || WORDINGS.has(language) || language === 'en') return
  registerWords(language, await LOADERS[language]())
}

const formats = new Map<TranslatedLanguage, TextFormat>()

/** Numbers, money and points for texts in `language`, with Intl and the language's locale. */
export function textFormat(language: TranslatedLanguage): TextFormat {
  let format = formats.get(language)
  if (!format) {
    const { intlLocale, program } = words(language)
    const number = new Intl.NumberFormat(intlLocale)
    const usd = new Intl.NumberFormat(intlLocale, {
      style: 'currency',
      currency: 'USD',
      trailingZeroDisplay: 'stripIfInteger',
    })
    const plural = new Intl.PluralRules(intlLocale)
    format = {
      number: (value) => number.format(value),
      usd: (cents) => usd.format(cents / 100),
      points: (value) => {
        const category = plural.select(value) as keyof PointsWord
        return `${number.format(value)} ${program.points[category] ?? program.points.other}`
      },
    }
    formats.set(language, format)
  }
  return format
}
