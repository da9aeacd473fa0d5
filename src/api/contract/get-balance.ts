import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Balance, ExpiringBatch, PendingBatch } from '../schemas/member'

/** The member's points: available, pending, lifetime and expiring. */
export const getBalance = {
  path: '/me/balance',
  session: true,
  responses: { 200: Balance },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getBalance> = {
  summary: 'Available, pending, lifetime and expiring points',
  schemas: [
    {
      schema: PendingBatch,
      description: 'Points earned but not yet usable',
      fields: { availableOn: 'When these points become usable' },
    },
    {
      schema: ExpiringBatch,
      description: 'Points that expire together',
      fields: { expiresOn: 'When they expire' },
    },
    {
      schema: Balance,
      description: 'The member’s points',
      fields: {
        available: 'Points the member can spend now',
        pending: 'Earned but not yet usable, soonest first',
        lifetimeEarned: 'All points ever earned',
        expiring: 'Points that expire soon, soonest first',
        asOf: 'Server time the balance was computed at',
      },
    },
  ],
}
