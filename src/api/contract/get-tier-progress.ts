import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { TierProgress } from '../schemas/member'

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
      schema: TierProgress,
      description: 'Progress in the current qualification period',
      fields: {
        nextTierId: 'Null at the top tier',
        amountToNext: 'Spend left to reach the next tier; null at the top tier',
        keptForNextPeriod:
          'True when this period’s spend already keeps the current tier next period',
        asOf: 'Server time the progress was computed at',
      },
    },
  ],
}
