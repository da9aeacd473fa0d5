import type { Reward, RewardCategory } from '@/api/schemas/reward'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import type { GeneratedDraw } from './large-catalog'
import { TIER_IDS } from './program-rules'
import type { Random } from './random'

/** What a reward of the standard catalog is, apart from its words. */
type ProductTemplate = {
  slug: string
  category: Exclude<RewardCategory, 'donation'>
  cost: number
  /** Face value in US cents, for discounts. */
  value?: number
  /** 'limited': a random number of units; a number: exactly that many. */
  stock?: 'limited' | number
  tier?: keyof typeof TIER_IDS
  /** Redeemable until the end of the day this many days after the catalog is built. */
  validForDays?: number
  /** Has an image at /rewards/<slug>.svg (its alt text is in the words). */
  image?: true
  /** How many times one member may redeem it; unlimited when absent. */
  limit?: number
  /** Its voucher never expires (its category's days otherwise, see VOUCHER_DAYS). */
  voucherNeverExpires?: true
}

type DonationTemplate = { slug: string; cost: number; cause: CauseKey; image?: true }

/** Where a reward's words come from: the standard catalog's, or the large catalog's generator. */
export type RewardSource =
  | { kind: 'product'; slug: ProductSlug }
  /** `points`: what the donation was created at, which its words name (100 points give $1). */
  | { kind: 'donation'; slug: DonationSlug; cause: CauseKey; points: number }
  | { kind: 'generated'; number: number; draw: GeneratedDraw }
  /** The program's birthday gift in the wallet: not in the catalog. */
  | { kind: 'birthday-treat' }

/** The fields of a reward that are words, written when a member's engine answers. */
export type RewardWordFields = 'name' | 'summary' | 'description' | 'terms' | 'howToUse' | 'cause'

/**
 * A reward as the catalog stores it: the same for every member and every language. Its words
 * come from `source` and `image.alt` is added with them; `redeemedByMe` is added when a member's
 * engine answers; `cost` and `stock` change through the engine only.
 */
export type CatalogReward = Omit<Reward, 'redeemedByMe' | RewardWordFields | 'image'> & {
  /** The image's address; null when it has none. */
  image: { url: string } | null
  source: RewardSource
  /** Its voucher has no expiry date; when absent, it lasts its category's VOUCHER_DAYS. */
  voucherNeverExpires?: true
}

/** The standard catalog but its donations, in catalog order; words by slug in words/. */
const PRODUCTS = [
  // Café
  { slug: 'extra-shot', category: 'free_product', cost: 60 },
  { slug: 'free-pastry', category: 'free_product', cost: 100, image: true },
  { slug: 'coffee-3-off', category: 'discount', cost: 120, value: 300 },
  { slug: 'free-coffee', category: 'free_product', cost: 150, image: true },
  { slug: 'free-latte', category: 'free_product', cost: 200 },
  // Discounts
  { slug: 'five-off', category: 'discount', cost: 250, value: 500, image: true },
  { slug: 'fifteen-percent-off', category: 'discount', cost: 400 },
  { slug: 'ten-off', category: 'discount', cost: 500, value: 1000 },
  { slug: 'home-weekend-20', category: 'discount', cost: 600, validForDays: 30 },
  { slug: 'twenty-five-off', category: 'discount', cost: 1200, value: 2500 },
  { slug: 'fifty-off', category: 'discount', cost: 2300, value: 5000, tier: 'silver' },
  { slug: 'hundred-off', category: 'discount', cost: 4500, value: 10_000, tier: 'gold' },
  // Products
  { slug: 'coffee-beans', category: 'free_product', cost: 700, image: true },
  {
    slug: 'ceramic-mug',
    category: 'free_product',
    cost: 800,
    stock: 'limited',
    image: true,
    limit: 2,
  },
  { slug: 'signature-candle', category: 'free_product', cost: 900 },
  { slug: 'olive-oil', category: 'free_product', cost: 1000 },
  { slug: 'linen-napkins', category: 'free_product', cost: 1100, stock: 0 },
  { slug: 'cast-iron-skillet', category: 'free_product', cost: 3000, tier: 'gold' },
  // Gifts
  { slug: 'enamel-pins', category: 'gift', cost: 300 },
  { slug: 'reusable-cup', category: 'gift', cost: 350, image: true },
  {
    slug: 'holiday-ornament',
    category: 'gift',
    cost: 400,
    stock: 'limited',
    validForDays: 45,
    limit: 1,
  },
  { slug: 'tote-bag', category: 'gift', cost: 500, stock: 'limited', image: true },
  { slug: 'wool-throw', category: 'gift', cost: 2500, tier: 'silver' },
  {
    slug: 'picnic-set',
    category: 'gift',
    cost: 3500,
    tier: 'gold',
    stock: 'limited',
    image: true,
    limit: 1,
  },
  // Experiences
  { slug: 'roastery-tour', category: 'experience', cost: 1000, limit: 2 },
  { slug: 'forest-walk', category: 'experience', cost: 1200, stock: 'limited', limit: 1 },
  {
    slug: 'coffee-cupping',
    category: 'experience',
    cost: 1500,
    stock: 'limited',
    image: true,
    limit: 1,
  },
  { slug: 'pottery-evening', category: 'experience', cost: 1800, stock: 'limited', limit: 2 },
  {
    slug: 'cooking-class',
    category: 'experience',
    cost: 2000,
    stock: 'limited',
    validForDays: 25,
    image: true,
    limit: 1,
  },
  {
    slug: 'knife-skills',
    category: 'experience',
    cost: 2200,
    tier: 'silver',
    stock: 'limited',
    limit: 1,
  },
  {
    slug: 'chefs-table',
    category: 'experience',
    cost: 8000,
    tier: 'gold',
    stock: 'limited',
    limit: 1,
  },
  // Shipping
  { slug: 'free-shipping', category: 'free_shipping', cost: 100, voucherNeverExpires: true },
  { slug: 'express-shipping', category: 'free_shipping', cost: 300 },
  { slug: 'shipping-month', category: 'free_shipping', cost: 900 },
  {
    slug: 'shipping-year',
    category: 'free_shipping',
    cost: 5000,
    tier: 'silver',
    validForDays: 60,
    limit: 1,
  },
] as const satisfies readonly ProductTemplate[]
export type ProductSlug = (typeof PRODUCTS)[number]['slug']

