import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { TierGrace, TierProgress } from '../schemas/member'

/** Where the member stands in the current qualification period. */
export const getTierProgress = {
  path: '/me/tier',
  session: true,
  responses: { 200: TierProgress },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getTierProgress> = {
  summary: 'Progress toward the next tier in the current period',
  schemas: [
    {
      schema: TierGrace,
      description: 'A tier held past its period while the member can still requalify',
      fields: {
        endsAt: 'When the grace period ends',
        tierAfterId: 'The tier held once it ends, if the member spends nothing more',
      },
    },
    {
      schema: TierProgress,
      description: 'Progress in the current qualification period',
      fields: {
        nextTierId: 'Null at the top tier',
        amountToNext: 'Spend left to reach the next tier; null at the top tier',
        keptForNextPeriod:
          'True when this period’s spend already keeps the current tier next period',
        nextPeriodTierId:
          'The tier this period’s spend so far secures for the next period (after any grace period), by the program’s requalification rules',
        grace: 'Set while the member holds a tier in a grace period; null otherwise',
        asOf: 'Server time the progress was computed at',
      },
    },
  ],
}
