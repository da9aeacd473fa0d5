import { daysInMonth } from '@/api/rules/birthday'
import { addDays } from '../engine/dates'
import { createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/**
 * Lucía: a Bronze member of eight months whose birthday falls this month. The gift came on the
 * first: 100 bonus points and the café treat, ready to use in the wallet until the month ends.
 */
export function buildBirthdayMonth(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const month = now.getUTCMonth() + 1
  // A few days from now, or the month's last day near its end.
  const day = Math.min(now.getUTCDate() + 4, daysInMonth(month))
  const memberSince = daysAgo(now, 240, 11)
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Lucía',
    lastName: 'Martín',
    memberSince,
    birthday: { month, day },
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  history.newsletter(addDays(memberSince, 0.02))
  history.purchasesBetween({
    from: addDays(memberSince, 3),
    to: daysAgo(now, 2),
    total: 21_500,
    everyDays: 16,
    category: () => random.pick(['cafe', 'coffee', 'home'] as const),
  })
  history.review(daysAgo(now, 45))
  history.birthday(now)
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
