import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  PointsExpiry,
  PointsWording,
  Program,
  Qualification,
  Tier,
  TierBenefit,
  TierMoveDown,
} from '../schemas/program'

/** The loyalty program: what points are called, how they are earned, its tiers. Public. */
export const getProgram = {
  path: '/program',
  session: false,
  responses: { 200: Program },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getProgram> = {
  summary: 'The loyalty program: wording, earn rate, tiers, requalification, expiry',
  schemas: [
    {
      schema: PointsWording,
      description:
        'What the program calls its points, in the requested language, as the word’s CLDR plural forms (https://cldr.unicode.org/index/cldr-spec/plural-rules): `other` always, and each of `zero`, `one`, `two`, `few`, `many` that the language uses. English: `{ "one": "star", "other": "stars" }`; Spanish: `{ "one": "estrella", "many": "estrellas", "other": "estrellas" }`; Arabic uses all six. The portal picks the form with `Intl.PluralRules` and places the number itself; a form the language uses but the answer lacks is read as `other`.',
      fields: {
        zero: 'The form for zero, where the language has one (Arabic)',
        one: 'The form for one (and for the numbers the language counts with it)',
        two: 'The dual, where the language has one (Arabic)',
        few: 'The form for a few (Arabic: 3 to 10)',
        many: 'The form for many (Arabic: 11 to 99; Spanish: a million and more)',
        other: 'The form for every other number; always present',
      },
    },
    { schema: TierBenefit },
    {
      schema: Tier,
      description: 'A tier of the program',
      fields: {
        rank: '1 is the entry tier; higher is better',
        threshold: 'Qualifying spend in one period that reaches this tier',
        multiplier: 'Points multiplier on purchases',
        benefits:
          'What members of this tier get; a benefit with the same id in several tiers is the same benefit, perhaps in a richer form',
      },
    },
    {
      schema: TierMoveDown,
      description:
        'Where a member goes when a period’s spend did not keep their tier: one tier down (but never below the tier the spend reached), or straight to the tier the spend reached',
    },
    {
      schema: Qualification,
      description:
        'How tiers are earned and kept. A tier reached in a period applies at once and is kept through the whole next period; at the start of each period the tier is set again from the spend of the one that ended.',
      fields: {
        basis: 'What counts towards a tier: qualifying spend',
        period: 'The qualification period: the calendar year (1 January to 31 December)',
        gracePeriodDays:
          'Days after a period ends during which a tier the period’s spend did not keep is still held (0: none); spend in those days counts towards the new period',
      },
    },
    {
      schema: PointsExpiry,
      description: 'When points expire',
      fields: { afterMonths: 'Each lot of points expires this many months after it is earned' },
    },
    {
      schema: Program,
      description: 'The loyalty program',
      fields: {
        points: 'What the program calls its points, in the requested language, by plural form',
        earnRate: 'Base points earned per amount spent, before the tier multiplier',
        nudgeThreshold: 'How many points short of a reward still earns a "you are close" nudge',
        welcomeBonus: 'Points credited when someone joins; 0 when the program gives none',
        purchasePendingDays:
          'Days the points of a purchase stay pending (while it can still be returned) before they can be spent',
        pointsExpiry: 'When points expire; null when they never do',
      },
    },
  ],
}
