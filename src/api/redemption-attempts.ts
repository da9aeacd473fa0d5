import * as z from 'zod/mini'
import { ATTEMPT_PREFIX } from './attempt-keys'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from './schemas/idempotency-key'

const Stored = z.object({
  key: z.string(),
  rewardId: z.string(),
  rewardName: z.string(),
  expectedCost: z.number(),
  startedAt: z.string(),
  /** When the outcome became known; absent while the attempt is unsettled. */
  settledAt: z.optional(z.string()),
})
type Stored = z.infer<typeof Stored>

/**
 * Redemption attempts, kept in localStorage per member and reward so that a retry, a reload,
 * a second tab or a double click all reuse the same Idempotency-Key: the server then answers
 * with the first result and never spends twice. An attempt is unsettled from the confirm
 * until its outcome is known (a redemption or a refusal); only then may a new one start.
 */
export type Attempt = Omit<Stored, 'settledAt'>

const HOUR_MS = 3_600_000
/**
 * An unsettled attempt is re-sent with its key only while the API surely still keeps the key
 * (an hour's margin for clocks that disagree); after that it is dropped, and the wallet is
 * where its outcome shows.
 */
const MAX_AGE_MS = (IDEMPOTENCY_KEY_RETENTION_HOURS - 1) * HOUR_MS
/** Without Web Locks: how long a confirm waits for another tab's claim to reach storage. */
const CLAIM_WAIT_MS = 150
/** How long a settled attempt is handed over through the lock manager (see handOver). */
const HANDOVER_MS = 10_000

// Per member and reward (`slot`): the unsettled attempt under ATTEMPT_PREFIX (kept through
// sign-out, to be settled at the member's next sign-in), and the last settled one, for confirms
// that were waiting on it, under SETTLED_PREFIX.
const SETTLED_PREFIX = 'rewards:redemption-settled:'
const HANDOVER_PREFIX = 'rewards:redemption-handover:'
const slot = (memberId: string, rewardId: string) => `${memberId}:${rewardId}`

/** An attempt as this module writes it, or null for anything else (corrupt, absent). */
function parse(json: string | null): Stored | null {
  try {
    return Stored.safeParse(JSON.parse(json ?? 'null')).data ?? null
  } catch {
    return null
  }
}

function read(name: string): Stored | null {
  try {
    return parse(localStorage.getItem(name))
  } catch {
    // Blocked storage keeps nothing.
    return null
  }
}

function write(name: string, value: Stored | null) {
  try {
    if (value) localStorage.setItem(name, JSON.stringify(value))
    else localStorage.removeItem(name)
  } catch {
    // Storage blocked: the key still protects the retries of this page.
  }
  for (const listener of listeners) listener()
}

/** An unsettled attempt stored under `name`, unless too old to re-send. */
function readUnsettled(name: string): Attempt | null {
  const attempt = read(name)
  return attempt && Date.now() - Date.parse(attempt.startedAt) < MAX_AGE_MS ? attempt : null
}

/** The member's unsettled attempt at this reward, if any. */
export function findAttempt(memberId: string, rewardId: string): Attempt | null {
  return readUnsettled(ATTEMPT_PREFIX + slot(memberId, rewardId))
}

/** Every unsettled attempt of this member, oldest first. */
export function unsettledAttempts(memberId: string): Attempt[] {
  const found: Attempt[] = []
  try {
    for (const name of Object.keys(localStorage)) {
      if (!name.startsWith(ATTEMPT_PREFIX + memberId + ':')) continue
      const attempt = readUnsettled(name)
      if (attempt) found.push(attempt)
    }
  } catch {
    // Blocked storage keeps no attempts.
  }
  return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
}

/**
 * The attempt a confirm made at `clickedAt` belongs to. An attempt that was in flight when
 * the member clicked (still unsettled, or settled since) is theirs too: sending its key again
 * shows its result and spends nothing more, whichever tab started it. One settled before the
 * click was a different intent. Otherwise `resume` (re-checking a known attempt never starts
 * a new one), or a new attempt with a fresh key.
 */
