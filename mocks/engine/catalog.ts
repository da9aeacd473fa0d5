import type { Reward, RewardCategory } from '@/api/schemas/reward'
import { addDays, endOfUtcDay, toTimestamp } from './dates'
import { TIER_IDS } from './program-rules'
import type { Random } from './random'

type RewardTemplate = {
  slug: string
  name: string
  category: RewardCategory
  cost: number
  summary: string
  description: string
  terms: string
  howToUse: string
  /** Face value in US cents, for discounts and donations. */
  value?: number
  cause?: string
  /** 'limited': a random number of units; a number: exactly that many. */
  stock?: 'limited' | number
  tier?: keyof typeof TIER_IDS
  /** Redeemable until the end of the day this many days after the catalog is built. */
  validForDays?: number
  /** Alt text; when present the reward has an image at /rewards/<slug>.svg. */
  imageAlt?: string
  /** How many times one member may redeem it; unlimited when absent. */
  limit?: number
}

/**
 * A reward as the catalog stores it: the same for every member. `redeemedByMe` is added when a
 * member's engine answers; `cost` and `stock` change through the engine only.
 */
export type CatalogReward = Omit<Reward, 'redeemedByMe'>

export const STORE_TERMS =
  'One per redemption. Cannot be exchanged for cash or combined with other rewards.'
export const VOUCHER_HOW_TO =
  'Redeem to get a voucher code. Show the code at the till or enter it at checkout online before it expires.'
export const CAFE_HOW_TO =
  'Redeem, then show the voucher in the app at any Harbor & Pine café counter.'
export const SHIPPING_HOW_TO =
  'Redeem, then enter the voucher code at checkout; the shipping cost drops to zero.'
export const DONATION_HOW_TO =
  'Redeem and we make the donation on your behalf within 30 days. No voucher needed.'
export const DONATION_TERMS =
  'Donations are made by Harbor & Pine and are not tax-deductible for you. Points cannot be returned once donated.'

export const wholeNumber = new Intl.NumberFormat('en-US')
export const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  trailingZeroDisplay: 'stripIfInteger',
})

/** A donation of `cost` points turns into cost cents for the cause: 100 points give $1. */
function donation(
  slug: string,
  cost: number,
  cause: string,
  summary: string,
  imageAlt?: string,
): RewardTemplate {
  const points = wholeNumber.format(cost)
  const gift = usd.format(cost / 100)
  return {
    slug,
    name: `Donate ${points} points: we give ${gift} to ${cause}`,
    category: 'donation',
    cost,
    summary,
    description: `Turn ${points} points into a ${gift} gift to ${cause}. Every cent goes to the cause, and we publish the totals every quarter.`,
    terms: DONATION_TERMS,
    howToUse: DONATION_HOW_TO,
    value: cost,
    cause,
    ...(imageAlt ? { imageAlt } : {}),
  }
}

