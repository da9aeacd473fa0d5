import type { CategoryId } from '../engine/program-rules'
import { addDays, addYears } from '../engine/dates'
import { EVENTS } from '../engine/member-history'
import { localize } from '../engine/language'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { words } from '../engine/words/words'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Entries the long history holds at least: the activity page has to stay fast at this size. */
export const LONG_HISTORY_ENTRIES = 5_000

/** What she spends on, about once a month: the café, beans, the odd discount. */
const REWARDS = [
  'rwd_free_latte',
  'rwd_coffee_beans',
  'rwd_ten_off',
  'rwd_twenty_five_off',
  'rwd_signature_candle',
] as const

/**
 * Ruth: a regular of the café for six years, almost every day. About 5,000 ledger entries of
 * every kind: café visits and coffee beans at their own rates, reviews, events, referrals,
 * bonuses, birthdays, a redemption every week or two, donations, lots that expired and two
 * adjustments by the support team. Her wallet keeps a Free Shipping code, which never expires.
 */
export function buildLongHistory(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const memberSince = addDays(addYears(now, -6), -20)
  const birthdayAt = addDays(now, -75)
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Ruth',
    lastName: 'Adeyemi',
    memberSince,
    birthday: birthdayOn(birthdayAt),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)
  const days = Math.floor((now.getTime() - memberSince.getTime()) / 86_400_000)
  const categories = ['coffee', 'home', 'accessories'] as const satisfies readonly CategoryId[]

  history.newsletter(addDays(memberSince, 0.05))
  history.app(addDays(memberSince, 40))
  history.social(addDays(memberSince, 41), 'instagram')
  for (let day = days - 1; day >= 1; day -= 1) {
    // The morning coffee most days, often lunch, sometimes an afternoon one; something for the
    // home or coffee beans now and then.
    if (random.chance(0.95)) history.purchase(daysAgo(now, day, 8), random.int(450, 1_200), 'cafe')
    if (random.chance(0.6)) history.purchase(daysAgo(now, day, 12), random.int(700, 1_600), 'cafe')
    if (random.chance(0.4)) history.purchase(daysAgo(now, day, 16), random.int(350, 800), 'cafe')
    if (random.chance(0.1)) {
      history.purchase(daysAgo(now, day, 17), random.int(1_800, 9_500), random.pick(categories))
    }
    if (day % 30 === 7) history.review(daysAgo(now, day, 20))
    if (day % 61 === 11) history.event(daysAgo(now, day, 18), random.pick(EVENTS))
    if (day % 24 === 4) {
      history.redeemIfAffordable(daysAgo(now, day, 9), random.pick(REWARDS), {
        usedAfterDays: random.int(0, 20),
      })
    }
    if (day % 150 === 60) history.redeemIfAffordable(daysAgo(now, day, 12), 'rwd_donate_food_bank')
    if (day % 400 === 200) {
      history.referral(daysAgo(now, day, 15), random.pick(['Ife', 'Tom', 'Ana']))
    }
  }
  for (let year = 0; year < 6; year += 1) history.birthday(addYears(birthdayAt, -year))
  // Kept for her next online order: a Free Shipping code, which never expires.
  history.redeemIfAffordable(daysAgo(now, 9, 19), 'rwd_free_shipping')
  // Two adjustments by the support team: an apology, and points an order failed to earn.
  const order = random.fork('adjustments').int(100_000, 999_999)
  history.adjustment(
    daysAgo(now, 45, 10),
    120,
    localize((language) => words(language).history.missingPoints(order)),
  )
  history.adjustment(
    daysAgo(now, 18, 15),
    50,
    localize((language) => words(language).history.goodwill),
  )
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
