import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Member } from '../schemas/member'
import { SignInRequest } from '../schemas/session'

/** Starts a session: the API sets an HttpOnly session cookie and answers with the member. */
export const signIn = {
  method: 'POST',
  path: '/session',
  session: false,
  body: SignInRequest,
  responses: { 200: Member },
  problems: ['invalid_credentials', 'account_locked'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof signIn> = {
  summary: 'Sign in: start a session',
  description:
    'Checks the credentials, answers with the member and sets the `session` cookie. A session already sent with the request is ended first.',
  responses: {
    200: {
      description: 'Signed in',
      headers: {
        'Set-Cookie': {
          description: '`session=<opaque>; HttpOnly; SameSite=Lax; Path=/`',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    {
      schema: SignInRequest,
      description: 'Credentials for POST /session',
      fields: { email: 'The member’s email; matched case-insensitively' },
    },
  ],
  sample: async ({ credentials }) => ({ input: { body: credentials } }),
}
