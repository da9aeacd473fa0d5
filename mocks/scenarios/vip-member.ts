import { addDays, addYears } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Days since Hana's yearly VIP membership began (it renews in the rest of the year). */
export const VIP_MEMBER_DAYS = 100

/**
 * Hana: a Silver member for three years who pays for VIP yearly; it began 100 days ago and
 * renews in about nine months.
 */
export function buildVipMember(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Hana',
    lastName: 'Sato',
    memberSince: addDays(addYears(now, -3), 20),
    birthday: birthdayOn(addDays(now, 75)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  history.purchasesBetween({
    from: daysAgo(now, 380),
    to: daysAgo(now, 3),
    total: 52_000,
    everyDays: 9,
    category: () => random.pick(['cafe', 'coffee', 'home'] as const),
  })
  history.review(daysAgo(now, 120))
  history.redeemIfAffordable(daysAgo(now, 40), 'rwd_free_coffee', { usedAfterDays: 2 })
  history.commit()
  return {
    member,
    ledger,
    redemptions,
    engagement,
    catalog: context.catalog,
    membership: {
      planId: 'yearly',
      startedAt: daysAgo(now, VIP_MEMBER_DAYS, 10),
      cancelledAt: null,
    },
  }
}
