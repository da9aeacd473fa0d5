import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { EarningProgress, RuleProgress, RuleStatus } from '../schemas/earning'

/** What the member has earned by each way to earn. */
export const getEarningProgress = {
  path: '/me/earning',
  session: true,
  responses: { 200: EarningProgress },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getEarningProgress> = {
  summary: 'What the member has earned by each way to earn',
  schemas: [
    {
      schema: RuleStatus,
      description:
        'done: nothing left for the member to do (a once-only rule earned; the birthday on file); available: can be earned',
    },
    {
      schema: RuleProgress,
      description: 'The member’s progress on one rule of GET /earning-rules',
      fields: {
        timesEarned: 'How many times the member has earned by it, pending points included',
        pointsEarned: 'Points earned by it in all, pending ones included',
        lastEarnedAt: 'When it last earned; null if never',
      },
    },
    { schema: EarningProgress, description: 'One item per rule of GET /earning-rules' },
  ],
}
