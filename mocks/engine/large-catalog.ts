import type { RewardCategory } from '@/api/schemas/reward'
import { CAUSE_KEYS, type CatalogReward, type CauseKey } from './catalog'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import type { TranslatedLanguage } from './language'
import { TIER_IDS } from './program-rules'
import type { Random } from './random'
import type { GeneratedWords } from './words/wording'
import { textFormat, words } from './words/words'

// What the generator picks from: keys, in a fixed order (the draws depend on it); each
// language's words for them are in words/.
const FINISHES = [
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
const PRODUCTS = [
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
const DEPARTMENTS = [
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
const TOPICS = [
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
const FORMATS = ['workshop', 'evening', 'masterclass', 'morning', 'tour'] as const
export type FormatKey = (typeof FORMATS)[number]
const SHIPPING = ['standard', 'express', 'next-day', 'weekend', 'holiday', 'gift-wrapped'] as const
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

/** Roughly how often each category appears in the generated part of a large catalog. */
const CATEGORY_WEIGHTS: readonly (readonly [RewardCategory, number])[] = [
  ['discount', 0.24],
  ['free_product', 0.24],
  ['gift', 0.2],
  ['experience', 0.12],
  ['free_shipping', 0.08],
  ['donation', 0.12],
]

function pickCategory(random: Random): RewardCategory {
  let roll = random.next()
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    roll -= weight
    if (roll < 0) return category
  }
  return 'gift'
}

/** A cost between 50 and 10,000 points, more of them cheap than dear, in steps of 10 (50 for donations). */
function drawCost(random: Random, step: number): number {
  const raw = Math.exp(Math.log(50) + random.next() * (Math.log(10_000) - Math.log(50)))
  return Math.max(step, Math.round(raw / step) * step)
}

/** What to write about a generated reward; the calls to `random` are the generator's. */
function draw(category: RewardCategory, cost: number, random: Random): GeneratedDraw {
  switch (category) {
    case 'discount':
      return {
        category,
        dollars: Math.max(1, Math.round(cost / 50)),
        department: random.pick(DEPARTMENTS),
      }
    case 'free_product': {
      const finish = random.pick(FINISHES)
      return { category, finish, product: random.pick(PRODUCTS) }
    }
    case 'gift':
      return { category, product: random.pick(PRODUCTS) }
    case 'experience': {
      const topic = random.pick(TOPICS)
      return { category, topic, format: random.pick(FORMATS) }
    }
    case 'free_shipping':
      return { category, kind: random.pick(SHIPPING) }
    case 'donation':
      return { category, cause: random.pick(CAUSE_KEYS), points: cost }
  }
}

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

/**
 * A catalog of exactly `size` rewards: the standard catalog first, then generated rewards in
 * every category with varied, searchable names ("Free Speckled Espresso Cup No. 4821"). The
 * same random stream gives the same catalog.
 */
export function createLargeCatalog(options: {
  base: readonly CatalogReward[]
  size: number
  random: Random
  now: Date
}): CatalogReward[] {
  const { base, size, random, now } = options
  const generated: CatalogReward[] = []
  for (let number = base.length + 1; number <= size; number++) {
    const category = pickCategory(random)
    const cost = drawCost(random, category === 'donation' ? 50 : 10)
    const drawn = draw(category, cost, random)
    const tierRoll = random.next()
    const limited = random.chance(category === 'experience' ? 0.4 : 0.15)
    generated.push({
      id: `rwd_gen_${String(number).padStart(5, '0')}`,
      category,
      cost,
      image: null,
      value:
        drawn.category === 'discount'
          ? { amount: drawn.dollars * 100, currency: 'USD' }
          : drawn.category === 'donation'
            ? { amount: cost, currency: 'USD' }
            : null,
      stock: limited ? random.int(0, 60) : null,
      tierRequired: tierRoll < 0.05 ? TIER_IDS.gold : tierRoll < 0.15 ? TIER_IDS.silver : null,
      validUntil: random.chance(0.1)
        ? toTimestamp(endOfUtcDay(addDays(now, random.int(5, 90))))
        : null,
      createdAt: toTimestamp(addDays(now, -random.int(1, 360) - random.next())),
      popularity: Math.round((4000 / Math.sqrt(cost + 50)) * (0.2 + random.next() * 1.6)),
      limitPerMember:
        category === 'experience' && random.chance(0.5)
          ? random.int(1, 2)
          : random.chance(0.05)
            ? random.int(1, 3)
            : null,
      source: { kind: 'generated', number, draw: drawn },
    })
  }
  return [...base.slice(0, size), ...generated]
}
