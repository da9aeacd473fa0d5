import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'

/** Ends every session of the member, on every device, this one included. */
export const signOutEverywhere = {
  method: 'POST',
  path: '/me/sessions/end-all',
  session: true,
  responses: { 204: null },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof signOutEverywhere> = {
  summary: 'Sign out of every device: end all of the member’s sessions',
  description:
    'Ends every session of the signed-in member, the request’s own included, and clears its cookie. Requests with any of those sessions answer 401 afterwards. Repeating it is harmless.',
  responses: {
    204: {
      description: 'Every session ended',
      headers: {
        'Set-Cookie': {
          description: '`session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`',
          schema: { type: 'string' },
        },
      },
    },
  },
}
