import type { Balance, Member, TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Reward } from '@/api/schemas/reward'
import { availability, isWithinReach } from '@/api/reward-availability'
import { msg, plural } from '@lingui/core/macro'
import { daysBetween, formatMoney, formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import type { MessageDescriptor } from '@lingui/core'
import { currentLocale } from '@/lib/locale'
import { giftPeriod, isBirthMonth } from '@/api/rules/birthday'
import { paths } from '@/config/paths'
import { tierView } from './tier-math'

export type NudgeKind = 'near-reward' | 'expiring' | 'tier' | 'birthday'

export type Nudge = {
  /** Stable while the situation is the same, so a dismissal sticks until something changes. */
  id: string
  kind: NudgeKind
  /** Messages with their values already formatted for the active locale: render with i18n._. */
  message: MessageDescriptor
  detail: MessageDescriptor
  link: { to: string; label: MessageDescriptor }
  score: number
}

export type NudgeInput = {
  program: Program
  member: Member
  balance: Balance
  tier: TierProgress
  /** Rewards above the balance, cheapest first (GET /rewards?affordable=false&sort=cost_asc). */
  nextRewards: readonly Reward[]
  rewardPath: (id: string) => string
  tierAnchor: string
  rewardsAnchor: string
}

export const MAX_NUDGES = 3
/** Points expiring within this many days are worth a nudge; within URGENT_DAYS, the top one. */
export const EXPIRY_WINDOW_DAYS = 30
export const URGENT_DAYS = 7
/** A tier nudge only while the period is this close to its end. */
export const TIER_WINDOW_DAYS = 60

/**
 * The member can work toward it: nothing but points stands in the way (not locked above their
 * tier, not redeemed to its limit, in stock, still offered), by the rules the catalog shows.
 */
export const isReachable = (
  reward: Reward,
  input: Pick<NudgeInput, 'program' | 'member' | 'balance'>,
) => isWithinReach(availability(reward, input))

function nearRewardNudge(input: NudgeInput): Nudge | null {
  const { program, balance } = input
  const target = input.nextRewards
    .filter((reward) => reward.cost > balance.available && isReachable(reward, input))
    .sort((a, b) => a.cost - b.cost)[0]
  if (!target) return null
  const short = target.cost - balance.available
  if (short > program.nudgeThreshold) return null
  const points = formatPoints(short, program.points)
  const reward = target.name
  return {
    id: `near-reward:${target.id}:${target.cost}`,
    kind: 'near-reward',
    message: msg`You’re just ${points} away from ${reward}`,
    detail: msg`Earn ${points} more with your next purchase and it’s yours.`,
    link: { to: input.rewardPath(target.id), label: msg`See ${reward}` },
    // Closer is more compelling.
    score: 90 - Math.round((short / Math.max(program.nudgeThreshold, 1)) * 10),
  }
}

function expiringNudge(input: NudgeInput): Nudge | null {
  const { program, balance } = input
  const soon = balance.expiring
    .filter((batch) => {
      const days = daysBetween(balance.asOf, batch.expiresOn)
      return days >= 0 && days <= EXPIRY_WINDOW_DAYS
    })
    .sort((a, b) => Date.parse(a.expiresOn) - Date.parse(b.expiresOn))
  const first = soon[0]
  if (!first) return null
  const days = daysBetween(balance.asOf, first.expiresOn)
  const count = first.points
  const laterCount = soon.slice(1).reduce((sum, batch) => sum + batch.points, 0)
  const points = formatPoints(count, program.points)
  const date = formatShortDate(first.expiresOn, balance.asOf)
  const later = formatPoints(laterCount, program.points)
  return {
    id: `expiring:${first.expiresOn}:${first.points}`,
    kind: 'expiring',
    // The count picks the verb's form ("1 point expires", "40 points expire").
    message: msg`${plural(count, {
      one: `${points} expires on ${date}`,
      other: `${points} expire on ${date}`,
    })}`,
    detail:
      laterCount > 0
        ? msg`${plural(laterCount, {
            one: `Another ${later} expires soon after. Use them on a reward before they’re gone.`,
            other: `Another ${later} expire soon after. Use them on a reward before they’re gone.`,
          })}`
        : msg`${plural(count, {
            one: 'Use it on a reward before it’s gone.',
            other: 'Use them on a reward before they’re gone.',
          })}`,
    link: { to: input.rewardsAnchor, label: msg`See rewards you can get now` },
    score: days <= URGENT_DAYS ? 100 : 70,
  }
}

function tierNudge(input: NudgeInput): Nudge | null {
  const view = tierView(input.program, input.tier)
  if (!view.next || view.remainingToNext === null || view.remainingToNext <= 0) return null
  if (view.daysLeft > TIER_WINDOW_DAYS) return null
  const amount = formatMoney({ amount: view.remainingToNext, currency: input.program.currency })
  const date = formatShortDate(input.tier.periodEnd, input.tier.asOf)
  const tier = view.next.name
  const locale = currentLocale()
  // The API's benefit titles, joined the locale's way ("a and b", "a y b", "a و b").
  const benefits = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    view.nextAdds.slice(0, 2).map((b) => b.title.toLocaleLowerCase(locale)),
  )
  const multiplier = formatNumber(view.next.multiplier, locale)
  return {
    id: `tier:${view.next.id}:${input.tier.periodEnd}`,
    kind: 'tier',
    message: msg`Spend ${amount} more by ${date} to reach ${tier}`,
    detail:
      view.nextAdds.length > 0
        ? msg`${tier} adds ${benefits}.`
        : msg`${tier} members earn ${multiplier}× points.`,
    link: { to: input.tierAnchor, label: msg`See ${tier} benefits` },
    // The closer the period end and the smaller the gap, the more it matters.
    score:
      60 + Math.round((1 - view.daysLeft / TIER_WINDOW_DAYS) * 15) + Math.round(view.fraction * 10),
  }
}

