import { addDays, addYears } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/**
 * Noah has points expiring within the week in two batches: what is left of a purchase a year
 * ago less 2 days (part of it paid for a coffee discount) and a purchase a year ago less 5 days.
 * An older lot already expired.
 */
export function buildExpiringPoints(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Noah',
    lastName: 'Williams',
    memberSince: addYears(now, -2),
    birthday: birthdayOn(addDays(now, 41)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const aYearAgo = addYears(now, -1)

  history.purchase(daysAgo(now, 420), 14_000)
  history.redeem(daysAgo(now, 400), 'rwd_free_pastry', { usedAfterDays: 3 })
  // Lots expire one year after they are earned: these two on now + 2 days and now + 5 days.
  history.purchase(addDays(aYearAgo, 2), 18_420)
  history.purchase(addDays(aYearAgo, 5), 9_675)
  history.redeem(daysAgo(now, 300), 'rwd_coffee_3_off', { usedAfterDays: 6 })
  history.purchasesBetween({
    from: daysAgo(now, 330),
    to: daysAgo(now, 16),
    total: 44_000,
    everyDays: 30,
  })
  history.purchase(daysAgo(now, 4, 15), 2_790)
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
