import * as z from 'zod/mini'
import { call } from './client'
import { createAttemptStore } from './command-attempts'
import { getMe } from './contract/get-me'
import { setBirthday } from './contract/set-birthday'
import type { IdempotentCommand } from './idempotent-command'
import { mutationKeys } from './query-keys'
import type { Member } from './schemas/member'

/**
 * Telling the program the member's birthday, once, as an idempotent command (see
 * idempotent-command.ts): an answer lost on the way is checked with the same key, and by
 * reading the profile, which shows the birthday once it is on file.
 */
const BirthdayData = z.object({ month: z.number(), day: z.number() })
export type BirthdayData = z.infer<typeof BirthdayData>

/** The one slot: a member has one birthday. */
export const BIRTHDAY_SLOT = 'birthday'

export const birthdayAttempts = createAttemptStore({
  name: 'birthday',
  data: BirthdayData,
  slot: () => BIRTHDAY_SLOT,
})

/** Set already (it is set once), or a day the month does not have. */
export const BIRTHDAY_REFUSAL_CODES = ['conflict', 'bad_request'] as const
export type BirthdayRefusalCode = (typeof BIRTHDAY_REFUSAL_CODES)[number]

export const setBirthdayCommand: IdempotentCommand<BirthdayData, Member, BirthdayRefusalCode> = {
  attempts: birthdayAttempts,
  mutationKey: mutationKeys.setBirthday,
  refusalCodes: BIRTHDAY_REFUSAL_CODES,
  send: (attempt) =>
    call(setBirthday, {
      body: { month: attempt.month, day: attempt.day },
      idempotencyKey: attempt.key,
    }),
  async find(attempt) {
    const member = await call(getMe, {})
    const { birthday } = member
    return birthday?.month === attempt.month && birthday.day === attempt.day ? member : null
  },
}
