import type { Member, MonthDay } from '@/api/schemas/member'
import { toCalendarDate } from './dates'
import type { Random } from './random'

/** A member as stored: the tier is not stored but derived from the ledger. */
export type MemberProfile = Omit<Member, 'tierId'>

// No 0/O or 1/I: people read referral codes aloud and type them.
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function createMemberProfile(options: {
  random: Random
  firstName: string
  lastName: string
  memberSince: Date
  /** Month and day, or null when the member has not told us. */
  birthday: MonthDay | null
}): MemberProfile {
  const { random, firstName, lastName } = options
  const code = Array.from(
    { length: 4 },
    () => CODE_ALPHABET[random.int(0, CODE_ALPHABET.length - 1)],
  ).join('')
  return {
    id: `mem_${random
      .int(0, 36 ** 8 - 1)
      .toString(36)
      .padStart(8, '0')}`,
    firstName,
    lastName,
    email: plain(`${firstName}.${lastName}@example.com`.toLowerCase()).replaceAll(
      /[^a-z0-9.@-]/g,
      '',
    ),
    memberSince: toCalendarDate(options.memberSince),
    birthday: options.birthday,
    referralCode: `${plain(firstName)
      .toUpperCase()
      .replaceAll(/[^A-Z]/g, '')
      .slice(0, 6)}-${code}`,
  }
}

/** The birthday on the month and day of `date` (UTC). */
export function birthdayOn(date: Date): MonthDay {
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** Letters without their accents: Lucía signs in as lucia, and reads LUCIA in her code. */
const plain = (text: string) => text.normalize('NFD').replaceAll(/[\u0300-\u036f]/g, '')
