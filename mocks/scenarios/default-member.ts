import { addDays, addYears, calendarYearOf } from '../engine/dates'
import { birthdayOn, createMemberProfile, type MemberProfile } from '../engine/members'
import { PUNCH_CARDS } from '../engine/punch-cards'
import { challenge, CHALLENGE_TITLES } from './challenge-offers'
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
  const { ledger, redemptions, engagement, history } = startHistory(context)
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

  // Friends at every step after Jamie and Alex: one whose points are on their way, one who
  // joined and one who has not answered yet.
  history.referredFriend({
    name: 'Sofia',
    invitedAt: daysAgo(now, 30),
    joinedAt: daysAgo(now, 26),
    firstPurchaseAt: daysAgo(now, 6, 12),
  })
  history.referredFriend({ name: 'Ben', invitedAt: daysAgo(now, 21), joinedAt: daysAgo(now, 19) })
  history.referredFriend({ name: 'Ruth', invitedAt: daysAgo(now, 4) })

  history.partnerPurchase(daysAgo(now, 58, 16), 'ptn_northwind_books', 4_200)
  history.partnerPurchase(daysAgo(now, 20, 20), 'ptn_maple_thyme', 8_550)
  history.partnerPurchase(daysAgo(now, 2, 8), 'ptn_greenway_car_share', 2_700)

  // A filled coffee card (the free coffee was had at the till) and six stamps on the next; a
  // filled beans card credited its bonus points.
  for (let day = 0; day < 15; day += 1) {
    history.stamp(daysAgo(now, 150 - day * 9, 8), PUNCH_CARDS.coffee.id)
  }
  for (let bag = 0; bag < 7; bag += 1) {
    history.stamp(daysAgo(now, 300 - bag * 40, 10), PUNCH_CARDS.beans.id)
  }

  // From 15 days ago only the two purchases above count: 2 of 4. The locked one needs a
  // third purchase in its time to unlock. The review one was completed by the review 60 days
  // ago; no review was written while the other ran.
  engagement.challenges.push(
    challenge({
      id: 'chl_winter_warmers',
      title: CHALLENGE_TITLES.winterWarmers,
      kind: 'purchases',
      target: 4,
      rewardPoints: 300,
      startsAt: daysAgo(now, 15, 0),
      lastDay: addDays(now, 25),
    }),
    challenge({
      id: 'chl_review_round_up',
      title: CHALLENGE_TITLES.reviewRoundUp,
      kind: 'reviews',
      target: 2,
      rewardPoints: 100,
      startsAt: daysAgo(now, 15, 0),
      lastDay: addDays(now, 40),
      unlockAfterPurchases: 3,
    }),
    challenge({
      id: 'chl_first_words',
      title: CHALLENGE_TITLES.firstWords,
      kind: 'reviews',
      target: 1,
      rewardPoints: 50,
      startsAt: daysAgo(now, 70, 0),
      lastDay: daysAgo(now, 40),
    }),
    challenge({
      id: 'chl_summer_streak',
      title: CHALLENGE_TITLES.summerStreak,
      kind: 'reviews',
      target: 2,
      rewardPoints: 150,
      startsAt: daysAgo(now, 120, 0),
      lastDay: daysAgo(now, 90),
    }),
  )
  history.commit()
  return { member, ledger, redemptions, engagement, catalog: context.catalog }
}

/**
 * Maya's profile as the account of another scenario built on hers. Its own member id and email
 * keep the accounts apart: the standalone server signs each in separately, and a browser keeps
 * dismissed nudges and unfinished redemptions per member id.
 */
export function mayaAs(member: MemberProfile, scenario: string): MemberProfile {
  return { ...member, id: `${member.id}_${scenario}`, email: `maya.chen+${scenario}@example.com` }
}
