import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Member } from '../schemas/member'

/** The signed-in member's profile. */
export const getMe = {
  path: '/me',
  session: true,
  responses: { 200: Member },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getMe> = {
  summary: 'The signed-in member’s profile',
  schemas: [
    {
      schema: Member,
      description: 'The signed-in member',
      fields: {
        birthday: 'Null when the member has not told us',
        tierId: 'The member’s current tier',
      },
    },
  ],
}
