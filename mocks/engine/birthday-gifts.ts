import type { MonthDay } from '@/api/schemas/member'
import { giftPeriod } from '@/api/rules/birthday'
import type { Ledger } from './ledger'
import { BONUS_POINTS, RULE_IDS } from './program-rules'
import type { Random } from './random'
import type { RedemptionBook } from './redemptions'
import { localize } from './language'
import { words } from './words/words'

/**
 * The birthday gift for the birth month that starts at `monthStart`: bonus points in the
 * ledger and the café treat in the wallet, usable to the end of the month.
 */
export function giveBirthdayGift(options: {
  ledger: Ledger
  wallet: RedemptionBook
  birthday: MonthDay
  monthStart: Date
  random: Random
}) {
  const { ledger, wallet, birthday, monthStart, random } = options
  ledger.earn({
    source: 'bonus',
    rule: RULE_IDS.birthday,
    points: BONUS_POINTS.birthday,
    occurredAt: monthStart,
    description: localize((language) => words(language).history.birthday),
  })
  wallet.recordBirthdayTreat(monthStart, giftPeriod(birthday, monthStart).end, random)
}

/** The starts of the birth months in (after, until], oldest first. */
export function birthMonthStarts(birthday: MonthDay, after: Date, until: Date): Date[] {
  const starts: Date[] = []
  for (let year = after.getUTCFullYear(); year <= until.getUTCFullYear(); year += 1) {
    const start = new Date(Date.UTC(year, birthday.month - 1, 1))
    if (start.getTime() > after.getTime() && start.getTime() <= until.getTime()) starts.push(start)
  }
  return starts
}
