import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  CategoryRate,
  EarningAction,
  EarningActionKind,
  EarningFrequency,
  EarningRule,
  EarningRuleKind,
  EarningRules,
} from '../schemas/earning'

/** Every way to earn, and purchase rates by product type, in the request's language. Public. */
export const getEarningRules = {
  path: '/earning-rules',
  session: false,
  responses: { 200: EarningRules },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getEarningRules> = {
  summary: 'Every way to earn points, and purchase rates by product type',
  description:
    'Titles, descriptions and category names are in the language the request’s `Accept-Language` asks for, when the program has it.',
  schemas: [
    { schema: EarningRuleKind, description: 'What a rule rewards' },
    {
      schema: EarningFrequency,
      description: 'once: once per member; yearly: once a year; each: every time',
    },
    {
      schema: EarningActionKind,
      description:
        'newsletter: subscribe the member’s email; app: connect the app; social: follow an account',
    },
    {
      schema: EarningAction,
      description: 'Something the member completes in the portal, with POST /action-completions',
      fields: { url: 'Where the member goes to do it (https); null when there is nowhere to go' },
    },
    {
      schema: EarningRule,
      description: 'A way to earn points',
      fields: {
        points: 'Points each time; null when they depend on the spend (purchases)',
        pendingDays: 'Days the points stay pending before they can be spent',
        action: 'Completed in the portal; null for what happens elsewhere',
      },
    },
    {
      schema: CategoryRate,
      description: 'Purchase points for a product type',
      fields: {
        multiplier:
          'Times the program’s earn rate (0: earns nothing); the tier multiplier applies on top',
      },
    },
    { schema: EarningRules, description: 'The ways to earn, in the order to show them' },
  ],
}