const TEMPLATES: readonly RewardTemplate[] = [
  // Café
  {
    slug: 'extra-shot',
    name: 'Free Extra Shot',
    category: 'free_product',
    cost: 60,
    summary: 'Add an extra espresso shot to any drink.',
    description: 'A second (or third) shot of our house espresso in any hot or iced drink, on us.',
    terms: 'Valid on one drink. ' + STORE_TERMS,
    howToUse: CAFE_HOW_TO,
  },
  {
    slug: 'free-pastry',
    name: 'Free Pastry',
    category: 'free_product',
    cost: 100,
    summary: 'Any pastry from the café counter.',
    description:
      'Croissant, cinnamon knot, seasonal tart: pick any pastry baked in our kitchen that morning.',
    terms: 'While the day’s bake lasts. ' + STORE_TERMS,
    howToUse: CAFE_HOW_TO,
    imageAlt: 'A flaky butter croissant on a small ceramic plate',
  },
  {
    slug: 'coffee-3-off',
    name: '$3 off Any Coffee Drink',
    category: 'discount',
    cost: 120,
    summary: '$3 off any coffee drink at our cafés.',
    description: 'Take $3 off any coffee drink, from a drip to a large oat-milk latte.',
    terms: 'Not valid on bags of beans. ' + STORE_TERMS,
    howToUse: CAFE_HOW_TO,
    value: 300,
  },
  {
    slug: 'free-coffee',
    name: 'Free Coffee',
    category: 'free_product',
    cost: 150,
    summary: 'Any size drip coffee or americano.',
    description: 'A drip coffee or americano in any size, brewed from this month’s house roast.',
    terms: 'Milk alternatives and syrups are extra. ' + STORE_TERMS,
    howToUse: CAFE_HOW_TO,
    imageAlt: 'A steaming cup of black coffee in a Harbor & Pine mug',
  },
  {
    slug: 'free-latte',
    name: 'Free Latte',
    category: 'free_product',
    cost: 200,
    summary: 'Any size latte, hot or iced.',
    description:
      'A latte in any size with your choice of milk, hot or iced, with one syrup if you like.',
    terms: STORE_TERMS,
    howToUse: CAFE_HOW_TO,
  },
  // Discounts
  {
    slug: 'five-off',
    name: '$5 off',
    category: 'discount',
    cost: 250,
    summary: '$5 off any purchase of $25 or more.',
    description: 'Take $5 off an order of $25 or more, in store or online.',
    terms: 'Minimum spend $25 before tax. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    value: 500,
    imageAlt: 'A gift voucher printed with “$5 off”',
  },
  {
    slug: 'fifteen-percent-off',
    name: '15% off One Item',
    category: 'discount',
    cost: 400,
    summary: '15% off any single full-price item.',
    description:
      'Pick the thing you have had your eye on: 15% comes off one full-price item of any value.',
    terms: 'Full-price items only; excludes gift cards. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
  },
  {
    slug: 'ten-off',
    name: '$10 off',
    category: 'discount',
    cost: 500,
    summary: '$10 off any purchase of $40 or more.',
    description: 'Take $10 off an order of $40 or more, in store or online.',
    terms: 'Minimum spend $40 before tax. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    value: 1000,
  },
  {
    slug: 'home-weekend-20',
    name: '20% off Home Goods Weekend',
    category: 'discount',
    cost: 600,
    summary: '20% off everything in the home department for one weekend.',
    description:
      'Linens, candles, ceramics and cookware: 20% off everything in the home department, one weekend of your choice.',
    terms: 'Valid Friday to Sunday on one order. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    validForDays: 30,
  },
  {
    slug: 'twenty-five-off',
    name: '$25 off',
    category: 'discount',
    cost: 1200,
    summary: '$25 off any purchase of $100 or more.',
    description: 'Take $25 off an order of $100 or more, in store or online.',
    terms: 'Minimum spend $100 before tax. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    value: 2500,
  },
  {
    slug: 'fifty-off',
    name: '$50 off',
    category: 'discount',
    cost: 2300,
    summary: '$50 off any purchase of $175 or more. Silver and Gold members.',
    description: 'Take $50 off an order of $175 or more, in store or online.',
    terms: 'Minimum spend $175 before tax. Silver tier or above. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    value: 5000,
    tier: 'silver',
  },
  {
    slug: 'hundred-off',
    name: '$100 off',
    category: 'discount',
    cost: 4500,
    summary: '$100 off any purchase of $300 or more. Gold members.',
    description: 'Take $100 off an order of $300 or more, in store or online.',
    terms: 'Minimum spend $300 before tax. Gold tier only. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    value: 10_000,
    tier: 'gold',
  },
  // Products
  {
    slug: 'coffee-beans',
    name: 'Free Bag of Coffee Beans',
    category: 'free_product',
    cost: 700,
    summary: 'A 340 g bag of any roast, whole bean or ground.',
    description:
      'Choose any of our roasts, from the bright Harbor Morning to the dark Pine Ridge, whole bean or ground for your brewer.',
    terms: STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    imageAlt: 'A kraft paper bag of coffee beans with the Harbor & Pine label',
  },
  {
    slug: 'ceramic-mug',
    name: 'Free Ceramic Mug',
    category: 'free_product',
    cost: 800,
    summary: 'Our hand-glazed 12 oz stoneware mug.',
    description:
      'Thrown and glazed by a small pottery on the coast; every one is slightly different.',
    terms: 'While stocks last. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    stock: 'limited',
    imageAlt: 'A speckled blue stoneware mug',
    limit: 2,
  },
  {
    slug: 'signature-candle',
    name: 'Free Signature Candle',
    category: 'free_product',
    cost: 900,
    summary: 'Our cedar and sea-salt soy candle, 40 hours of burn.',
    description:
      'Hand-poured soy wax in a reusable amber jar, scented with cedar, sea salt and a little smoke.',
    terms: STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
  },
  {
    slug: 'olive-oil',
    name: 'Free Estate Olive Oil',
    category: 'free_product',
    cost: 1000,
    summary: 'A 500 ml bottle of single-estate extra virgin olive oil.',
    description:
      'Cold-pressed this harvest from a single family estate; grassy, peppery and good on everything.',
    terms: STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
  },
  {
    slug: 'linen-napkins',
    name: 'Free Linen Napkins (Set of 4)',
    category: 'free_product',
    cost: 1100,
    summary: 'Four stonewashed linen napkins in oat.',
    description: 'Soft, stonewashed European linen that only gets better in the wash.',
    terms: 'While stocks last. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    stock: 0,
  },
  {
    slug: 'cast-iron-skillet',
    name: 'Free Cast-Iron Skillet',
    category: 'free_product',
    cost: 3000,
    summary: 'A pre-seasoned 10-inch cast-iron skillet. Gold members.',
    description: 'The pan you will hand down: pre-seasoned, oven-safe and ready for the first egg.',
    terms: 'Gold tier only. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    tier: 'gold',
  },
  // Gifts
  {
    slug: 'enamel-pins',
    name: 'Enamel Pin Set',
    category: 'gift',
    cost: 300,
    summary: 'Three enamel pins: harbour, pine and lighthouse.',
    description: 'A set of three hard-enamel pins on a card, designed by our in-house illustrator.',
    terms: STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
  },
  {
    slug: 'reusable-cup',
    name: 'Reusable Travel Cup',
    category: 'gift',
    cost: 350,
    summary: 'A 12 oz insulated cup; 25 cents off every refill.',
    description:
      'Double-walled steel with a leak-proof lid. Bring it to any of our cafés for 25 cents off every drink.',
    terms: STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    imageAlt: 'A forest-green insulated travel cup with a cork lid',
  },
  {
    slug: 'holiday-ornament',
    name: 'Holiday Ornament',
    category: 'gift',
    cost: 400,
    summary: 'This year’s hand-painted glass ornament.',
    description: 'A hand-painted glass lighthouse, made in a limited run for this season only.',
    terms: 'Limited edition, while stocks last. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    stock: 'limited',
    validForDays: 45,
    limit: 1,
  },
  {
    slug: 'tote-bag',
    name: 'Canvas Tote Bag',
    category: 'gift',
    cost: 500,
    summary: 'A heavy canvas tote with a long strap.',
    description:
      'Heavyweight organic cotton canvas, an inside pocket and a strap long enough to wear over a coat.',
    terms: 'While stocks last. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    stock: 'limited',
    imageAlt: 'A natural canvas tote bag printed with a pine tree',
  },
  {
    slug: 'wool-throw',
    name: 'Wool Throw Blanket',
    category: 'gift',
    cost: 2500,
    summary: 'A lambswool throw in forest check. Silver and Gold members.',
    description:
      'Woven in a family mill from soft lambswool, 130 by 180 cm: made for the sofa and the porch.',
    terms: 'Silver tier or above. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    tier: 'silver',
  },
  {
    slug: 'picnic-set',
    name: 'Picnic Set for Two',
    category: 'gift',
    cost: 3500,
    summary: 'A willow basket with plates, cups and a blanket. Gold members.',
    description:
      'Everything for an afternoon outside: a willow basket, enamel plates and cups, linen napkins and a waterproof blanket.',
    terms: 'Gold tier only, while stocks last. ' + STORE_TERMS,
    howToUse: VOUCHER_HOW_TO,
    tier: 'gold',
    stock: 'limited',
    imageAlt: 'A willow picnic basket open on a checked blanket',
    limit: 1,
  },
  // Experiences
  {
    slug: 'roastery-tour',
    name: 'Behind-the-Scenes Roastery Tour',
    category: 'experience',
    cost: 1000,
    summary: 'An hour in our roastery with the head roaster, plus a tasting.',
    description:
      'See green beans become your morning coffee, ask the roaster anything and taste three roasts side by side.',
    terms: 'Saturday mornings; book at least 7 days ahead. For one person.',
    howToUse: 'Redeem, then book a Saturday slot with the link in your voucher.',
    limit: 2,
  },
  {
    slug: 'forest-walk',
    name: 'Guided Forest Walk & Breakfast',
    category: 'experience',
    cost: 1200,
    summary: 'A two-hour guided walk followed by breakfast at the café.',
    description:
      'Walk the coastal pines with a local naturalist, then warm up with a full breakfast at our Harbor Street café.',
    terms: 'Monthly, weather permitting; a rained-out walk is rebooked. For one person.',
    howToUse: 'Redeem, then choose a date with the link in your voucher.',
    stock: 'limited',
    limit: 1,
  },
  {
    slug: 'coffee-cupping',
    name: 'Coffee Cupping Workshop',
    category: 'experience',
    cost: 1500,
    summary: 'Learn to taste coffee like a professional, in 90 minutes.',
    description:
      'Slurp, score and compare six coffees from three continents with our green-coffee buyer.',
    terms: 'For one person; held twice a month. Book at least 3 days ahead.',
    howToUse: 'Redeem, then book a session with the link in your voucher.',
    stock: 'limited',
    imageAlt: 'Rows of small coffee cups on a wooden cupping table',
    limit: 1,
  },
  {
    slug: 'pottery-evening',
    name: 'Pottery Evening',
    category: 'experience',
    cost: 1800,
    summary: 'Throw your own mug at the studio that makes ours.',
    description:
      'Three hours at the wheel with a potter, then we glaze and fire your mug and post it to you.',
    terms: 'For one person, 18 and over. Book at least 14 days ahead.',
    howToUse: 'Redeem, then book an evening with the link in your voucher.',
    stock: 'limited',
    limit: 2,
  },
  {
    slug: 'cooking-class',
    name: 'Cooking Class: Autumn Soups',
    category: 'experience',
    cost: 2000,
    summary: 'A hands-on evening class with our kitchen team.',
    description:
      'Make three seasonal soups and a loaf of soda bread, then sit down to eat them together.',
    terms: 'For one person. Dietary needs can be met with 7 days’ notice.',
    howToUse: 'Redeem, then pick a class date with the link in your voucher.',
    stock: 'limited',
    validForDays: 25,
    imageAlt: 'Hands chopping vegetables next to a pot of soup',
    limit: 1,
  },
  {
    slug: 'knife-skills',
    name: 'Knife Skills Class',
    category: 'experience',
    cost: 2200,
    summary: 'Two hours on sharpening and cutting. Silver and Gold members.',
    description:
      'Learn to sharpen, hone and use a chef’s knife safely and fast; take home a honing rod.',
    terms: 'Silver tier or above. For one person.',
    howToUse: 'Redeem, then book a class with the link in your voucher.',
    tier: 'silver',
    stock: 'limited',
    limit: 1,
  },
  {
    slug: 'chefs-table',
    name: 'Private Dinner at the Chef’s Table',
    category: 'experience',
    cost: 8000,
    summary: 'A seven-course dinner for two in our kitchen. Gold members.',
    description:
      'Sit at the pass while the chef cooks seven courses for you and a guest, with paired wines or juices.',
    terms: 'Gold tier only. For two people; book at least 30 days ahead.',
    howToUse: 'Redeem and your concierge will call you to arrange the date.',
    tier: 'gold',
    stock: 'limited',
    limit: 1,
  },
  // Shipping
  {
    slug: 'free-shipping',
    name: 'Free Shipping',
    category: 'free_shipping',
    cost: 100,
    summary: 'Free standard shipping on one online order.',
    description: 'Standard shipping on us for one online order, whatever its size.',
    terms: 'Continental US addresses. One order.',
    howToUse: SHIPPING_HOW_TO,
  },
  {
    slug: 'express-shipping',
    name: 'Free Express Shipping',
    category: 'free_shipping',
    cost: 300,
    summary: 'Free two-day shipping on one online order.',
    description: 'Need it sooner? Express two-day shipping on one online order, on us.',
    terms: 'Continental US addresses. Order by 1 pm for same-day dispatch.',
    howToUse: SHIPPING_HOW_TO,
  },
  {
    slug: 'shipping-month',
    name: 'Free Shipping for a Month',
    category: 'free_shipping',
    cost: 900,
    summary: 'Free standard shipping on every online order for 30 days.',
    description:
      'Thirty days of free standard shipping on every online order, starting the day you redeem.',
    terms: 'Continental US addresses.',
    howToUse: 'Redeem and free shipping applies to your account automatically for 30 days.',
  },
  {
    slug: 'shipping-year',
    name: 'Free Shipping for a Year',
    category: 'free_shipping',
    cost: 5000,
    summary: 'Free express shipping on every order for a year. Silver and Gold members.',
    description:
      'A full year of free express shipping on every online order, starting the day you redeem.',
    terms: 'Silver tier or above. Continental US addresses.',
    howToUse:
      'Redeem and free express shipping applies to your account automatically for 12 months.',
    tier: 'silver',
    validForDays: 60,
    limit: 1,
  },
  // Donations
  donation(
    'donate-animal-rescue',
    100,
    'Coastal Animal Rescue',
    'Help feed and shelter rescued cats and dogs.',
  ),
  donation(
    'donate-trees',
    250,
    'Evergreen Reforestation Trust',
    'Plant native trees where forests have burned.',
    'A seedling pine in cupped hands',
  ),
  donation(
    'donate-coastal-cleanup',
    500,
    'Coastal Cleanup Fund',
    'Keep our beaches and harbours free of plastic.',
  ),
  donation(
    'donate-food-bank',
    1000,
    'Community Food Bank',
    'Stock the shelves of our neighbourhood food bank.',
  ),
  donation(
    'donate-reading',
    2500,
    'Children’s Reading Alliance',
    'Put books in the hands of young readers.',
  ),
  donation(
    'donate-arts',
    5000,
    'Young Artists Scholarship',
    'Fund a summer art course for a local teenager.',
  ),
]

