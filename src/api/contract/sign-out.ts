import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'

/** Ends the session the request carries, if any, and clears its cookie. */
export const signOut = {
  method: 'DELETE',
  path: '/session',
  session: 'optional',
  responses: { 204: null },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof signOut> = {
  summary: 'Sign out: end the session',
  description:
    'Ends the session on the server and clears the cookie. Succeeds without a session too.',
  responses: {
    204: {
      description: 'Signed out',
      headers: {
        'Set-Cookie': {
          description: '`session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`',
          schema: { type: 'string' },
        },
      },
    },
  },
}
