/**
 * Redemption attempts whose outcome the member has not seen yet, kept in localStorage so that
 * a retry, a reload, a second tab or a double click all reuse the same Idempotency-Key: the
 * server then answers with the first result and never spends twice.
 */
export type Attempt = {
  key: string
  rewardId: string
  rewardName: string
  expectedCost: number
  startedAt: string
}

/** Older attempts are dropped: the outcome has long been settled and shown elsewhere (the wallet). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000

const ATTEMPT_PREFIX = 'rewards:redemption-attempt:'
const storageKey = (memberId: string, rewardId: string) =>
  `${ATTEMPT_PREFIX}${memberId}:${rewardId}`

function parse(raw: string | null): Attempt | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<Attempt>
    if (
      typeof value.key === 'string' &&
      typeof value.rewardId === 'string' &&
      typeof value.rewardName === 'string' &&
      typeof value.expectedCost === 'number' &&
      typeof value.startedAt === 'string' &&
      Date.now() - Date.parse(value.startedAt) < MAX_AGE_MS
    ) {
      return value as Attempt
    }
  } catch {
    // Corrupt entry: treat as absent.
  }
  return null
}

export function findAttempt(memberId: string, rewardId: string): Attempt | null {
  try {
    return parse(localStorage.getItem(storageKey(memberId, rewardId)))
  } catch {
    return null
  }
}

/** The unfinished attempt at this reward and cost, or a new one with a fresh key. */
export function startAttempt(
  memberId: string,
  reward: { id: string; name: string; cost: number },
): Attempt {
  const existing = findAttempt(memberId, reward.id)
  if (existing && existing.expectedCost === reward.cost) return existing
  const attempt: Attempt = {
    key: crypto.randomUUID(),
    rewardId: reward.id,
    rewardName: reward.name,
    expectedCost: reward.cost,
    startedAt: new Date().toISOString(),
  }
  try {
    localStorage.setItem(storageKey(memberId, reward.id), JSON.stringify(attempt))
  } catch {
    // Storage blocked: the key still protects retries within this page.
  }
  return attempt
}

/** The outcome is known (a result or a refusal): the next redemption is a new attempt. */
export function finishAttempt(memberId: string, rewardId: string, key: string) {
  try {
    if (findAttempt(memberId, rewardId)?.key === key) {
      localStorage.removeItem(storageKey(memberId, rewardId))
    }
  } catch {
    // Nothing to clean up.
  }
}

/** Every unfinished attempt of this member, oldest first. */
export function unfinishedAttempts(memberId: string): Attempt[] {
  const found: Attempt[] = []
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const name = localStorage.key(i)
      if (!name?.startsWith(`${ATTEMPT_PREFIX}${memberId}:`)) continue
      const attempt = parse(localStorage.getItem(name))
      if (attempt) found.push(attempt)
      else localStorage.removeItem(name)
    }
  } catch {
    return found
  }
  return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
}
