/**
 * The mock API's own words for the ways to earn and the activity, in every language the portal
 * ships, chosen per request by its Accept-Language. The engine keeps phrases (a key and its
 * values) rather than sentences, so one ledger reads in the language of whoever asks.
 */

export const ENGINE_LOCALES = ['en', 'es', 'ar'] as const
export type EngineLocale = (typeof ENGINE_LOCALES)[number]

const en = {
  'rule.purchase.title': 'Shop with us',
  'rule.purchase.description':
    'Earn points on every purchase, in our shops and online. Some products earn more, gift cards earn none, and your tier multiplies it all.',
  'rule.review.title': 'Write a product review',
  'rule.review.description':
    'Tell other customers what you think of something you bought. The points post once the review is approved.',
  'rule.newsletter.title': 'Subscribe to the newsletter',
  'rule.newsletter.description': 'New arrivals, tastings and member offers, once a week by email.',
  'rule.referral.title': 'Refer a friend',
  'rule.referral.description':
    'When a friend you invite joins and makes a first purchase, you both earn.',
  'rule.app.title': 'Get the app',
  'rule.app.description':
    'Connect the Harbor & Pine app to your account and scan your card at the till.',
  'rule.event.title': 'Come to an event',
  'rule.event.description': 'Tastings and workshops in our shops: scan your card at the door.',
  'rule.instagram.title': 'Follow us on Instagram',
  'rule.tiktok.title': 'Follow us on TikTok',
  'rule.social.description': 'Behind the scenes at the roastery, and new products first.',
  'rule.birthday.title': 'Birthday gift',
  'rule.birthday.description':
    '{points} bonus points and a treat from the café, every year in your birth month.',
  'category.coffee': 'Coffee beans & tea',
  'category.cafe': 'Café drinks & food',
  'category.home': 'Home & kitchen',
  'category.accessories': 'Accessories',
  'category.gift_cards': 'Gift cards',
  'ledger.order-online': 'Online order #{order}',
  'ledger.order-store': 'In-store purchase, {store}',
  'ledger.review': 'Review: {product}',
  'ledger.referral': 'Referral: {friend} joined and made a first purchase',
  'ledger.newsletter': 'Subscribed to the newsletter',
  'ledger.app': 'Connected the app',
  'ledger.social': 'Followed us on {network}',
  'ledger.birthday': 'Birthday gift',
  'ledger.event': 'Event: {event}',
  'ledger.partner': 'Purchase at {partner}',
  'ledger.redeemed': 'Redeemed: {reward}',
  'ledger.donated': 'Donated: {reward}',
  'ledger.expired': 'Expired: points from “{entry}”',
  'ledger.adjustment': '{reason}',
  'gift.birthday.name': 'Birthday treat',
  'gift.birthday.how':
    'Show this code at the café counter for a drink and a pastry on us, until the end of your birth month.',
} as const

export type PhraseKey = keyof typeof en

const es: Record<PhraseKey, string> = {
  'rule.purchase.title': 'Compra con nosotros',
  'rule.purchase.description':
    'Gana puntos con cada compra, en nuestras tiendas y en línea. Algunos productos dan más, las tarjetas regalo no dan puntos y tu nivel lo multiplica todo.',
  'rule.review.title': 'Escribe una reseña de producto',
  'rule.review.description':
    'Cuenta a otros clientes qué te parece algo que compraste. Los puntos se acreditan cuando se aprueba la reseña.',
  'rule.newsletter.title': 'Suscríbete al boletín',
  'rule.newsletter.description':
    'Novedades, catas y ofertas para socios, una vez por semana por correo.',
  'rule.referral.title': 'Recomienda a un amigo',
  'rule.referral.description':
    'Cuando un amigo al que invitas se une y hace su primera compra, ganáis los dos.',
  'rule.app.title': 'Descarga la app',
  'rule.app.description':
    'Conecta la app de Harbor & Pine a tu cuenta y escanea tu tarjeta en caja.',
  'rule.event.title': 'Ven a un evento',
  'rule.event.description':
    'Catas y talleres en nuestras tiendas: escanea tu tarjeta en la entrada.',
  'rule.instagram.title': 'Síguenos en Instagram',
  'rule.tiktok.title': 'Síguenos en TikTok',
  'rule.social.description': 'Lo que pasa en el tostadero y los productos nuevos antes que nadie.',
  'rule.birthday.title': 'Regalo de cumpleaños',
  'rule.birthday.description':
    '{points} puntos extra y un detalle de la cafetería, cada año en el mes de tu cumpleaños.',
  'category.coffee': 'Café en grano y té',
  'category.cafe': 'Bebidas y comida de la cafetería',
  'category.home': 'Hogar y cocina',
  'category.accessories': 'Accesorios',
  'category.gift_cards': 'Tarjetas regalo',
  'ledger.order-online': 'Pedido en línea n.º {order}',
  'ledger.order-store': 'Compra en tienda, {store}',
  'ledger.review': 'Reseña: {product}',
  'ledger.referral': 'Recomendación: {friend} se unió e hizo su primera compra',
  'ledger.newsletter': 'Suscripción al boletín',
  'ledger.app': 'App conectada',
  'ledger.social': 'Nos sigues en {network}',
  'ledger.birthday': 'Regalo de cumpleaños',
  'ledger.event': 'Evento: {event}',
  'ledger.partner': 'Compra en {partner}',
  'ledger.redeemed': 'Canjeado: {reward}',
  'ledger.donated': 'Donado: {reward}',
  'ledger.expired': 'Caducados: puntos de «{entry}»',
  'ledger.adjustment': '{reason}',
  'gift.birthday.name': 'Detalle de cumpleaños',
  'gift.birthday.how':
    'Muestra este código en la barra de la cafetería y te invitamos a una bebida y un dulce, hasta el final del mes de tu cumpleaños.',
}

