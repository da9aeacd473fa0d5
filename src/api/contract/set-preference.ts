import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import { PreferenceChange, PreferenceChangeResult } from '../schemas/account'
import { getPreferences } from './get-preferences'

/** Opts in to a channel or out of it; an opt-in's points are credited once ever (idempotent). */
export const setPreference = {
  method: 'POST',
  path: '/me/preferences',
  session: true,
  body: PreferenceChange,
  idempotent: true,
  responses: { 200: PreferenceChangeResult },
  problems: ['idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof setPreference> = {
  summary: 'Opt in to a channel or out of it (idempotent)',
  description: [
    'Sets one channel. The first opt-in to a channel credits its `optInPoints` at once (a `bonus` entry in GET /me/activity); opting out and in again credits nothing more. Setting what is already set changes nothing.',
    `Idempotent, as it earns points: the key is kept with its result for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours; a repeat with the same key and body answers the first result again (\`Idempotent-Replayed: true\`) and credits nothing more; the same key with another body is refused with 422 idempotency_key_reused.`,
  ].join(' '),
  responses: {
    200: {
      description: 'Set (or the replay of an earlier identical request)',
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    { schema: PreferenceChange, description: 'One channel’s choice' },
    {
      schema: PreferenceChangeResult,
      description: 'The preferences after the change, what it credited and the balance',
    },
  ],
  async sample({ call }) {
    const { channels } = await call(getPreferences, {})
    const channel = channels.find((item) => !item.optedIn) ?? channels[0]
    if (!channel) throw new Error('GET /me/preferences listed no channel')
    return {
      input: {
        body: { channel: channel.channel, optedIn: !channel.optedIn },
        idempotencyKey: crypto.randomUUID(),
      },
      note: `${channel.channel} ${channel.optedIn ? 'out' : 'in'}`,
    }
  },
  variant: (input) => ({ ...input, body: { ...input.body, optedIn: !input.body.optedIn } }),
  // Races on another channel's first opt-in when one is left, else on undoing the change.
  async again({ call }, input) {
    const { channels } = await call(getPreferences, {})
    const next = channels.find((item) => !item.optedIn && item.channel !== input.body.channel)
    return next
      ? { ...input, body: { channel: next.channel, optedIn: true } }
      : { ...input, body: { ...input.body, optedIn: !input.body.optedIn } }
  },
}
