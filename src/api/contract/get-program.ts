import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  PointsExpiry,
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
        points: 'What the program calls its points, e.g. star / stars',
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
