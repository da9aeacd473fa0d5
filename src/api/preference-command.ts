import * as z from 'zod/mini'
import { call } from './client'
import { createAttemptStore } from './command-attempts'
import { getPreferences } from './contract/get-preferences'
import { setPreference } from './contract/set-preference'
import type { IdempotentCommand } from './idempotent-command'
import { mutationKeys } from './query-keys'
import type { Balance } from './schemas/member'
import type { Channel, Preferences } from './schemas/account'

/**
 * A channel opt-in or opt-out as an idempotent command (see idempotent-command.ts): the first
 * opt-in earns points, so every retry of a change sends its key, and a lost answer is checked
 * by reading the preferences.
 */
const PreferenceData = z.object({
  channel: z.enum(['email', 'sms', 'push']),
  optedIn: z.boolean(),
})
export type PreferenceData = z.infer<typeof PreferenceData>

export const preferenceAttempts = createAttemptStore({
  name: 'preference',
  data: PreferenceData,
  slot: (data) => data.channel,
})

/** What a change did: the preferences after it, the points it credited (null: not known). */
export type PreferenceChanged = {
  channel: Channel
  preferences: Preferences
  pointsCredited: number | null
  balance: Balance | null
}

export const PREFERENCE_REFUSAL_CODES = ['bad_request'] as const
export type PreferenceRefusalCode = (typeof PREFERENCE_REFUSAL_CODES)[number]

export const setPreferenceCommand: IdempotentCommand<
  PreferenceData,
  PreferenceChanged,
  PreferenceRefusalCode
> = {
  attempts: preferenceAttempts,
  mutationKey: mutationKeys.setPreference,
  refusalCodes: PREFERENCE_REFUSAL_CODES,
  async send(attempt) {
    const result = await call(setPreference, {
      body: { channel: attempt.channel, optedIn: attempt.optedIn },
      idempotencyKey: attempt.key,
    })
    return { channel: attempt.channel, ...result }
  },
  // The channel set as asked: the change is in, whichever request made it.
  async find(attempt) {
    const preferences = await call(getPreferences, {})
    const channel = preferences.channels.find((item) => item.channel === attempt.channel)
    if (channel?.optedIn !== attempt.optedIn) return null
    return { channel: attempt.channel, preferences, pointsCredited: null, balance: null }
  },
  balanceOf: (result) => result.balance,
}