export function pickAttempt(
  memberId: string,
  reward: { id: string; name: string; cost: number },
  clickedAt: number,
  resume?: Attempt,
): Attempt {
  const open = findAttempt(memberId, reward.id)
  if (open) return open
  const settled = read(SETTLED_PREFIX + slot(memberId, reward.id))
  if (settled?.settledAt && Date.parse(settled.settledAt) >= clickedAt) return settled
  if (resume) return resume
  const attempt: Attempt = {
    key: crypto.randomUUID(),
    rewardId: reward.id,
    rewardName: reward.name,
    expectedCost: reward.cost,
    startedAt: new Date().toISOString(),
  }
  write(ATTEMPT_PREFIX + slot(memberId, reward.id), attempt)
  return attempt
}

/**
 * Confirms one redemption intent: holds the member+reward lock across tabs (Web Locks) while
 * `send` runs with the attempt the confirm belongs to, so a second tab confirming at the same
 * moment waits and then gets the first one's result. Without Web Locks, each tab writes its
 * claim, waits CLAIM_WAIT_MS and adopts whichever attempt storage holds then: tabs that
 * confirm within that window send one key, but nothing holds a tab back while another's
 * request is out, so the second sends the same key again (the API replays it or answers 409
 * idempotency_key_in_use) rather than waiting, and a confirm that comes after another tab's
 * attempt settled but before storage shows it could start a new one.
 */
export async function confirmAttempt(
  memberId: string,
  reward: { id: string; name: string; cost: number },
  send: (attempt: Attempt) => Promise<unknown>,
  resume?: Attempt,
): Promise<void> {
  const clickedAt = Date.now()
  const name = slot(memberId, reward.id)
  const locks = globalThis.navigator?.locks
  if (locks) {
    await locks.request(ATTEMPT_PREFIX + name, async () => {
      const waitedOn = await handedOver(locks, name, clickedAt)
      const attempt = pickAttempt(memberId, reward, clickedAt, waitedOn ?? resume)
      await send(attempt)
      const settled = read(SETTLED_PREFIX + name)
      if (settled?.key === attempt.key) await handOver(locks, name, settled)
    })
    return
  }
  pickAttempt(memberId, reward, clickedAt, resume)
  await new Promise((resolve) => setTimeout(resolve, CLAIM_WAIT_MS))
  await send(pickAttempt(memberId, reward, clickedAt, resume))
}

/**
 * Each tab has its own copy of localStorage, kept in step asynchronously: what a tab writes just
 * before it releases the lock may not have reached the tab that gets the lock next. So a
 * settled attempt is also handed over through the lock manager, which the browser keeps
 * consistent: a shared lock, held a short while, whose name carries the attempt. It is taken
 * before the confirm's own lock is released.
 */
function handOver(locks: LockManager, name: string, settled: Stored) {
  return new Promise<void>((taken) => {
    void locks.request(
      `${HANDOVER_PREFIX}${name}:${JSON.stringify(settled)}`,
      { mode: 'shared' },
      () => {
        taken()
        return new Promise((release) => setTimeout(release, HANDOVER_MS))
      },
    )
  })
}

/** The attempt at this slot another tab settled after `clickedAt`, as handed over, if any. */
async function handedOver(
  locks: LockManager,
  name: string,
  clickedAt: number,
): Promise<Attempt | undefined> {
  const prefix = `${HANDOVER_PREFIX}${name}:`
  for (const lock of (await locks.query()).held ?? []) {
    if (!lock.name?.startsWith(prefix)) continue
    const settled = parse(lock.name.slice(prefix.length))
    if (settled?.settledAt && Date.parse(settled.settledAt) >= clickedAt) return settled
  }
  return undefined
}

/** The outcome is known (a redemption or a refusal): the next confirm starts a new attempt. */
export function settleAttempt(memberId: string, attempt: Attempt) {
  const name = slot(memberId, attempt.rewardId)
  write(SETTLED_PREFIX + name, { ...attempt, settledAt: new Date().toISOString() })
  if (findAttempt(memberId, attempt.rewardId)?.key === attempt.key) {
    write(ATTEMPT_PREFIX + name, null)
  }
}

const listeners = new Set<() => void>()

/** Calls `listener` whenever an attempt changes, in this tab or (through storage) another. */
export function subscribeAttempts(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith('rewards:redemption-')) listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The stored form of the member's unsettled attempt at a reward (stable for React). */
export const attemptSnapshot = (memberId: string, rewardId: string) => () => {
  try {
    return localStorage.getItem(ATTEMPT_PREFIX + slot(memberId, rewardId))
  } catch {
    return null
  }
}