/** Every cause a donation can go to; the large catalog uses them all. */
export const CAUSE_KEYS = [
  'animal-rescue',
  'reforestation',
  'coastal-cleanup',
  'food-bank',
  'reading',
  'young-artists',
  'lighthouse',
  'hospice',
] as const
export type CauseKey = (typeof CAUSE_KEYS)[number]

/** A donation of `cost` points turns into cost cents for the cause: 100 points give $1. */
const DONATIONS = [
  { slug: 'donate-animal-rescue', cost: 100, cause: 'animal-rescue' },
  { slug: 'donate-trees', cost: 250, cause: 'reforestation', image: true },
  { slug: 'donate-coastal-cleanup', cost: 500, cause: 'coastal-cleanup' },
  { slug: 'donate-food-bank', cost: 1000, cause: 'food-bank' },
  { slug: 'donate-reading', cost: 2500, cause: 'reading' },
  { slug: 'donate-arts', cost: 5000, cause: 'young-artists' },
] as const satisfies readonly DonationTemplate[]
export type DonationSlug = (typeof DONATIONS)[number]['slug']

const TEMPLATES: readonly (
  (ProductTemplate & { slug: ProductSlug }) | (DonationTemplate & { slug: DonationSlug })
)[] = [...PRODUCTS, ...DONATIONS]

/**
 * The reward catalog as it stands at `now`. Costs and words are fixed; the generator only
 * varies what would differ between two real catalogs (dates added, popularity, units left).
 */
export function createCatalog(options: { random: Random; now: Date }): CatalogReward[] {
  const { random, now } = options
  return TEMPLATES.map((template) => {
    const createdAt = addDays(now, -random.int(3, 360) - random.next())
    const popularity = Math.round(
      (4000 / Math.sqrt(template.cost + 50)) * (0.4 + random.next() * 1.2),
    )
    const base = {
      id: `rwd_${template.slug.replaceAll('-', '_')}`,
      cost: template.cost,
      image: template.image ? { url: `/rewards/${template.slug}.svg` } : null,
      createdAt: toTimestamp(createdAt),
      popularity,
    }
    if ('cause' in template) {
      return {
        ...base,
        category: 'donation',
        value: { amount: template.cost, currency: 'USD' },
        stock: null,
        tierRequired: null,
        validUntil: null,
        limitPerMember: null,
        source: {
          kind: 'donation',
          slug: template.slug,
          cause: template.cause,
          points: template.cost,
        },
      } satisfies CatalogReward
    }
    const stock = template.stock === 'limited' ? random.int(3, 80) : (template.stock ?? null)
    return {
      ...base,
      category: template.category,
      value: template.value === undefined ? null : { amount: template.value, currency: 'USD' },
      stock,
      tierRequired: template.tier ? TIER_IDS[template.tier] : null,
      validUntil:
        template.validForDays === undefined
          ? null
          : toTimestamp(endOfUtcDay(addDays(now, template.validForDays))),
      limitPerMember: template.limit ?? null,
      source: { kind: 'product', slug: template.slug },
      ...('voucherNeverExpires' in template && { voucherNeverExpires: true }),
    } satisfies CatalogReward
  })
}

/** Whether any member could redeem the reward at `now`, tier aside. */
export function isAvailable(reward: CatalogReward, now: Date): boolean {
  const inStock = reward.stock === null || reward.stock > 0
  const stillValid = reward.validUntil === null || Date.parse(reward.validUntil) > now.getTime()
  return inStock && stillValid
}
