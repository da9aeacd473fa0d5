import * as z from 'zod/mini'
import { id, pageOf, points, timestamp } from './common'

/** What a challenge counts. */
export const ChallengeGoalKind = z.enum(['purchases', 'reviews'])
export type ChallengeGoalKind = z.infer<typeof ChallengeGoalKind>

/**
 * locked: the member has not made the purchases that unlock it; active: open, not reached yet;
 * completed: reached before the deadline (its points credited); expired: the deadline passed.
 */
export const ChallengeStatus = z.enum(['locked', 'active', 'completed', 'expired'])
export type ChallengeStatus = z.infer<typeof ChallengeStatus>

export const ChallengeUnlock = z.object({
  /** Purchases from the challenge's start that unlock it. */
  purchases: z.int().check(z.gte(1)),
  /** The member's purchases since the start, up to that number. */
  purchasesMade: z.int().check(z.gte(0)),
})
export type ChallengeUnlock = z.infer<typeof ChallengeUnlock>

export const Challenge = z.object({
  id: id(),
  title: z.string().check(z.minLength(1)),
  goal: z.object({ kind: ChallengeGoalKind, target: z.int().check(z.gte(1)) }),
  /** How many of the goal count so far, up to the target. */
  progress: z.int().check(z.gte(0)),
  rewardPoints: points(1),
  startsAt: timestamp(),
  /** The deadline: what is done before this moment counts. */
  endsAt: timestamp(),
  status: ChallengeStatus,
  /** What unlocks it; null when it is open to every member. */
  unlock: z.nullable(ChallengeUnlock),
  completedAt: z.nullable(timestamp()),
})
export type Challenge = z.infer<typeof Challenge>

export const ChallengePage = pageOf(Challenge)
export type ChallengePage = z.infer<typeof ChallengePage>

/** current: active and locked, soonest deadline first; history: completed and expired, newest first. */
export const ChallengeView = z.enum(['current', 'history'])
export type ChallengeView = z.infer<typeof ChallengeView>

/** Query string of GET /me/challenges, as the server parses it. */
export const ChallengeListQuery = z.object({
  view: z._default(ChallengeView, 'current'),
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
})
export type ChallengeListQuery = z.input<typeof ChallengeListQuery>

/**
 * Whether a challenge's deadline has passed at `now`: what happens before `endsAt` counts, and
 * nothing from `endsAt` on. The API decides a challenge's status by it and the portal stops
 * offering one by it, so both agree to the second.
 */
export function isPastDeadline(endsAt: string | Date, now: string | Date): boolean {
  const time = (moment: string | Date) =>
    typeof moment === 'string' ? Date.parse(moment) : moment.getTime()
  return time(now) >= time(endsAt)
}
