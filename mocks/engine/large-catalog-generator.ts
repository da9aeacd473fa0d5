import type { RewardCategory } from '@/api/schemas/reward'
import { CAUSE_KEYS, type CatalogReward } from './catalog'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import {
  DEPARTMENTS,
  FINISHES,
  FORMATS,
  PRODUCTS,
  SHIPPING,
  TOPICS,
  type GeneratedDraw,
} from './large-catalog'
import { TIER_IDS } from './program-rules'
import type { Random } from './random'

// The generator apart from the generated rewards' words (./large-catalog): only the
// large-catalog scenario runs it, so the browser loads it with that scenario.

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
