import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { PointsWording, Program, Tier, TierBenefit } from '../schemas/program'

/** The loyalty program: what points are called, how they are earned, its tiers. Public. */
export const getProgram = {
  path: '/program',
  session: false,
  responses: { 200: Program },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getProgram> = {
  summary: 'The loyalty program: wording, earn rate, tiers, nudge threshold',
  description:
    'Names, wording and benefits are in the language the request asks for with `Accept-Language` (the portal sends the member’s choice: `en`, `es`, `ar` ...), or the program’s default language when it has none of those.',
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
        multiplier: 'Points multiplier on purchases',
      },
    },
    {
      schema: Program,
      description: 'The loyalty program',
      fields: {
        points: 'What the program calls its points, in the requested language, by plural form',
        earnRate: 'Base points earned per amount spent, before the tier multiplier',
        nudgeThreshold: 'How many points short of a reward still earns a "you are close" nudge',
      },
    },
  ],
}
