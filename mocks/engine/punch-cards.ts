import type { PunchCard } from '@/api/schemas/punch-card'
import { toTimestamp } from './dates'
import type { Ledger } from './ledger'
import { DEFAULT_LANGUAGE, localize, pick, type Language, type Localized } from './language'
import { words } from './words/words'

/** A punch card as the program defines it. */
export type PunchCardDefinition = {
  readonly id: string
  readonly name: Localized
  readonly description: Localized
  readonly stampsRequired: number
  readonly reward: { readonly description: Localized; readonly points: number | null }
}

export const PUNCH_CARDS = {
  coffee: {
    id: 'pc_cafe_coffee',
    name: { en: 'Café coffee card', es: 'Tarjeta de café', ar: 'بطاقة قهوة المقهى' },
    description: {
      en: 'Buy 9 coffees at our cafés and the 10th is on us.',
      es: 'Compra 9 cafés en nuestras cafeterías y el décimo corre de nuestra cuenta.',
      ar: 'اشترِ 9 أكواب قهوة من مقاهينا والعاشر علينا.',
    },
    stampsRequired: 9,
    reward: {
      description: {
        en: 'Your 10th coffee free, any size',
        es: 'Tu décimo café gratis, de cualquier tamaño',
        ar: 'قهوتك العاشرة مجانًا، بأي حجم',
      },
      points: null,
    },
  },
  beans: {
    id: 'pc_coffee_beans',
    name: { en: 'Coffee beans card', es: 'Tarjeta de café en grano', ar: 'بطاقة حبوب القهوة' },
    description: {
      en: 'Buy 5 bags of our coffee beans and earn bonus points.',
      es: 'Compra 5 bolsas de nuestro café en grano y gana puntos extra.',
      ar: 'اشترِ 5 أكياس من حبوب قهوتنا واكسب نقاطًا إضافية.',
    },
    stampsRequired: 5,
    reward: {
      description: {
        en: '150 bonus points',
        es: '150 puntos extra',
        ar: '150 نقطة إضافية',
      },
      points: 150,
    },
  },
} as const satisfies Record<string, PunchCardDefinition>

/** Stamps on the member's punch cards, by card, oldest first. */
export class StampBook {
  #stamps = new Map<string, Date[]>()

  stamp(cardId: string, at: Date): void {
    const stamps = this.#stamps.get(cardId) ?? []
    stamps.push(at)
    stamps.sort((a, b) => a.getTime() - b.getTime())
    this.#stamps.set(cardId, stamps)
  }

  /** A card's stamps made by `now`. */
  stampsOf(cardId: string, now: Date): Date[] {
    return (this.#stamps.get(cardId) ?? []).filter((at) => at <= now)
  }
}

/** Moments at which the card was filled by `now`: every stampsRequired-th stamp. */
function fills(card: PunchCardDefinition, stamps: StampBook, now: Date): Date[] {
  return stamps.stampsOf(card.id, now).filter((_, index) => (index + 1) % card.stampsRequired === 0)
}

/**
 * Credits the bonus points of every card filled by `now` and not credited yet, at the moment of
 * the stamp that filled it. Idempotent.
 */
export function awardPunchCards(
  cards: readonly PunchCardDefinition[],
  stamps: StampBook,
  ledger: Ledger,
  now: Date,
): void {
  const credited = new Map<string, number>()
  for (const entry of ledger.entries()) {
    if (entry.kind === 'earned' && entry.source === 'bonus' && entry.relatedId !== undefined) {
      credited.set(entry.relatedId, (credited.get(entry.relatedId) ?? 0) + 1)
    }
  }
  for (const card of cards) {
    const { points } = card.reward
    if (points === null) continue
    for (const at of fills(card, stamps, now).slice(credited.get(card.id) ?? 0)) {
      ledger.earn({
        source: 'bonus',
        points,
        occurredAt: at,
        description: localize((language) =>
          words(language).history.punchCardFilled(card.name[language]),
        ),
        relatedId: card.id,
      })
    }
  }
}

/** A punch card as the member sees it at `now`, in `language`. */
export function punchCardView(
  card: PunchCardDefinition,
  stamps: StampBook,
  now: Date,
  language: Language = DEFAULT_LANGUAGE,
): PunchCard {
  const made = stamps.stampsOf(card.id, now)
  const last = made.at(-1)
  return {
    id: card.id,
    name: pick(card.name, language),
    description: pick(card.description, language),
    stampsRequired: card.stampsRequired,
    stamps: made.length % card.stampsRequired,
    completions: Math.floor(made.length / card.stampsRequired),
    reward: { description: pick(card.reward.description, language), points: card.reward.points },
    lastStampAt: last ? toTimestamp(last) : null,
  }
}
