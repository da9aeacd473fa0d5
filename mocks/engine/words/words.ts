import type { TranslatedLanguage } from '../language'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import type { PointsWord, TextFormat, Wording } from './wording'

const WORDINGS: Readonly<Record<TranslatedLanguage, Wording>> = { en, es, ar }

/** Every word the mock API sends, in `language`. */
export function words(language: TranslatedLanguage): Wording {
  return WORDINGS[language]
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
