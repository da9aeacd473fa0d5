import type { Money } from '@/api/schemas/common'
import type { Partner } from '@/api/schemas/partner'
import { DEFAULT_LANGUAGE, pick, type Language, type Localized } from './language'

/** Partners report purchases within a week; until then their points are pending. */
export const PARTNER_PENDING_DAYS = 7

export type PartnerDefinition = {
  id: string
  name: string
  category: Localized
  description: Localized
  /** `points` for every `per` minor units spent. */
  earnRate: { points: number; per: number }
  url: string
  /** An SVG drawn in a 48×48 box, or null for a partner without a logo. */
  logoSvg: string | null
}

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">${body}</svg>`

// Logos travel inside the answer as data URLs: nothing is fetched from another site.
export const PARTNERS: readonly PartnerDefinition[] = [
  {
    id: 'ptn_northwind_books',
    name: 'Northwind Books',
    category: { en: 'Bookshop', es: 'Librería', ar: 'مكتبة' },
    description: {
      en: 'Independent bookshop with a reading café, in town and online.',
      es: 'Librería independiente con café de lectura, en la ciudad y en línea.',
      ar: 'مكتبة مستقلة فيها مقهى للقراءة، في المدينة وعلى الإنترنت.',
    },
    earnRate: { points: 1, per: 200 },
    url: 'https://northwind-books.example/',
    logoSvg: svg(
      '<rect width="48" height="48" rx="10" fill="#1f3a5f"/><path d="M10 14h12a4 4 0 0 1 4 4v18a3 3 0 0 0-3-3H10z" fill="#f4e9d8"/><path d="M38 14H28a4 4 0 0 0-4 4v18a3 3 0 0 1 3-3h11z" fill="#e3d3b8"/>',
    ),
  },
  {
    id: 'ptn_coastline_cycles',
    name: 'Coastline Cycles',
    category: { en: 'Bike shop', es: 'Tienda de bicicletas', ar: 'متجر دراجات' },
    description: {
      en: 'Bikes, repairs and weekend rentals by the harbour.',
      es: 'Bicicletas, reparaciones y alquiler de fin de semana junto al puerto.',
      ar: 'دراجات وتصليح وتأجير في عطلة نهاية الأسبوع قرب الميناء.',
    },
    earnRate: { points: 1, per: 500 },
    url: 'https://coastline-cycles.example/',
    logoSvg: null,
  },
  {
    id: 'ptn_maple_thyme',
    name: 'Maple & Thyme Kitchen',
    category: { en: 'Restaurant', es: 'Restaurante', ar: 'مطعم' },
    description: {
      en: 'Seasonal plates and Sunday brunch, three streets from our Pine Market shop.',
      es: 'Platos de temporada y brunch los domingos, a tres calles de nuestra tienda de Pine Market.',
      ar: 'أطباق موسمية وفطور متأخر يوم الأحد، على بعد ثلاثة شوارع من متجرنا في باين ماركت.',
    },
    earnRate: { points: 1, per: 100 },
    url: 'https://maple-and-thyme.example/',
    logoSvg: svg(
      '<rect width="48" height="48" rx="24" fill="#7a3b1f"/><path d="M24 10c6 6 8 12 0 28-8-16-6-22 0-28z" fill="#f2b84b"/><path d="M24 16v24" stroke="#7a3b1f" stroke-width="2"/>',
    ),
  },
  {
    id: 'ptn_greenway_car_share',
    name: 'Greenway Car Share',
    category: { en: 'Car sharing', es: 'Coche compartido', ar: 'مشاركة السيارات' },
    description: {
      en: 'Electric cars by the hour, parked all over the city.',
      es: 'Coches eléctricos por horas, aparcados por toda la ciudad.',
      ar: 'سيارات كهربائية بالساعة، مركونة في كل أنحاء المدينة.',
    },
    earnRate: { points: 1, per: 300 },
    url: 'https://greenway-car-share.example/',
    logoSvg: svg(
      '<rect width="48" height="48" rx="10" fill="#2f6b3a"/><path d="M10 30l4-9h20l4 9v6H10z" fill="#dff3e2"/><circle cx="16" cy="36" r="3" fill="#2f6b3a"/><circle cx="32" cy="36" r="3" fill="#2f6b3a"/>',
    ),
  },
]

export function partnerById(id: string): PartnerDefinition {
  const partner = PARTNERS.find((candidate) => candidate.id === id)
  if (!partner) throw new Error(`No partner ${id}`)
  return partner
}

/** Points a purchase of `spend` earns at the partner: its rate on whole steps, no multiplier. */
export function partnerPoints(partner: PartnerDefinition, spend: Money): number {
  return Math.floor(spend.amount / partner.earnRate.per) * partner.earnRate.points
}

/** A partner as the API answers it, in `language`. */
export function partnerView(
  partner: PartnerDefinition,
  currency: string,
  language: Language = DEFAULT_LANGUAGE,
): Partner {
  return {
    id: partner.id,
    name: partner.name,
    category: pick(partner.category, language),
    description: pick(partner.description, language),
    earnRate: { points: partner.earnRate.points, per: { amount: partner.earnRate.per, currency } },
    url: partner.url,
    logo: partner.logoSvg === null ? null : `data:image/svg+xml;base64,${btoa(partner.logoSvg)}`,
  }
}
