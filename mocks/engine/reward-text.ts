import type { Reward } from '@/api/schemas/reward'
import type { CatalogReward, RewardSource, RewardWordFields } from './catalog'
import { sayAll, type Language, type TranslatedLanguage } from './language'
import { generatedText } from './large-catalog'
import { textFormat, words } from './words/words'

/** A reward's words in one language. */
export type RewardText = Pick<Reward, RewardWordFields> & { imageAlt: string | null }

/** The words of a reward (its `source`) in a translated language. */
export function rewardText(source: RewardSource, language: TranslatedLanguage): RewardText {
  const wording = words(language)
  switch (source.kind) {
    case 'product': {
      const { imageAlt, ...text } = wording.rewards[source.slug]
      return { ...text, cause: null, imageAlt: imageAlt ?? null }
    }
    case 'donation': {
      const format = textFormat(language)
      const gift = {
        points: format.points(source.points),
        amount: format.usd(source.points),
        cause: wording.causes[source.cause],
      }
      const { summary, imageAlt } = wording.donations[source.slug]
      return {
        name: wording.donation.name(gift),
        summary,
        description: wording.donation.description(gift),
        terms: wording.donation.terms,
        howToUse: wording.donation.howToUse,
        cause: gift.cause,
        imageAlt: imageAlt ?? null,
      }
    }
    case 'generated':
      return { ...generatedText(source, language), imageAlt: null }
    case 'birthday-treat': {
      const { name, howToUse } = wording.earning.birthdayTreat
      return {
        name,
        summary: '',
        description: '',
        terms: '',
        howToUse,
        cause: null,
        imageAlt: null,
      }
    }
  }
}

/** The reward's name in `language`, for texts that mention it. */
export function rewardName(reward: CatalogReward, language: TranslatedLanguage): string {
  return rewardText(reward.source, language).name
}

/**
 * The reward as the API answers it, in `language`, for a member who has redeemed it
 * `redeemedByMe` times.
 */
export function rewardIn(reward: CatalogReward, language: Language, redeemedByMe: number): Reward {
  const { imageAlt, ...text } = sayAll(language, (translated) =>
    rewardText(reward.source, translated),
  )
  return {
    id: reward.id,
    name: text.name,
    summary: text.summary,
    description: text.description,
    category: reward.category,
    cost: reward.cost,
    image: reward.image ? { url: reward.image.url, alt: imageAlt ?? '' } : null,
    value: reward.value && { ...reward.value },
    cause: text.cause,
    stock: reward.stock,
    tierRequired: reward.tierRequired,
    validUntil: reward.validUntil,
    createdAt: reward.createdAt,
    popularity: reward.popularity,
    limitPerMember: reward.limitPerMember,
    terms: text.terms,
    howToUse: text.howToUse,
    redeemedByMe,
  }
}
