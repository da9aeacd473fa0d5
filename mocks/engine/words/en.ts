import { englishIssues } from './english-issues'
import type { Wording } from './wording'

const STORE_TERMS =
  'One per redemption. Cannot be exchanged for cash or combined with other rewards.'
const VOUCHER_HOW_TO =
  'Redeem to get a voucher code. Show the code at the till or enter it at checkout online before it expires.'
const CAFE_HOW_TO = 'Redeem, then show the voucher in the app at any Harbor & Pine café counter.'
const SHIPPING_HOW_TO =
  'Redeem, then enter the voucher code at checkout; the shipping cost drops to zero.'

const FINISHES = {
  speckled: 'Speckled',
  'hand-thrown': 'Hand-Thrown',
  'olive-wood': 'Olive Wood',
  copper: 'Copper',
  linen: 'Linen',
  enamel: 'Enamel',
  stoneware: 'Stoneware',
  walnut: 'Walnut',
  brass: 'Brass',
  seaglass: 'Seaglass',
  oak: 'Oak',
  cedar: 'Cedar',
} as const
const PRODUCTS = {
  'espresso-cup': 'Espresso Cup',
  'pour-over-kettle': 'Pour-Over Kettle',
  'tea-towel': 'Tea Towel',
  'butter-dish': 'Butter Dish',
  'salad-bowl': 'Salad Bowl',
  'bread-knife': 'Bread Knife',
  'cheese-board': 'Cheese Board',
  'honey-jar': 'Honey Jar',
  'oven-mitt': 'Oven Mitt',
  'coffee-scoop': 'Coffee Scoop',
  'water-carafe': 'Water Carafe',
  'serving-spoon': 'Serving Spoon',
  'pepper-mill': 'Pepper Mill',
  apron: 'Apron',
  candle: 'Candle',
  notebook: 'Notebook',
} as const
const DEPARTMENTS = {
  kitchenware: 'Kitchenware',
  'home-goods': 'Home Goods',
  'coffee-beans': 'Coffee Beans',
  tableware: 'Tableware',
  'bath-body': 'Bath & Body',
  stationery: 'Stationery',
  garden: 'Garden',
  cafe: 'the Café',
  pantry: 'Pantry',
  'outdoor-gear': 'Outdoor Gear',
} as const
const TOPICS = {
  sourdough: 'Sourdough',
  'latte-art': 'Latte Art',
  'wine-tasting': 'Wine Tasting',
  'pasta-making': 'Pasta Making',
  'candle-pouring': 'Candle Pouring',
  'flower-arranging': 'Flower Arranging',
  'knife-sharpening': 'Knife Sharpening',
  'tea-blending': 'Tea Blending',
  'cheese-tasting': 'Cheese Tasting',
  foraging: 'Foraging',
  watercolour: 'Watercolour',
  chocolate: 'Chocolate',
} as const
const FORMATS = {
  workshop: 'Workshop',
  evening: 'Evening',
  masterclass: 'Masterclass',
  morning: 'Morning',
  tour: 'Tour',
} as const
const SHIPPING = {
  standard: 'Standard',
  express: 'Express',
  'next-day': 'Next-Day',
  weekend: 'Weekend',
  holiday: 'Holiday',
  'gift-wrapped': 'Gift-Wrapped',
} as const
const STORES = {
  'harbor-street': 'Harbor Street',
  'pine-market': 'Pine Market',
  'old-mill-yard': 'Old Mill Yard',
} as const
const REVIEWED = {
  'speckled-mug': 'Speckled Stoneware Mug',
  'harbor-morning-beans': 'Harbor Morning Coffee Beans',
  'cedar-candle': 'Cedar & Sea Salt Candle',
  'linen-apron': 'Linen Apron',
  'camp-kettle': 'Enamel Camp Kettle',
  'pine-ridge-roast': 'Pine Ridge Dark Roast',
} as const

