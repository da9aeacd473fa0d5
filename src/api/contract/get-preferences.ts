import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { ChannelPreference, Preferences } from '../schemas/account'

/** How the member lets the program write to them, and what each opt-in earns. */
export const getPreferences = {
  path: '/me/preferences',
  session: true,
  responses: { 200: Preferences },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getPreferences> = {
  summary: 'Communication preferences: e-mail, SMS and push opt-ins',
  description:
    'Each channel’s opt-in, and the points its first opt-in earns. An opt-in earns once ever per member: opting out and in again earns nothing more.',
  schemas: [
    { schema: Preferences, description: 'Every channel, in the order the program lists them' },
    {
      schema: ChannelPreference,
      description: 'One channel',
      fields: {
        optInPoints: 'What opting in earns, once ever; 0 once earned or when it earns none',
        pointsEarnedAt: 'When the opt-in’s points were credited; null while still to earn',
      },
    },
  ],
}
