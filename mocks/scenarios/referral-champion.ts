import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { REFERRAL_RULES } from '../engine/referrals'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

const FRIENDS_LAST_YEAR = [
  'Marta',
  'Kwame',
  'Lena',
  'Jonas',
  'Priti',
  'Sam',
  'Elif',
  'Bruno',
] as const
const FRIENDS_THIS_YEAR = [
  'Hugo',
  'Aiko',
  'Farah',
  'Mateo',
  'Chloe',
  'Ravi',
  'Ingrid',
  'Tariq',
  'Nadia',
  'Owen',
] as const
/** Their first purchases came after the cap was reached: no points for Rosa. */
const FRIENDS_OVER_CAP = ['Zoe', 'Emil'] as const

/**
 * Rosa has referred 24 friends: 8 rewarded last year, and this year as many first purchases as
 * the cap rewards (10, the last still within its returns window when the year allows), then 2
 * more over the cap, 2 friends who joined and 2 who have not answered yet.
 */
export function buildReferralChampion(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Rosa',
    lastName: 'Delgado',
    memberSince: addYears(now, -3),
    birthday: birthdayOn(addDays(now, -40)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const thisYear = calendarYearOf(now)
  const lastYearStart = calendarYearOf(addDays(thisYear.start, -1)).start

  history.purchasesBetween({
    from: daysAgo(now, 500),
    to: daysAgo(now, 10),
    total: 52_000,
    everyDays: 25,
  })
  FRIENDS_LAST_YEAR.forEach((name, index) => {
    const purchase = addDays(lastYearStart, 20 + index * 40)
    history.referredFriend({
      name,
      invitedAt: addDays(purchase, -20),
      joinedAt: addDays(purchase, -15),
      firstPurchaseAt: purchase,
    })
  })
  // This year's first purchases spread over the year so far, the cap's worth first.
  const soFar = Math.max(0, now.getTime() - 3_600_000 - thisYear.start.getTime())
  const inYear = (fraction: number) => new Date(thisYear.start.getTime() + soFar * fraction)
  const thisYears = [...FRIENDS_THIS_YEAR, ...FRIENDS_OVER_CAP]
  const last = REFERRAL_RULES.capPerYear - 1
  thisYears.forEach((name, index) => {
    // The cap's 10th at 96% of the way (within its returns window late in the year), the two
    // over the cap after it.
    const purchase = inYear(index < last ? 0.04 + index * 0.09 : 0.96 + (index - last) * 0.015)
    history.referredFriend({
      name,
      invitedAt: new Date(Math.max(thisYear.start.getTime(), purchase.getTime() - 9 * 86_400_000)),
      joinedAt: new Date(Math.max(thisYear.start.getTime(), purchase.getTime() - 5 * 86_400_000)),
      firstPurchaseAt: purchase,
    })
  })
  history.referredFriend({ name: 'Pablo', invitedAt: daysAgo(now, 12), joinedAt: daysAgo(now, 8) })
  history.referredFriend({ name: 'Yara', invitedAt: daysAgo(now, 25), joinedAt: daysAgo(now, 20) })
  history.referredFriend({ name: 'Theo', invitedAt: daysAgo(now, 3) })
  history.referredFriend({ name: 'Mina', invitedAt: daysAgo(now, 1) })
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