const ar: Record<PhraseKey, string> = {
  'rule.purchase.title': 'تسوّق معنا',
  'rule.purchase.description':
    'اكسب نقاطًا مع كل عملية شراء، في متاجرنا وعبر الإنترنت. بعض المنتجات تمنح أكثر، وبطاقات الهدايا لا تمنح نقاطًا، ومستواك يضاعف كل ذلك.',
  'rule.review.title': 'اكتب مراجعة لمنتج',
  'rule.review.description':
    'أخبر العملاء الآخرين برأيك في منتج اشتريته. تُضاف النقاط بعد الموافقة على المراجعة.',
  'rule.newsletter.title': 'اشترك في النشرة الإخبارية',
  'rule.newsletter.description':
    'المنتجات الجديدة وجلسات التذوّق وعروض الأعضاء، مرة كل أسبوع عبر البريد الإلكتروني.',
  'rule.referral.title': 'ادعُ صديقًا',
  'rule.referral.description': 'عندما ينضم صديق دعوته ويُجري أول عملية شراء، تكسبان كلاكما.',
  'rule.app.title': 'نزّل التطبيق',
  'rule.app.description': 'اربط تطبيق Harbor & Pine بحسابك وامسح بطاقتك عند الدفع.',
  'rule.event.title': 'احضر فعالية',
  'rule.event.description': 'جلسات تذوّق وورش عمل في متاجرنا: امسح بطاقتك عند الباب.',
  'rule.instagram.title': 'تابعنا على إنستغرام',
  'rule.tiktok.title': 'تابعنا على تيك توك',
  'rule.social.description': 'ما يجري في المحمصة، والمنتجات الجديدة قبل الجميع.',
  'rule.birthday.title': 'هدية عيد الميلاد',
  'rule.birthday.description': '{points} نقطة إضافية وهدية من المقهى، كل عام في شهر ميلادك.',
  'category.coffee': 'حبوب القهوة والشاي',
  'category.cafe': 'مشروبات المقهى وأطعمته',
  'category.home': 'المنزل والمطبخ',
  'category.accessories': 'الإكسسوارات',
  'category.gift_cards': 'بطاقات الهدايا',
  'ledger.order-online': 'طلب عبر الإنترنت رقم {order}',
  'ledger.order-store': 'شراء من المتجر، {store}',
  'ledger.review': 'مراجعة: {product}',
  'ledger.referral': 'دعوة: انضم {friend} وأجرى أول عملية شراء',
  'ledger.newsletter': 'الاشتراك في النشرة الإخبارية',
  'ledger.app': 'ربط التطبيق',
  'ledger.social': 'متابعتنا على {network}',
  'ledger.birthday': 'هدية عيد الميلاد',
  'ledger.event': 'فعالية: {event}',
  'ledger.partner': 'شراء من {partner}',
  'ledger.redeemed': 'استبدال: {reward}',
  'ledger.donated': 'تبرّع: {reward}',
  'ledger.expired': 'انتهت صلاحيتها: نقاط من «{entry}»',
  'ledger.adjustment': '{reason}',
  'gift.birthday.name': 'هدية عيد الميلاد من المقهى',
  'gift.birthday.how':
    'اعرض هذا الرمز عند منضدة المقهى لتحصل على مشروب ومعجنات مجانًا، حتى نهاية شهر ميلادك.',
}

const catalogs: Record<EngineLocale, Record<PhraseKey, string>> = { en, es, ar }

/** Words kept as a key and values; a value may itself be a phrase (an expired lot's name). */
export type Phrase = {
  key: PhraseKey
  values?: Readonly<Record<string, string | number | Phrase>>
}

export const phrase = (key: PhraseKey, values?: Phrase['values']): Phrase =>
  values === undefined ? { key } : { key, values }

/** The phrase in `locale`; numbers grouped the locale's way. */
export function say(words: Phrase, locale: EngineLocale = 'en'): string {
  return catalogs[locale][words.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = words.values?.[name]
    if (value === undefined) return whole
    if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value)
    return typeof value === 'string' ? value : say(value, locale)
  })
}

/**
 * The first language of an Accept-Language header the engine speaks ("es-MX,es;q=0.9" is
 * Spanish), by quality; English when it names none.
 */
export function localeOf(acceptLanguage: string | null | undefined): EngineLocale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const language = tag.split('-')[0]
    const found = ENGINE_LOCALES.find((locale) => locale === language)
    if (found) return found
  }
  return 'en'
}