const EVENTS = {
  cupping: 'Coffee cupping at Pine Market',
  'latte-art': 'Latte art workshop',
  'candle-making': 'Candle making evening',
  'harvest-tasting': 'Harvest tasting',
} as const

const times = (count: number) => (count === 1 ? 'once' : `${count} times`)

/** English: the words the mock API has always used. */
export const en: Wording = {
  issues: englishIssues,
  intlLocale: 'en-US',
  program: { name: 'Harbor & Pine Rewards', points: { one: 'point', other: 'points' } },
  tiers: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold' },
  benefits: {
    birthdayGift: {
      title: 'Birthday gift',
      description: '100 bonus points and a treat from the café in your birthday month.',
    },
    memberOffers: {
      title: 'Member-only offers',
      description: 'Offers and prices that only members see, in the app and by email.',
    },
    freeShipping: {
      title: 'Free standard shipping',
      description: 'Free standard shipping on every online order, with no minimum spend.',
    },
    freeExpressShipping: {
      title: 'Free express shipping',
      description: 'Free express shipping on every online order, with no minimum spend.',
    },
    earlyAccess: {
      title: 'Early access',
      description: 'Shop seasonal collections and sales 48 hours before everyone else.',
    },
    privateEvents: {
      title: 'Private events',
      description: 'Invitations to tastings, workshops and after-hours shopping evenings.',
    },
    concierge: {
      title: 'Personal concierge',
      description: 'A named member of our team for gifts, special orders and anything else.',
    },
    monthlyTreat: {
      title: 'A monthly café treat',
      description: 'A free drink or pastry at the café every month, on us.',
    },
  },

  rewards: {
    'extra-shot': {
      name: 'Free Extra Shot',
      summary: 'Add an extra espresso shot to any drink.',
      description:
        'A second (or third) shot of our house espresso in any hot or iced drink, on us.',
      terms: `Valid on one drink. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-pastry': {
      name: 'Free Pastry',
      summary: 'Any pastry from the café counter.',
      description:
        'Croissant, cinnamon knot, seasonal tart: pick any pastry baked in our kitchen that morning.',
      terms: `While the day’s bake lasts. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: 'A flaky butter croissant on a small ceramic plate',
    },
    'coffee-3-off': {
      name: '$3 off Any Coffee Drink',
      summary: '$3 off any coffee drink at our cafés.',
      description: 'Take $3 off any coffee drink, from a drip to a large oat-milk latte.',
      terms: `Not valid on bags of beans. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-coffee': {
      name: 'Free Coffee',
      summary: 'Any size drip coffee or americano.',
      description: 'A drip coffee or americano in any size, brewed from this month’s house roast.',
      terms: `Milk alternatives and syrups are extra. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: 'A steaming cup of black coffee in a Harbor & Pine mug',
    },
    'free-latte': {
      name: 'Free Latte',
      summary: 'Any size latte, hot or iced.',
      description:
        'A latte in any size with your choice of milk, hot or iced, with one syrup if you like.',
      terms: STORE_TERMS,
      howToUse: CAFE_HOW_TO,
    },
    'five-off': {
      name: '$5 off',
      summary: '$5 off any purchase of $25 or more.',
      description: 'Take $5 off an order of $25 or more, in store or online.',
      terms: `Minimum spend $25 before tax. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A gift voucher printed with “$5 off”',
    },
    'fifteen-percent-off': {
      name: '15% off One Item',
      summary: '15% off any single full-price item.',
      description:
        'Pick the thing you have had your eye on: 15% comes off one full-price item of any value.',
      terms: `Full-price items only; excludes gift cards. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'ten-off': {
      name: '$10 off',
      summary: '$10 off any purchase of $40 or more.',
      description: 'Take $10 off an order of $40 or more, in store or online.',
      terms: `Minimum spend $40 before tax. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'home-weekend-20': {
      name: '20% off Home Goods Weekend',
      summary: '20% off everything in the home department for one weekend.',
      description:
        'Linens, candles, ceramics and cookware: 20% off everything in the home department, one weekend of your choice.',
      terms: `Valid Friday to Sunday on one order. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'twenty-five-off': {
      name: '$25 off',
      summary: '$25 off any purchase of $100 or more.',
      description: 'Take $25 off an order of $100 or more, in store or online.',
      terms: `Minimum spend $100 before tax. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'fifty-off': {
      name: '$50 off',
      summary: '$50 off any purchase of $175 or more. Silver and Gold members.',
      description: 'Take $50 off an order of $175 or more, in store or online.',
      terms: `Minimum spend $175 before tax. Silver tier or above. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'hundred-off': {
      name: '$100 off',
      summary: '$100 off any purchase of $300 or more. Gold members.',
      description: 'Take $100 off an order of $300 or more, in store or online.',
      terms: `Minimum spend $300 before tax. Gold tier only. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'coffee-beans': {
      name: 'Free Bag of Coffee Beans',
      summary: 'A 340 g bag of any roast, whole bean or ground.',
      description:
        'Choose any of our roasts, from the bright Harbor Morning to the dark Pine Ridge, whole bean or ground for your brewer.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A kraft paper bag of coffee beans with the Harbor & Pine label',
    },
    'ceramic-mug': {
      name: 'Free Ceramic Mug',
      summary: 'Our hand-glazed 12 oz stoneware mug.',
      description:
        'Thrown and glazed by a small pottery on the coast; every one is slightly different.',
      terms: `While stocks last. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A speckled blue stoneware mug',
    },
    'signature-candle': {
      name: 'Free Signature Candle',
      summary: 'Our cedar and sea-salt soy candle, 40 hours of burn.',
      description:
        'Hand-poured soy wax in a reusable amber jar, scented with cedar, sea salt and a little smoke.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'olive-oil': {
      name: 'Free Estate Olive Oil',
      summary: 'A 500 ml bottle of single-estate extra virgin olive oil.',
      description:
        'Cold-pressed this harvest from a single family estate; grassy, peppery and good on everything.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'linen-napkins': {
      name: 'Free Linen Napkins (Set of 4)',
      summary: 'Four stonewashed linen napkins in oat.',
      description: 'Soft, stonewashed European linen that only gets better in the wash.',
      terms: `While stocks last. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'cast-iron-skillet': {
      name: 'Free Cast-Iron Skillet',
      summary: 'A pre-seasoned 10-inch cast-iron skillet. Gold members.',
      description:
        'The pan you will hand down: pre-seasoned, oven-safe and ready for the first egg.',
      terms: `Gold tier only. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'enamel-pins': {
      name: 'Enamel Pin Set',
      summary: 'Three enamel pins: harbour, pine and lighthouse.',
      description:
        'A set of three hard-enamel pins on a card, designed by our in-house illustrator.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'reusable-cup': {
      name: 'Reusable Travel Cup',
      summary: 'A 12 oz insulated cup; 25 cents off every refill.',
      description:
        'Double-walled steel with a leak-proof lid. Bring it to any of our cafés for 25 cents off every drink.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A forest-green insulated travel cup with a cork lid',
    },
    'holiday-ornament': {
      name: 'Holiday Ornament',
      summary: 'This year’s hand-painted glass ornament.',
      description: 'A hand-painted glass lighthouse, made in a limited run for this season only.',
      terms: `Limited edition, while stocks last. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'tote-bag': {
      name: 'Canvas Tote Bag',
      summary: 'A heavy canvas tote with a long strap.',
      description:
        'Heavyweight organic cotton canvas, an inside pocket and a strap long enough to wear over a coat.',
      terms: `While stocks last. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A natural canvas tote bag printed with a pine tree',
    },
    'wool-throw': {
      name: 'Wool Throw Blanket',
      summary: 'A lambswool throw in forest check. Silver and Gold members.',
      description:
        'Woven in a family mill from soft lambswool, 130 by 180 cm: made for the sofa and the porch.',
      terms: `Silver tier or above. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'picnic-set': {
      name: 'Picnic Set for Two',
      summary: 'A willow basket with plates, cups and a blanket. Gold members.',
      description:
        'Everything for an afternoon outside: a willow basket, enamel plates and cups, linen napkins and a waterproof blanket.',
      terms: `Gold tier only, while stocks last. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'A willow picnic basket open on a checked blanket',
    },
    'roastery-tour': {
      name: 'Behind-the-Scenes Roastery Tour',
      summary: 'An hour in our roastery with the head roaster, plus a tasting.',
      description:
        'See green beans become your morning coffee, ask the roaster anything and taste three roasts side by side.',
      terms: 'Saturday mornings; book at least 7 days ahead. For one person.',
      howToUse: 'Redeem, then book a Saturday slot with the link in your voucher.',
    },
    'forest-walk': {
      name: 'Guided Forest Walk & Breakfast',
      summary: 'A two-hour guided walk followed by breakfast at the café.',
      description:
        'Walk the coastal pines with a local naturalist, then warm up with a full breakfast at our Harbor Street café.',
      terms: 'Monthly, weather permitting; a rained-out walk is rebooked. For one person.',
      howToUse: 'Redeem, then choose a date with the link in your voucher.',
    },
    'coffee-cupping': {
      name: 'Coffee Cupping Workshop',
      summary: 'Learn to taste coffee like a professional, in 90 minutes.',
      description:
        'Slurp, score and compare six coffees from three continents with our green-coffee buyer.',
      terms: 'For one person; held twice a month. Book at least 3 days ahead.',
      howToUse: 'Redeem, then book a session with the link in your voucher.',
      imageAlt: 'Rows of small coffee cups on a wooden cupping table',
    },
    'pottery-evening': {
      name: 'Pottery Evening',
      summary: 'Throw your own mug at the studio that makes ours.',
      description:
        'Three hours at the wheel with a potter, then we glaze and fire your mug and post it to you.',
      terms: 'For one person, 18 and over. Book at least 14 days ahead.',
      howToUse: 'Redeem, then book an evening with the link in your voucher.',
    },
    'cooking-class': {
      name: 'Cooking Class: Autumn Soups',
      summary: 'A hands-on evening class with our kitchen team.',
      description:
        'Make three seasonal soups and a loaf of soda bread, then sit down to eat them together.',
      terms: 'For one person. Dietary needs can be met with 7 days’ notice.',
      howToUse: 'Redeem, then pick a class date with the link in your voucher.',
      imageAlt: 'Hands chopping vegetables next to a pot of soup',
    },
    'knife-skills': {
      name: 'Knife Skills Class',
      summary: 'Two hours on sharpening and cutting. Silver and Gold members.',
      description:
        'Learn to sharpen, hone and use a chef’s knife safely and fast; take home a honing rod.',
      terms: 'Silver tier or above. For one person.',
      howToUse: 'Redeem, then book a class with the link in your voucher.',
    },
    'chefs-table': {
      name: 'Private Dinner at the Chef’s Table',
      summary: 'A seven-course dinner for two in our kitchen. Gold members.',
      description:
        'Sit at the pass while the chef cooks seven courses for you and a guest, with paired wines or juices.',
      terms: 'Gold tier only. For two people; book at least 30 days ahead.',
      howToUse: 'Redeem and your concierge will call you to arrange the date.',
    },
    'free-shipping': {
      name: 'Free Shipping',
      summary: 'Free standard shipping on one online order.',
      description: 'Standard shipping on us for one online order, whatever its size.',
      terms: 'Continental US addresses. One order. The code does not expire.',
      howToUse: SHIPPING_HOW_TO,
    },
    'express-shipping': {
      name: 'Free Express Shipping',
      summary: 'Free two-day shipping on one online order.',
      description: 'Need it sooner? Express two-day shipping on one online order, on us.',
      terms: 'Continental US addresses. Order by 1 pm for same-day dispatch.',
      howToUse: SHIPPING_HOW_TO,
    },
    'shipping-month': {
      name: 'Free Shipping for a Month',
      summary: 'Free standard shipping on every online order for 30 days.',
      description:
        'Thirty days of free standard shipping on every online order, starting the day you redeem.',
      terms: 'Continental US addresses.',
      howToUse: 'Redeem and free shipping applies to your account automatically for 30 days.',
    },
    'shipping-year': {
      name: 'Free Shipping for a Year',
      summary: 'Free express shipping on every order for a year. Silver and Gold members.',
      description:
        'A full year of free express shipping on every online order, starting the day you redeem.',
      terms: 'Silver tier or above. Continental US addresses.',
      howToUse:
        'Redeem and free express shipping applies to your account automatically for 12 months.',
    },
  },
  donations: {
    'donate-animal-rescue': { summary: 'Help feed and shelter rescued cats and dogs.' },
    'donate-trees': {
      summary: 'Plant native trees where forests have burned.',
      imageAlt: 'A seedling pine in cupped hands',
    },
    'donate-coastal-cleanup': { summary: 'Keep our beaches and harbours free of plastic.' },
    'donate-food-bank': { summary: 'Stock the shelves of our neighbourhood food bank.' },
    'donate-reading': { summary: 'Put books in the hands of young readers.' },
    'donate-arts': { summary: 'Fund a summer art course for a local teenager.' },
  },
  causes: {
    'animal-rescue': 'Coastal Animal Rescue',
    reforestation: 'Evergreen Reforestation Trust',
    'coastal-cleanup': 'Coastal Cleanup Fund',
    'food-bank': 'Community Food Bank',
    reading: 'Children’s Reading Alliance',
    'young-artists': 'Young Artists Scholarship',
    lighthouse: 'Harbor Lighthouse Trust',
    hospice: 'Pine Valley Hospice',
  },
  donation: {
    name: ({ points, amount, cause }) => `Donate ${points}: we give ${amount} to ${cause}`,
    description: ({ points, amount, cause }) =>
      `Turn ${points} into a ${amount} gift to ${cause}. Every cent goes to the cause, and we publish the totals every quarter.`,
    terms:
      'Donations are made by Harbor & Pine and are not tax-deductible for you. Points cannot be returned once donated.',
    howToUse: 'Redeem and we make the donation on your behalf within 30 days. No voucher needed.',
  },
  storeTerms: STORE_TERMS,
  voucherHowTo: VOUCHER_HOW_TO,
  shippingHowTo: SHIPPING_HOW_TO,
  generated: {
    discount: ({ amount, department, number }) => ({
      name: `${amount} off ${DEPARTMENTS[department]} No. ${number}`,
      summary: `${amount} off anything in ${DEPARTMENTS[department]}.`,
      description: `Take ${amount} off an order from ${DEPARTMENTS[department]}, in store or online.`,
    }),
    freeProduct: ({ finish, product, number }) => {
      const thing = `${FINISHES[finish]} ${PRODUCTS[product]}`
      return {
        name: `Free ${thing} No. ${number}`,
        summary: `A ${thing.toLowerCase()} from our shelves, on us.`,
        description: `Pick up a ${thing.toLowerCase()} in any Harbor & Pine store or add it to an online order.`,
      }
    },
    gift: ({ product, number }) => ({
      name: `${PRODUCTS[product]} No. ${number}`,
      summary: `A ${PRODUCTS[product].toLowerCase()} made for members.`,
      description: `A members-only ${PRODUCTS[product].toLowerCase()}, made in a small run by one of our makers.`,
    }),
    experience: ({ topic, format, number }) => {
      const what = TOPICS[topic]
      const how = FORMATS[format]
      return {
        name: `${what} ${how} No. ${number}`,
        summary: `A hands-on ${what.toLowerCase()} ${how.toLowerCase()} with our team.`,
        description: `Spend an unhurried ${how.toLowerCase()} learning ${what.toLowerCase()} from people who do it every day.`,
      }
    },
    freeShipping: ({ kind, number }) => ({
      name: `Free ${SHIPPING[kind]} Shipping No. ${number}`,
      summary: `${SHIPPING[kind]} shipping on one online order, on us.`,
      description: `${SHIPPING[kind]} shipping on us for one online order, whatever its size.`,
    }),
    donation: ({ points, amount, cause, number }) => ({
      name: `Donate ${points} to ${cause} No. ${number}`,
      summary: `We give ${amount} to ${cause}.`,
      description: `Turn ${points} into a ${amount} gift to ${cause}.`,
    }),
    experienceTerms: 'For one person. Book at least 7 days ahead.',
    experienceHowTo: 'Redeem, then book a date with the link in your voucher.',
  },

  earning: {
    rules: {
      purchase: {
        title: 'Shop with us',
        description: () =>
          'Earn points on every purchase, in our shops and online. Some products earn more, gift cards earn none, and your tier multiplies it all.',
      },
      review: {
        title: 'Write a product review',
        description: () =>
          'Tell other customers what you think of something you bought. The points post once the review is approved.',
      },
      newsletter: {
        title: 'Subscribe to the newsletter',
        description: () => 'New arrivals, tastings and member offers, once a week by email.',
      },
      referral: {
        title: 'Refer a friend',
        description: () =>
          'When a friend you invite joins and makes a first purchase, you both earn.',
      },
      app: {
        title: 'Get the app',
        description: () =>
          'Connect the Harbor & Pine app to your account and scan your card at the till.',
      },
      event: {
        title: 'Come to an event',
        description: () => 'Tastings and workshops in our shops: scan your card at the door.',
      },
      instagram: {
        title: 'Follow us on Instagram',
        description: () => 'Behind the scenes at the roastery, and new products first.',
      },
      tiktok: {
        title: 'Follow us on TikTok',
        description: () => 'Behind the scenes at the roastery, and new products first.',
      },
      birthday: {
        title: 'Birthday gift',
        description: (points) =>
          `${points} and a treat from the café, every year in your birth month.`,
      },
    },
    categories: {
      coffee: 'Coffee beans & tea',
      cafe: 'Café drinks & food',
      home: 'Home & kitchen',
      accessories: 'Accessories',
      gift_cards: 'Gift cards',
    },
    events: EVENTS,
    birthdayTreat: {
      name: 'Birthday treat',
      howToUse:
        'Show this code at the café counter for a drink and a pastry on us, until the end of your birth month.',
    },
  },

  history: {
    onlineOrder: (order) => `Online order #HP-${order}`,
    inStore: (store) => `In-store purchase, ${STORES[store]}`,
    review: (product) => `Review: ${REVIEWED[product]}`,
    newsletter: 'Signed up for the newsletter',
    referral: (friend) => `Referral: ${friend} joined and made a first purchase`,
    partnerPurchase: (partner) => `Purchase at ${partner}`,
    challengeCompleted: (challenge) => `Challenge completed: ${challenge}`,
    punchCardFilled: (card) => `Punch card filled: ${card}`,
    birthday: 'Happy birthday from Harbor & Pine',
    redeemed: (reward) => `Redeemed: ${reward}`,
    donated: (reward) => `Donated: ${reward}`,
    app: 'Connected the app',
    social: (network) => `Followed us on ${network}`,
    event: (event) => `Event: ${EVENTS[event]}`,
    partner: (partner) => `Purchase at ${partner}`,
    expired: (points, lot) => `${points} from “${lot}” expired`,
    welcome: (program) => `Welcome to ${program}`,
    surveyAnswered: 'Thank you for answering our question',
    optedIn: (channel) =>
      `Opted in to ${{ email: 'e-mail', sms: 'text messages', push: 'push notifications' }[channel]}`,
    goodwill: 'Goodwill credit: sorry your order arrived late',
    missingPoints: (order) => `Correction: points missing from online order #HP-${order}`,
    orderReturned: (order) => `Points taken back: online order #HP-${order} was returned`,
  },

  problemTitles: {
    bad_request: 'Invalid request',
    unauthorized: 'Please sign in',
    forbidden: 'Not allowed',
    not_found: 'Not found',
    conflict: 'Conflict',
    rate_limited: 'Too many requests',
    internal_error: 'Internal error',
    service_unavailable: 'Service unavailable',
    insufficient_points: 'Not enough points',
    out_of_stock: 'Out of stock',
    tier_required: 'A higher tier is required',
    limit_reached: 'Limit reached',
    cost_changed: 'The cost has changed',
    already_completed: 'Already done',
    idempotency_key_reused: 'Idempotency key already used',
    idempotency_key_in_use: 'A request with this idempotency key is still being processed',
    invalid_credentials: 'Email or password is incorrect',
    account_locked: 'This account is locked',
    email_taken: 'This email is already registered',
  },
  problems: {
    rewardNotFound: (id) => ({
      title: 'Reward not found',
      detail: `There is no reward with id “${id}”.`,
    }),
    noLongerOffered: ({ reward, until }) => ({
      title: 'This reward is no longer offered',
      detail: `“${reward}” could be redeemed until ${until}.`,
    }),
    costChanged: ({ reward, cost, expected }) => ({
      detail: `“${reward}” now costs ${cost}, not ${expected}.`,
    }),
    tierRequired: ({ reward, required, mine }) => ({
      detail: `“${reward}” is for ${required} members and above; you are ${mine}.`,
    }),
    limitReached: ({ reward, limit, redeemed }) => ({
      detail: `“${reward}” can be redeemed ${times(limit)} per member, and you have redeemed it ${times(redeemed)}.`,
    }),
    outOfStock: ({ reward }) => ({ detail: `“${reward}” has run out.` }),
    insufficientPoints: ({ reward, cost, available, short }) => ({
      detail: `“${reward}” costs ${cost} and you have ${available}: ${short} short.`,
    }),
    notEnoughAvailable: ({ needed, available }) => ({
      detail: `${needed} needed but only ${available} available`,
    }),
    keyReused: ({ key, rewardId, cost }) => ({
      detail: `The Idempotency-Key “${key}” was used for a different request (reward ${rewardId} at ${cost}). Use a new key for a new request.`,
    }),
    emailTaken: {
      title: 'This email is already registered',
      detail:
        'A member with this email already exists. Sign in, or reset the password if it is forgotten.',
    },
    joinKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used to join with other details. Use a new key for a new request.`,
    }),
    actionNotFound: (id) => ({
      title: 'Action not found',
      detail: `There is no action with id “${id}”.`,
    }),
    alreadyCompleted: ({ date }) => ({
      title: 'Already done',
      detail: `You completed this on ${date}, and it earns once: its points are in your balance.`,
    }),
    actionKeyReused: ({ key, actionId }) => ({
      detail: `The Idempotency-Key “${key}” was used for a different request (action ${actionId}). Use a new key for a new request.`,
    }),
    birthdayAlreadySet: {
      title: 'Your birthday is already set',
      detail:
        'Your birthday is on file, and it can be set only once. To correct it, contact member services.',
    },
    noSuchDay: ({ month, day }) => ({
      title: 'Not a date',
      detail: `There is no day ${day} in month ${month}.`,
    }),
    vipAlready: {
      title: 'You’re VIP already',
      detail: 'Your VIP membership is active, so there is nothing to pay for now.',
    },
    vipUntil: ({ date }) => ({
      title: 'You’re VIP until your paid period ends',
      detail: `Your VIP membership is cancelled and its benefits last until ${date}. You can join again after that day.`,
    }),
    vipPending: {
      title: 'Your VIP payment is being confirmed',
      detail:
        'The payment provider hasn’t confirmed your payment yet. Your VIP membership starts as soon as it does; there is nothing more to pay.',
    },
    notVip: {
      title: 'No VIP membership to cancel',
      detail: 'You are not a VIP member, so there is nothing to cancel.',
    },
    checkoutKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used to start another checkout. Use a new key for a new request.`,
    }),
    cancelKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used for a different request. Use a new key for a new request.`,
    }),
    birthdayKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used to set another birthday. Use a new key for a new request.`,
    }),
    surveyAnswered: ({ date }) => ({
      title: 'Already answered',
      detail: `You answered this period’s question on ${date}. Thank you: we’ll ask again next period.`,
    }),
    surveyNotCurrent: ({ surveyId }) => ({
      title: 'Not this period’s question',
      detail: `“${surveyId}” is not the question of this period.`,
    }),
    surveyNotEligible: {
      title: 'Not asked yet',
      detail: 'We ask members once they have been with us for 30 days.',
    },
    surveyKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used for another answer. Use a new key for a new request.`,
    }),
    preferenceKeyReused: ({ key }) => ({
      detail: `The Idempotency-Key “${key}” was used for another preference. Use a new key for a new request.`,
    }),
    termsNotAccepted: {
      title: 'Invalid body',
      detail: 'acceptedTerms: the program’s terms must be accepted',
    },
    firstNameBlank: { title: 'Invalid body', detail: 'firstName: must not be blank' },
    keyInUse: ({ key }) => ({
      detail: `A request with the Idempotency-Key “${key}” is still being processed. Ask again shortly for its result.`,
    }),
    keyLength: (max) => ({ detail: `An Idempotency-Key is 1 to ${max} characters.` }),
    keyMissing: {
      title: 'Idempotency-Key header is required',
      detail:
        'Send a unique Idempotency-Key header with every redemption, and the same one when you retry it.',
    },
    keyInvalid: (reason) => ({ title: 'Invalid Idempotency-Key', detail: reason }),
    badCursor: {
      title: 'Invalid cursor',
      detail: 'The cursor is not one this server handed out',
    },
    invalidQuery: (issues) => ({ title: 'Invalid query', detail: issues }),
    invalidBody: (issues) => ({ title: 'Invalid body', detail: issues }),
    bodyNotJson: { title: 'Invalid body', detail: 'The body is not JSON.' },
    notACount: ({ what, value }) => ({
      detail: {
        cost: `A cost must be a whole number ≥ 0, got ${value}`,
        stock: `Stock must be a whole number ≥ 0, got ${value}`,
        earned: `Earned points must be a positive integer, got ${value}`,
        spent: `A cost must be a whole number of points, got ${value}`,
      }[what],
    }),
    postsBeforeEarned: { detail: 'Points cannot post before they are earned' },
    overdrawn: ({ points }) => ({
      detail: `A debit spends ${points} more than were available then`,
    }),
    signedOut: {
      title: 'Please sign in',
      detail: 'You are not signed in, or your session has ended. Sign in again to continue.',
    },
    sessionEnded: { title: 'Unauthorized', detail: 'The session has ended. Sign in again.' },
    invalidCredentials: { detail: 'Check your email and password and try again.' },
    accountLocked: {
      detail: 'For your security, this account is locked. Contact member services to unlock it.',
    },
    noSuchOperation: ({ method, path }) => ({
      detail: `The loyalty API has no ${method} ${path}.`,
    }),
    internalError: { detail: 'The loyalty API failed to answer this request.' },
    unavailable: { detail: 'The loyalty API is down for a moment. Try again shortly.' },
  },
}
