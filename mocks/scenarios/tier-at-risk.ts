import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Qualifying spend last calendar year: Gold. */
export const AT_RISK_LAST_YEAR_SPEND = 120_000
/** Qualifying spend this calendar year so far: not even Silver's threshold. */
export const AT_RISK_THIS_YEAR_SPEND = 12_000

/**
 * Daniel reached Gold last year and has spent little this year: Gold is not kept, and unless he
 * spends more by 31 December he moves down a tier after the January grace period.
 */
export function buildTierAtRisk(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Daniel',
    lastName: 'Brooks',
    memberSince: addDays(addYears(now, -4), 75),
    birthday: birthdayOn(addDays(now, 40)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const thisYear = calendarYearOf(now)
  const lastYearStart = calendarYearOf(new Date(thisYear.start.getTime() - 1)).start
  history.purchasesBetween({
    from: new Date(Math.max(daysAgo(now, 400).getTime(), lastYearStart.getTime())),
    to: new Date(thisYear.start.getTime() - 3_600_000),
    total: AT_RISK_LAST_YEAR_SPEND,
    everyDays: 14,
  })
  history.purchase(
    new Date(Math.max(daysAgo(now, 30).getTime(), thisYear.start.getTime())),
    AT_RISK_THIS_YEAR_SPEND,
  )
  history.review(daysAgo(now, 200))
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
