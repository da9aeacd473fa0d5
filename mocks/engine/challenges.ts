import { isPastDeadline } from '@/api/schemas/challenge'
import type { Challenge, ChallengeGoalKind, ChallengeView } from '@/api/schemas/challenge'
import { toTimestamp } from './dates'
import type { EarnedEntry, Ledger, LedgerEntry } from './ledger'
import { DEFAULT_LANGUAGE, localize, pick, type Language, type Localized } from './language'
import { words } from './words/words'

/** A challenge as the program defines it. */
export type ChallengeDefinition = {
  readonly id: string
  readonly title: Localized
  readonly goal: { readonly kind: ChallengeGoalKind; readonly target: number }
  readonly rewardPoints: number
  readonly startsAt: Date
  /** The deadline (exclusive). */
  readonly endsAt: Date
  /** Purchases from its start that unlock it; null when open to everyone. */
  readonly unlockAfterPurchases: number | null
}

/** Where a member stands on a challenge at some moment. */
export type ChallengeStanding = {
  status: Challenge['status']
  progress: number
  purchasesMade: number
  completedAt: Date | null
}

const SOURCE_OF: Readonly<Record<ChallengeGoalKind, EarnedEntry['source']>> = {
  purchases: 'purchase',
  reviews: 'review',
}

const isEarned = (entry: LedgerEntry, source: EarnedEntry['source']): entry is EarnedEntry =>
  entry.kind === 'earned' && entry.source === source

/**
 * The challenge's rule, read from the ledger at `now`: what the member does from its start
 * until its deadline counts, once it is unlocked (by a number of purchases in that time, where
 * it says so; the unlocking purchase itself does not count); the target-th such thing
 * completes it.
 */
export function standing(
  challenge: ChallengeDefinition,
  ledger: Ledger,
  now: Date,
): ChallengeStanding {
  const inWindow = ledger
    .entries()
    .filter(
      (entry) =>
        entry.occurredAt >= challenge.startsAt &&
        entry.occurredAt <= now &&
        !isPastDeadline(challenge.endsAt, entry.occurredAt),
    )
  const purchases = inWindow.filter((entry) => isEarned(entry, 'purchase'))
  const needed = challenge.unlockAfterPurchases
  // What counts starts after the purchase that unlocked it; -1 while it is locked.
  let countsFrom = 0
  if (needed !== null) {
    const unlockedBy = purchases[needed - 1]
    countsFrom = unlockedBy ? inWindow.indexOf(unlockedBy) + 1 : -1
  }
  const counted =
    countsFrom < 0
      ? []
      : inWindow
          .slice(countsFrom)
          .filter((entry) => isEarned(entry, SOURCE_OF[challenge.goal.kind]))
  const target = challenge.goal.target
  const completedAt = counted[target - 1]?.occurredAt ?? null
  const purchasesMade = needed === null ? purchases.length : Math.min(purchases.length, needed)
  const progress = Math.min(counted.length, target)
  if (completedAt) return { status: 'completed', progress, purchasesMade, completedAt }
  if (isPastDeadline(challenge.endsAt, now)) {
    return { status: 'expired', progress, purchasesMade, completedAt: null }
  }
  if (countsFrom < 0) return { status: 'locked', progress: 0, purchasesMade, completedAt: null }
  return { status: 'active', progress, purchasesMade, completedAt: null }
}

/**
 * Credits the points of every challenge completed by `now` and not credited yet (a bonus in
 * the ledger, at the moment it was completed). Idempotent.
 */
export function awardChallenges(
  challenges: readonly ChallengeDefinition[],
  ledger: Ledger,
  now: Date,
): void {
  const credited = new Set(
    ledger
      .entries()
      .filter((entry) => isEarned(entry, 'bonus'))
      .map((entry) => entry.relatedId),
  )
  for (const challenge of challenges) {
    if (credited.has(challenge.id)) continue
    const { completedAt } = standing(challenge, ledger, now)
    if (!completedAt) continue
    ledger.earn({
      source: 'bonus',
      points: challenge.rewardPoints,
      occurredAt: completedAt,
      description: localize((language) =>
        words(language).history.challengeCompleted(challenge.title[language]),
      ),
      relatedId: challenge.id,
    })
  }
}

/** A challenge as the member sees it at `now`, in `language`. */
export function challengeView(
  challenge: ChallengeDefinition,
  ledger: Ledger,
  now: Date,
  language: Language = DEFAULT_LANGUAGE,
): Challenge {
  const { status, progress, purchasesMade, completedAt } = standing(challenge, ledger, now)
  return {
    id: challenge.id,
    title: pick(challenge.title, language),
    goal: { ...challenge.goal },
    progress,
    rewardPoints: challenge.rewardPoints,
    startsAt: toTimestamp(challenge.startsAt),
    endsAt: toTimestamp(challenge.endsAt),
    status,
    unlock:
      challenge.unlockAfterPurchases === null
        ? null
        : { purchases: challenge.unlockAfterPurchases, purchasesMade },
    completedAt: completedAt && toTimestamp(completedAt),
  }
}

/**
 * The challenges of one view at `now`, started by then: current ones (active, then locked,
 * soonest deadline first) or the history (the most recently ended or completed first).
 */
export function challengesIn(
  view: ChallengeView,
  challenges: readonly ChallengeDefinition[],
  ledger: Ledger,
  now: Date,
  language: Language = DEFAULT_LANGUAGE,
): Challenge[] {
  const current = view === 'current'
  const rank = { active: 0, locked: 1, completed: 2, expired: 2 } as const
  const when = (challenge: Challenge) => Date.parse(challenge.completedAt ?? challenge.endsAt)
  return challenges
    .filter((challenge) => challenge.startsAt <= now)
    .map((challenge) => challengeView(challenge, ledger, now, language))
    .filter((challenge) =>
      current
        ? challenge.status === 'active' || challenge.status === 'locked'
        : challenge.status === 'completed' || challenge.status === 'expired',
    )
    .sort((a, b) =>
      current
        ? rank[a.status] - rank[b.status] ||
          Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
          a.id.localeCompare(b.id)
        : when(b) - when(a) || a.id.localeCompare(b.id),
    )
}
