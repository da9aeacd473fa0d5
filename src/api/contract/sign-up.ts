import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import { SignUpRequest, SignUpResult } from '../schemas/session'

/**
 * Joins the program: creates the member, credits the program's welcome bonus once, and starts
 * their session (the API sets the session cookie). Idempotent, as it earns points.
 */
export const signUp = {
  method: 'POST',
  path: '/members',
  session: false,
  body: SignUpRequest,
  idempotent: true,
  responses: { 201: SignUpResult },
  problems: ['email_taken', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof signUp> = {
  summary: 'Join the program: create a member and sign them in (idempotent)',
  description: [
    'Creates the member with the program’s welcome bonus (`Program.welcomeBonus`, none when 0), answers with the member and the bonus credited, and sets the `session` cookie. A session already sent with the request is ended first.',
    'The welcome bonus is credited once per member: an email already registered is refused with 409 email_taken and changes nothing.',
    `Idempotency: the API keeps each Idempotency-Key with its result for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours. A repeat with the same key and body answers the first result again (201, \`Idempotent-Replayed: true\`) and starts a session for that member, so a client that lost the first answer is signed in; it creates nothing more. The same key with another body is refused with 422 idempotency_key_reused.`,
    '`acceptedTerms` must be true (400 otherwise). Names are trimmed; the email is matched case-insensitively.',
  ].join(' '),
  responses: {
    201: {
      description: 'Joined and signed in (or the replay of an earlier identical request)',
      headers: {
        'Set-Cookie': {
          description: '`session=<opaque>; HttpOnly; SameSite=Lax; Path=/`',
          schema: { type: 'string' },
        },
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    {
      schema: SignUpRequest,
      description: 'Joining the program',
      fields: {
        lastName: 'May be empty',
        password: 'At least 8 characters',
        acceptedTerms: 'The program’s terms and privacy notice were shown and accepted',
      },
    },
    {
      schema: SignUpResult,
      description: 'The new member, signed in',
      fields: { welcomeBonus: 'Points credited for joining; 0 when the program gives none' },
    },
  ],
  // A fixed person for the document's example; verify-api joins with an address of its own.
  sample: () =>
    Promise.resolve({
      input: {
        body: {
          firstName: 'Alex',
          lastName: 'Rivera',
          email: 'alex.rivera@example.com',
          password: 'correct horse battery',
          acceptedTerms: true,
        },
        idempotencyKey: crypto.randomUUID(),
      },
      note: 'Alex Rivera',
    }),
  variant: (input) => ({ ...input, body: { ...input.body, firstName: 'Alexandra' } }),
}
