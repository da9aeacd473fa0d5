import type { Endpoint } from '../endpoint'
import { SampleUnavailable, type EndpointDocs } from '../endpoint-docs'
import { Member, MonthDay } from '../schemas/member'
import { getMe } from './get-me'

/** Tells the program the member's birthday (month and day), once. */
export const setBirthday = {
  method: 'POST',
  path: '/me/birthday',
  session: true,
  body: MonthDay,
  idempotent: true,
  responses: { 200: Member },
  problems: ['conflict', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof setBirthday> = {
  summary: 'Set the member’s birthday, once (idempotent)',
  description: [
    'Month and day, no year. A day the month never has (31 April) is refused with 400 bad_request.',
    'A birthday can be set once: when one is on file, a request with a new key is refused with 409 conflict and changes nothing (member services correct mistakes).',
    'The birthday gift comes on the first day of the birth month each year, for a birthday on file before that month began: one set during its own month gets its first gift the next year.',
    'Idempotency works as for POST /redemptions: a repeat with the same key and body answers the first result again and changes nothing.',
  ].join(' '),
  responses: { 200: { description: 'The member, with the birthday on file' } },
  schemas: [
    {
      schema: MonthDay,
      description: 'A birthday without the year',
      fields: { month: '1 (January) to 12', day: '1 to the month’s last day; 29 February is one' },
    },
  ],
  async sample({ call }) {
    const member = await call(getMe, {})
    if (member.birthday !== null) {
      throw new SampleUnavailable('the member’s birthday is set already, and can be set once')
    }
    return {
      input: { body: { month: 11, day: 24 }, idempotencyKey: crypto.randomUUID() },
      note: '24 November',
    }
  },
  variant: (input) => ({ ...input, body: { ...input.body, day: input.body.day === 1 ? 2 : 1 } }),
  // Set once per member: there is no second birthday to race on.
  again: async () => null,
  exampleAs: 'new-member',
}