/** Where the birthday is asked for (the ways-to-earn page's birthday section). */
export const BIRTHDAY_PATH = `${paths.earn}#birthday`

/**
 * In the birth month (as the API counts it, UTC), the gift: its points are in the balance and
 * its reward in the wallet until the month ends. With no birthday on file, a quiet reminder
 * that telling it brings a gift every year.
 */
function birthdayNudge(input: NudgeInput): Nudge | null {
  const { birthday } = input.member
  const now = new Date(input.balance.asOf)
  if (birthday === null) {
    return {
      id: 'birthday:missing',
      kind: 'birthday',
      message: msg`Tell us your birthday for a gift every year`,
      detail: msg`A gift in your birth month, every year. We only ask for the month and day.`,
      link: { to: BIRTHDAY_PATH, label: msg`Add your birthday` },
      score: 30,
    }
  }
  if (!isBirthMonth(birthday, now)) return null
  const until = formatShortDate(giftPeriod(birthday, now).end.toISOString(), input.balance.asOf)
  return {
    id: `birthday:${String(now.getUTCFullYear())}`,
    kind: 'birthday',
    message: msg`Happy birthday month! Your gift is here`,
    detail: msg`Your birthday gift is in your balance and your wallet until ${until}.`,
    link: { to: paths.wallet, label: msg`See your gift` },
    // For this month only: above the tier, below points about to expire.
    score: 85,
  }
}

/** The nudges worth showing now, most useful first, at most MAX_NUDGES, minus dismissed ones. */
export function rankNudges(input: NudgeInput, dismissed: ReadonlySet<string> = new Set()): Nudge[] {
  return [nearRewardNudge(input), expiringNudge(input), tierNudge(input), birthdayNudge(input)]
    .filter((nudge): nudge is Nudge => nudge !== null && !dismissed.has(nudge.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_NUDGES)
}
