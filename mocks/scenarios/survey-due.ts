import { addYears } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/**
 * Amara, a member for two years, has not been asked this period's question yet: the dashboard
 * asks how likely she is to recommend the program, and an answer earns its points. She has
 * opted in to no channel, so each first opt-in on her profile earns too.
 */
export function buildSurveyDue(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Amara',
    lastName: 'Osei',
    memberSince: addYears(now, -2),
    birthday: birthdayOn(daysAgo(now, 140)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  history.purchasesBetween({
    from: daysAgo(now, 700),
    to: daysAgo(now, 3),
    total: 64_000,
    everyDays: 12,
  })
  history.review(daysAgo(now, 30))
  history.birthday(daysAgo(now, 140, 9))
  history.redeemIfAffordable(daysAgo(now, 40), 'rwd_ten_off')
  history.commit()
  return {
    member,
    ledger,
    redemptions,
    engagement,
    catalog: context.catalog,
    account: { dismissed: [], optedIn: [] },
  }
}
