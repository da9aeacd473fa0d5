import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Qualifying spend this calendar year, comfortably above Gold's $1,000. */
export const TOP_TIER_SPEND = 148_000

/** Eleanor: Gold since last year, and this year's spend already keeps Gold for next year. */
export function buildTopTier(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Eleanor',
    lastName: 'Whitfield',
    memberSince: addDays(addYears(now, -6), 48),
    birthday: birthdayOn(addDays(now, -210)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const thisYear = calendarYearOf(now)
  const start = daysAgo(now, 400)

  history.purchasesBetween({
    from: start,
    to: new Date(thisYear.start.getTime() - 3_600_000),
    total: 135_000,
    everyDays: 12,
  })
  const recentSpend = 12_640
  history.purchasesBetween({
    from: thisYear.start,
    to: new Date(Math.max(daysAgo(now, 16).getTime(), thisYear.start.getTime())),
    total: TOP_TIER_SPEND - recentSpend,
    everyDays: 12,
  })
  history.purchase(
    new Date(Math.max(daysAgo(now, 2, 18).getTime(), thisYear.start.getTime())),
    recentSpend,
  )
  history.referral(daysAgo(now, 320), 'Margaret')
  history.referral(daysAgo(now, 140), 'Oliver')
  history.review(daysAgo(now, 250))
  history.review(daysAgo(now, 90))
  history.review(daysAgo(now, 20))
  history.birthday(daysAgo(now, 210, 9))
  history.redeemIfAffordable(daysAgo(now, 150), 'rwd_coffee_cupping', { usedAfterDays: 12 })
  history.redeemIfAffordable(daysAgo(now, 60), 'rwd_twenty_five_off')
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
