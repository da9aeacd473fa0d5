import type { RewardCategory } from '@/api/schemas/reward'
import {
  DONATION_HOW_TO,
  DONATION_TERMS,
  SHIPPING_HOW_TO,
  STORE_TERMS,
  VOUCHER_HOW_TO,
  usd,
  wholeNumber,
  type CatalogReward,
} from './catalog'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import { TIER_IDS } from './program-rules'
import type { Random } from './random'

type Drawn = Pick<
  CatalogReward,
  'name' | 'summary' | 'description' | 'howToUse' | 'value' | 'cause'
>

const FINISHES = [
  'Speckled',
  'Hand-Thrown',
  'Olive Wood',
  'Copper',
  'Linen',
  'Enamel',
  'Stoneware',
  'Walnut',
  'Brass',
  'Seaglass',
  'Oak',
  'Cedar',
] as const
const PRODUCTS = [
  'Espresso Cup',
  'Pour-Over Kettle',
  'Tea Towel',
  'Butter Dish',
  'Salad Bowl',
  'Bread Knife',
  'Cheese Board',
  'Honey Jar',
  'Oven Mitt',
  'Coffee Scoop',
  'Water Carafe',
  'Serving Spoon',
  'Pepper Mill',
  'Apron',
  'Candle',
  'Notebook',
] as const
const DEPARTMENTS = [
  'Kitchenware',
  'Home Goods',
  'Coffee Beans',
  'Tableware',
  'Bath & Body',
  'Stationery',
  'Garden',
  'the Café',
  'Pantry',
  'Outdoor Gear',
] as const
const TOPICS = [
  'Sourdough',
  'Latte Art',
  'Wine Tasting',
  'Pasta Making',
  'Candle Pouring',
  'Flower Arranging',
  'Knife Sharpening',
  'Tea Blending',
  'Cheese Tasting',
  'Foraging',
  'Watercolour',
  'Chocolate',
] as const
const FORMATS = ['Workshop', 'Evening', 'Masterclass', 'Morning', 'Tour'] as const
const SHIPPING = ['Standard', 'Express', 'Next-Day', 'Weekend', 'Holiday', 'Gift-Wrapped'] as const
const CAUSES = [
  'Coastal Animal Rescue',
  'Evergreen Reforestation Trust',
  'Coastal Cleanup Fund',
  'Community Food Bank',
  'Children’s Reading Alliance',
  'Young Artists Scholarship',
  'Harbor Lighthouse Trust',
  'Pine Valley Hospice',
] as const

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

function drawTexts(category: RewardCategory, cost: number, number: number, random: Random): Drawn {
  const none = { value: null, cause: null }
  switch (category) {
    case 'discount': {
      const dollars = Math.max(1, Math.round(cost / 50))
      const department = random.pick(DEPARTMENTS)
      return {
        name: `$${dollars} off ${department} No. ${number}`,
        summary: `$${dollars} off anything in ${department}.`,
        description: `Take $${dollars} off an order from ${department}, in store or online.`,
        howToUse: VOUCHER_HOW_TO,
        ...none,
        value: { amount: dollars * 100, currency: 'USD' },
      }
    }
    case 'free_product': {
      const product = `${random.pick(FINISHES)} ${random.pick(PRODUCTS)}`
      return {
        name: `Free ${product} No. ${number}`,
        summary: `A ${product.toLowerCase()} from our shelves, on us.`,
        description: `Pick up a ${product.toLowerCase()} in any Harbor & Pine store or add it to an online order.`,
        howToUse: VOUCHER_HOW_TO,
        ...none,
      }
    }
    case 'gift': {
      const product = random.pick(PRODUCTS)
      return {
        name: `${product} No. ${number}`,
        summary: `A ${product.toLowerCase()} made for members.`,
        description: `A members-only ${product.toLowerCase()}, made in a small run by one of our makers.`,
        howToUse: VOUCHER_HOW_TO,
        ...none,
      }
    }
    case 'experience': {
      const topic = random.pick(TOPICS)
      const format = random.pick(FORMATS)
      return {
        name: `${topic} ${format} No. ${number}`,
        summary: `A hands-on ${topic.toLowerCase()} ${format.toLowerCase()} with our team.`,
        description: `Spend an unhurried ${format.toLowerCase()} learning ${topic.toLowerCase()} from people who do it every day.`,
        howToUse: 'Redeem, then book a date with the link in your voucher.',
        ...none,
      }
    }
    case 'free_shipping': {
      const kind = random.pick(SHIPPING)
      return {
        name: `Free ${kind} Shipping No. ${number}`,
        summary: `${kind} shipping on one online order, on us.`,
        description: `${kind} shipping on us for one online order, whatever its size.`,
        howToUse: SHIPPING_HOW_TO,
        ...none,
      }
    }
    case 'donation': {
      const cause = random.pick(CAUSES)
      const gift = usd.format(cost / 100)
      return {
        name: `Donate ${wholeNumber.format(cost)} points to ${cause} No. ${number}`,
        summary: `We give ${gift} to ${cause}.`,
        description: `Turn ${wholeNumber.format(cost)} points into a ${gift} gift to ${cause}.`,
        howToUse: DONATION_HOW_TO,
        value: { amount: cost, currency: 'USD' },
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
    const drawn = drawTexts(category, cost, number, random)
    const tierRoll = random.next()
    const limited = random.chance(category === 'experience' ? 0.4 : 0.15)
    generated.push({
      id: `rwd_gen_${String(number).padStart(5, '0')}`,
      ...drawn,
      category,
      cost,
      image: null,
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
      terms:
        category === 'donation'
          ? DONATION_TERMS
          : category === 'experience'
            ? 'For one person. Book at least 7 days ahead.'
            : STORE_TERMS,
    })
  }
  return [...base.slice(0, size), ...generated]
}