/**
 * The reward catalog as it stands at `now`. Costs and texts are fixed; the generator only
 * varies what would differ between two real catalogs (dates added, popularity, units left).
 */
export function createCatalog(options: { random: Random; now: Date }): CatalogReward[] {
  const { random, now } = options
  return TEMPLATES.map((template) => {
    const createdAt = addDays(now, -random.int(3, 360) - random.next())
    const popularity = Math.round(
      (4000 / Math.sqrt(template.cost + 50)) * (0.4 + random.next() * 1.2),
    )
    const stock = template.stock === 'limited' ? random.int(3, 80) : (template.stock ?? null)
    return {
      id: `rwd_${template.slug.replaceAll('-', '_')}`,
      name: template.name,
      summary: template.summary,
      description: template.description,
      category: template.category,
      cost: template.cost,
      image: template.imageAlt
        ? { url: `/rewards/${template.slug}.svg`, alt: template.imageAlt }
        : null,
      value: template.value === undefined ? null : { amount: template.value, currency: 'USD' },
      cause: template.cause ?? null,
      stock,
      tierRequired: template.tier ? TIER_IDS[template.tier] : null,
      validUntil:
        template.validForDays === undefined
          ? null
          : toTimestamp(endOfUtcDay(addDays(now, template.validForDays))),
      createdAt: toTimestamp(createdAt),
      popularity,
      limitPerMember: template.limit ?? null,
      terms: template.terms,
      howToUse: template.howToUse,
    }
  })
}

/** Whether any member could redeem the reward at `now`, tier aside. */
export function isAvailable(reward: CatalogReward, now: Date): boolean {
  const inStock = reward.stock === null || reward.stock > 0
  const stillValid = reward.validUntil === null || Date.parse(reward.validUntil) > now.getTime()
  return inStock && stillValid
}
