import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Qualifying spend this calendar year: $25 short of Gold's $1,000. */
export const NEAR_TIER_SPEND = 97_500

/**
 * Priya, Silver since last year, has spent $975 this calendar year: $25 short of Gold. The
 * period is the calendar year of the clock, so it ends soon only late in the year; the tests
 * run in late November.
 */
export function buildNearTier(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Priya',
    lastName: 'Nair',
    memberSince: addYears(now, -3),
    birthday: birthdayOn(addDays(now, -95)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const thisYear = calendarYearOf(now)
  const start = daysAgo(now, 400)

  history.purchasesBetween({
    from: start,
    to: new Date(thisYear.start.getTime() - 3_600_000),
    total: 42_000,
    everyDays: 24,
  })
  // The pending purchase counts towards the tier as well, so the year adds up to NEAR_TIER_SPEND.
  const recent = new Date(Math.max(daysAgo(now, 6, 13).getTime(), thisYear.start.getTime()))
  const recentSpend = 4_620
  history.purchasesBetween({
    from: thisYear.start,
    to: new Date(Math.max(daysAgo(now, 16).getTime(), thisYear.start.getTime())),
    total: NEAR_TIER_SPEND - recentSpend,
    everyDays: 16,
  })
  history.purchase(recent, recentSpend)
  history.review(daysAgo(now, 50))
  history.birthday(daysAgo(now, 95, 9))
  history.redeemIfAffordable(daysAgo(now, 70), 'rwd_ten_off')
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
