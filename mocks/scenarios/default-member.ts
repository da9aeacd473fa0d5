import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile, type MemberProfile } from '../engine/members'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/**
 * Maya: a Silver member for over two years. A year of purchases and bonuses, a lot that
 * expired, lots expiring in the coming weeks and two purchases still pending. Her wallet shows
 * every state: a Free Coffee voucher she used, a Free Pastry voucher that expired unused, a
 * donation to the Evergreen Reforestation Trust and an active $10 off voucher.
 */
export function buildDefaultMember(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const birthdayGiftAt = daysAgo(now, 130, 9)
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Maya',
    lastName: 'Chen',
    memberSince: addDays(addYears(now, -2), -137),
    birthday: birthdayOn(birthdayGiftAt),
  })
  const { ledger, redemptions, history } = startHistory(context)
  const start = daysAgo(now, 400)
  const thisYear = calendarYearOf(now)
  const endOfLastYear = new Date(thisYear.start.getTime() - 3_600_000)

  // The oldest lot is large so that something is left of it to expire after the first two
  // redemptions (they are paid from it: lots are used soonest-to-expire first).
  history.purchase(addDays(start, 2), 30_000)
  history.purchasesBetween({
    from: addDays(start, 5),
    to: addDays(start, 30),
    total: 4_650,
    everyDays: 12,
  })
  history.review(addDays(start, 15))
  history.newsletter(addDays(start, 62))
  history.purchasesBetween({
    from: addDays(start, 31),
    to: endOfLastYear,
    total: 35_100,
    everyDays: 20,
  })
  history.redeem(addDays(start, 100), 'rwd_free_coffee', { usedAfterDays: 1 })

  // This year's spend grows with the year: Silver is kept by late autumn but not yet in spring.
  const lastPosted = daysAgo(now, 16)
  const elapsed = Math.max(0, lastPosted.getTime() - thisYear.start.getTime()) / (365 * 86_400_000)
  history.purchasesBetween({
    from: thisYear.start,
    to: lastPosted,
    total: Math.round(72_000 * elapsed),
    everyDays: 18,
  })
  history.referral(daysAgo(now, 200), 'Jamie')
  history.birthday(birthdayGiftAt)
  history.review(daysAgo(now, 60))
  history.referral(daysAgo(now, 70), 'Alex')
  // Expired unused 60 days ago (vouchers for free products last 90 days).
  history.redeemIfAffordable(daysAgo(now, 150, 8), 'rwd_free_pastry')
  // After the oldest lot expired (33 days ago), so the donation does not use up what is left of it.
  history.redeemIfAffordable(daysAgo(now, 31, 19), 'rwd_donate_trees')
  history.redeemIfAffordable(daysAgo(now, 25), 'rwd_ten_off')

  history.purchase(daysAgo(now, 9, 17), 3_850)
  history.purchase(daysAgo(now, 3, 11), 5_420)
  history.commit()
  return { member, ledger, redemptions, catalog: context.catalog }
}

/**
 * Maya's profile as the account of another scenario built on hers. Its own member id and email
 * keep the accounts apart: the standalone server signs each in separately, and a browser keeps
 * dismissed nudges and unfinished redemptions per member id.
 */
export function mayaAs(member: MemberProfile, scenario: string): MemberProfile {
  return { ...member, id: `${member.id}_${scenario}`, email: `maya.chen+${scenario}@example.com` }
}
