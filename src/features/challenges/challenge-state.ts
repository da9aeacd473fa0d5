import { isPastDeadline, type Challenge } from '@/api/schemas/challenge'
import { daysBetween } from '@/lib/format'

/** Days are counted in the member's calendar: 0 on the last day, 1 the day before. */
type Deadline = {
  /** The last moment that counts (a second before `endsAt`): "by 31 Dec". */
  lastDay: string
  /** Calendar days from today to the last day. */
  daysLeft: number
}

/** What the member can do about a challenge now, as data for the page to put in words. */
export type ChallengeState =
  | ({ kind: 'active'; done: number; target: number; remaining: number } & Deadline)
  | ({
      kind: 'locked'
      purchasesMade: number
      purchasesNeeded: number
      remaining: number
    } & Deadline)
  | { kind: 'completed'; completedAt: string }
  | { kind: 'expired'; done: number; target: number; lastDay: string }

const lastMomentOf = (endsAt: string) => new Date(Date.parse(endsAt) - 1000).toISOString()

/**
 * Where a challenge stands at `now`. The API's status decides, except that a challenge it
 * called open is shown as ended once its deadline has passed (an answer loaded before it).
 */
export function challengeState(challenge: Challenge, now: string): ChallengeState {
  const target = challenge.goal.target
  const done = Math.min(challenge.progress, target)
  const lastDay = lastMomentOf(challenge.endsAt)
  if (challenge.status === 'completed') {
    return { kind: 'completed', completedAt: challenge.completedAt ?? challenge.endsAt }
  }
  if (challenge.status === 'expired' || isPastDeadline(challenge.endsAt, now)) {
    return { kind: 'expired', done, target, lastDay }
  }
  const deadline = { lastDay, daysLeft: Math.max(0, daysBetween(now, lastDay)) }
  if (challenge.status === 'locked' && challenge.unlock) {
    const { purchases, purchasesMade } = challenge.unlock
    return {
      kind: 'locked',
      purchasesMade: Math.min(purchasesMade, purchases),
      purchasesNeeded: purchases,
      remaining: Math.max(0, purchases - purchasesMade),
      ...deadline,
    }
  }
  return { kind: 'active', done, target, remaining: target - done, ...deadline }
}
