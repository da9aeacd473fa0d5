import { formatNumber, pluralCategory } from '@/lib/format'
import { currentLocale } from '@/lib/locale'

type PointsWording = { singular: string; plural: string }

/** "+120 points", "−150 points": the sign always shown, as a ledger reads. */
export function signedPoints(value: number, wording: PointsWording, locale = currentLocale()) {
  const number = formatNumber(value, locale, { signDisplay: 'exceptZero' })
  const word = pluralCategory(Math.abs(value), locale) === 'one' ? wording.singular : wording.plural
  return `${number} ${word}`
}
