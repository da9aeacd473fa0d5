import * as z from 'zod/mini'
import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { SurveyStatus } from '../schemas/account'
import { Balance, Member, TierProgress } from '../schemas/member'
import { RewardPage } from '../schemas/reward'

/**
 * The dashboard's first screen in one answer: each part is exactly what the request `homeParts`
 * names for it answers on its own, at the same moment.
 */
export const Home = z.object({
  member: Member,
  balance: Balance,
  tier: TierProgress,
  affordableRewards: RewardPage,
  nextRewards: RewardPage,
  survey: SurveyStatus,
})
export type Home = z.infer<typeof Home>

/** The separate request each part of GET /me/home stands for, relative to the base URL. */
export const homeParts = {
  member: '/me',
  balance: '/me/balance',
  tier: '/me/tier',
  affordableRewards: '/rewards?affordable=true&sort=cost_desc&limit=4',
  nextRewards: '/rewards?affordable=false&sort=cost_asc&limit=12',
  survey: '/me/survey',
} as const satisfies Record<keyof Home, string>

/** Everything the dashboard shows first, so a phone waits for one answer instead of six. */
export const getHome = {
  path: '/me/home',
  session: true,
  responses: { 200: Home },
} as const satisfies Endpoint

const part = (name: keyof Home) => `What \`GET ${homeParts[name]}\` answers`

export const docs: EndpointDocs<typeof getHome> = {
  summary: 'The dashboard’s first screen in one answer',
  description: [
    'Six answers the dashboard needs before it can paint, in one round trip: on a phone’s network each request in flight slows the others and the portal’s own code.',
    'Each part is exactly what its separate endpoint answers for the same member, language and moment; those endpoints stay, and the portal uses them everywhere else.',
    'The page asks for this while its code loads, on a first visit to the dashboard. When it answers anything but 200 or 401, the portal asks the separate endpoints instead, so one part failing costs the member only that part.',
    'Answer it as fast as the slowest part: a server that cannot should answer 503, not wait.',
  ].join(' '),
  schemas: [
    {
      schema: Home,
      description: 'The dashboard’s first screen',
      fields: {
        member: part('member'),
        balance: part('balance'),
        tier: part('tier'),
        affordableRewards: part('affordableRewards'),
        nextRewards: part('nextRewards'),
        survey: part('survey'),
      },
    },
  ],
}
