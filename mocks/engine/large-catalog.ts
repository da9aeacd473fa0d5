import type { CauseKey } from './catalog'
import type { TranslatedLanguage } from './language'
import type { GeneratedWords } from './words/wording'
import { textFormat, words } from './words/words'

// What the generator picks from: keys, in a fixed order (the draws depend on it); each
// language's words for them are in words/.
export const FINISHES = [
  'speckled',
  'hand-thrown',
  'olive-wood',
  'copper',
  'linen',
  'enamel',
  'stoneware',
  'walnut',
  'brass',
  'seaglass',
  'oak',
  'cedar',
] as const
export type FinishKey = (typeof FINISHES)[number]
export const PRODUCTS = [
  'espresso-cup',
  'pour-over-kettle',
  'tea-towel',
  'butter-dish',
  'salad-bowl',
  'bread-knife',
  'cheese-board',
  'honey-jar',
  'oven-mitt',
  'coffee-scoop',
  'water-carafe',
  'serving-spoon',
  'pepper-mill',
  'apron',
  'candle',
  'notebook',
] as const
export type ProductKey = (typeof PRODUCTS)[number]
export const DEPARTMENTS = [
  'kitchenware',
  'home-goods',
  'coffee-beans',
  'tableware',
  'bath-body',
  'stationery',
  'garden',
  'cafe',
  'pantry',
  'outdoor-gear',
] as const
export type DepartmentKey = (typeof DEPARTMENTS)[number]
export const TOPICS = [
  'sourdough',
  'latte-art',
  'wine-tasting',
  'pasta-making',
  'candle-pouring',
  'flower-arranging',
  'knife-sharpening',
  'tea-blending',
  'cheese-tasting',
  'foraging',
  'watercolour',
  'chocolate',
] as const
export type TopicKey = (typeof TOPICS)[number]
export const FORMATS = ['workshop', 'evening', 'masterclass', 'morning', 'tour'] as const
export type FormatKey = (typeof FORMATS)[number]
export const SHIPPING = [
  'standard',
  'express',
  'next-day',
  'weekend',
  'holiday',
  'gift-wrapped',
] as const
export type ShippingKey = (typeof SHIPPING)[number]

/** What the generator drew for a reward's words: rendered in any language when asked. */
export type GeneratedDraw =
  | { category: 'discount'; dollars: number; department: DepartmentKey }
  | { category: 'free_product'; finish: FinishKey; product: ProductKey }
  | { category: 'gift'; product: ProductKey }
  | { category: 'experience'; topic: TopicKey; format: FormatKey }
  | { category: 'free_shipping'; kind: ShippingKey }
  /** `points`: the cost it was created at, which its words name (100 points give $1). */
  | { category: 'donation'; cause: CauseKey; points: number }

/** A generated reward's words in `language`: name, summary, description, terms and how to use it. */
export function generatedText(
  source: { number: number; draw: GeneratedDraw },
  language: TranslatedLanguage,
): GeneratedWords & { terms: string; howToUse: string; cause: string | null } {
  const wording = words(language)
  const format = textFormat(language)
  const { generated } = wording
  const { number, draw } = source
  const shop = { terms: wording.storeTerms, cause: null }
  switch (draw.category) {
    case 'discount':
      return {
        ...generated.discount({
          amount: format.usd(draw.dollars * 100),
          department: draw.department,
          number,
        }),
        ...shop,
        howToUse: wording.voucherHowTo,
      }
    case 'free_product':
      return {
        ...generated.freeProduct({ finish: draw.finish, product: draw.product, number }),
        ...shop,
        howToUse: wording.voucherHowTo,
      }
    case 'gift':
      return {
        ...generated.gift({ product: draw.product, number }),
        ...shop,
        howToUse: wording.voucherHowTo,
      }
    case 'experience':
      return {
        ...generated.experience({ topic: draw.topic, format: draw.format, number }),
        terms: generated.experienceTerms,
        howToUse: generated.experienceHowTo,
        cause: null,
      }
    case 'free_shipping':
      return {
        ...generated.freeShipping({ kind: draw.kind, number }),
        ...shop,
        howToUse: wording.shippingHowTo,
      }
    case 'donation': {
      const cause = wording.causes[draw.cause]
      return {
        ...generated.donation({
          points: format.points(draw.points),
          amount: format.usd(draw.points),
          cause,
          number,
        }),
        terms: wording.donation.terms,
        howToUse: wording.donation.howToUse,
        cause,
      }
    }
  }
}
