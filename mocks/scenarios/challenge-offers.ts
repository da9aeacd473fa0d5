import type { ChallengeDefinition } from '../engine/challenges'
import { endOfUtcDay } from '../engine/dates'
import type { Localized } from '../engine/language'

/** The names the program gives its challenges, in every language the API speaks. */
export const CHALLENGE_TITLES = {
  autumnTrio: { en: 'Autumn trio', es: 'Trío de otoño', ar: 'ثلاثية الخريف' },
  winterWarmers: { en: 'Winter warmers', es: 'Calor de invierno', ar: 'دفء الشتاء' },
  reviewRoundUp: { en: 'Review round-up', es: 'Ronda de reseñas', ar: 'جولة المراجعات' },
  firstWords: { en: 'Tell us what you think', es: 'Cuéntanos qué opinas', ar: 'أخبرنا برأيك' },
  springDouble: { en: 'Spring double', es: 'Doble de primavera', ar: 'مضاعفة الربيع' },
  summerStreak: { en: 'Summer streak', es: 'Racha de verano', ar: 'سلسلة الصيف' },
  lastCall: { en: 'Last call', es: 'Última llamada', ar: 'النداء الأخير' },
} as const satisfies Record<string, Localized>

/**
 * A challenge from `startsAt` to the end of `lastDay` (UTC): "by 31 Dec" means everything on
 * 31 Dec still counts.
 */
export function challenge(options: {
  id: string
  title: Localized
  kind: ChallengeDefinition['goal']['kind']
  target: number
  rewardPoints: number
  startsAt: Date
  lastDay: Date
  unlockAfterPurchases?: number
}): ChallengeDefinition {
  return {
    id: options.id,
    title: options.title,
    goal: { kind: options.kind, target: options.target },
    rewardPoints: options.rewardPoints,
    startsAt: options.startsAt,
    // The moment after the day's last second: endsAt is exclusive.
    endsAt: new Date(endOfUtcDay(options.lastDay).getTime() + 1000),
    unlockAfterPurchases: options.unlockAfterPurchases ?? null,
  }
}
