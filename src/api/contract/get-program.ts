import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Program, Tier, TierBenefit } from '../schemas/program'

/** The loyalty program: what points are called, how they are earned, its tiers. Public. */
export const getProgram = {
  path: '/program',
  session: false,
  responses: { 200: Program },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getProgram> = {
  summary: 'The loyalty program: wording, earn rate, tiers, nudge threshold',
  schemas: [
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
        points: 'What the program calls its points, e.g. star / stars',
        earnRate: 'Base points earned per amount spent, before the tier multiplier',
        nudgeThreshold: 'How many points short of a reward still earns a "you are close" nudge',
      },
    },
  ],
}
