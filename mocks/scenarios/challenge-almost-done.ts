import { addDays, addYears } from '../engine/dates'
import { birthdayOn, createMemberProfile } from '../engine/members'
import { PUNCH_CARDS } from '../engine/punch-cards'
import { challenge, CHALLENGE_TITLES } from './challenge-offers'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/** Days left on the almost-done challenge, counting today as none. */
export const ALMOST_DONE_DAYS_LEFT = 9
export const ALMOST_DONE_CHALLENGE_ID = 'chl_autumn_trio'
/** A challenge whose last day is today (UTC), with one of its two purchases made. */
export const LAST_DAY_CHALLENGE_ID = 'chl_last_call'

/**
 * Daniel has made 2 of the 3 purchases of “Autumn trio” (200 bonus points), with 9 days left:
 * one purchase to go. “Last call” ends today, one of its two purchases made. A challenge that
 * unlocks after 3 purchases in its time is still locked (1 made); one challenge was completed
 * and one expired earlier in the year. His coffee card has 8 of its 9 stamps.
 */
export function buildChallengeAlmostDone(context: ScenarioContext): ScenarioState {
  const { now, random } = context
  const member = createMemberProfile({
    random: random.fork('member'),
    firstName: 'Daniel',
    lastName: 'Reyes',
    memberSince: addDays(addYears(now, -1), 120),
    birthday: birthdayOn(addDays(now, 160)),
  })
  const { ledger, redemptions, engagement, history } = startHistory(context)

  history.purchasesBetween({
    from: daysAgo(now, 240),
    to: daysAgo(now, 30),
    total: 38_000,
    everyDays: 21,
  })
  history.purchase(daysAgo(now, 200, 13), 2_450)
  history.purchase(daysAgo(now, 196, 17), 3_100)
  history.review(daysAgo(now, 150))
  history.purchase(daysAgo(now, 12, 16), 4_280)
  history.purchase(daysAgo(now, 4, 12), 2_960)
  for (let stamp = 0; stamp < 8; stamp += 1) {
    history.stamp(daysAgo(now, 40 - stamp * 4, 8), PUNCH_CARDS.coffee.id)
  }

  engagement.challenges.push(
    challenge({
      id: ALMOST_DONE_CHALLENGE_ID,
      title: CHALLENGE_TITLES.autumnTrio,
      kind: 'purchases',
      target: 3,
      rewardPoints: 200,
      startsAt: daysAgo(now, 21, 0),
      lastDay: addDays(now, ALMOST_DONE_DAYS_LEFT),
    }),
    // The purchase 4 days ago counts; today is the last day for the second.
    challenge({
      id: LAST_DAY_CHALLENGE_ID,
      title: CHALLENGE_TITLES.lastCall,
      kind: 'purchases',
      target: 2,
      rewardPoints: 75,
      startsAt: daysAgo(now, 6, 0),
      lastDay: now,
    }),
    challenge({
      id: 'chl_review_round_up',
      title: CHALLENGE_TITLES.reviewRoundUp,
      kind: 'reviews',
      target: 2,
      rewardPoints: 100,
      startsAt: daysAgo(now, 10, 0),
      lastDay: addDays(now, 30),
      unlockAfterPurchases: 3,
    }),
    // The two purchases 200 and 196 days ago completed it.
    challenge({
      id: 'chl_spring_double',
      title: CHALLENGE_TITLES.springDouble,
      kind: 'purchases',
      target: 2,
      rewardPoints: 100,
      startsAt: daysAgo(now, 201, 0),
      lastDay: daysAgo(now, 195),
    }),
    challenge({
      id: 'chl_summer_streak',
      title: CHALLENGE_TITLES.summerStreak,
      kind: 'reviews',
      target: 2,
      rewardPoints: 150,
      startsAt: daysAgo(now, 160, 0),
      lastDay: daysAgo(now, 130),
    }),
  )
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}
