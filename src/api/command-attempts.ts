import * as z from 'zod/mini'
import { attemptPrefix } from './attempt-keys'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from './schemas/idempotency-key'

/**
 * One attempt at an idempotent command (see idempotent-command.ts): the command's own data
 * (what it acts on, for the body and the words), the Idempotency-Key every retry of the attempt
 * sends, and when it started. Unsettled from the confirm until its outcome is known.
 */
export type CommandAttempt<Data> = Data & { key: string; startedAt: string }

/** What an attempt store keeps about one kind of command. */
export type AttemptSpec<Data> = {
  /** Names the command's storage: `rewards:<name>-attempt:<member>:<slot>`. */
  name: string
  /** The command's data as stored: attempts whose data it rejects are ignored. */
  data: z.ZodMiniType<Data>
  /**
   * What one intent acts on (a reward, an action): attempts of one member at one slot share a
   * key until one settles, and confirms at one slot are serialised across tabs.
   */
  slot: (data: Data) => string
}

/** The attempts of one kind of command, kept in localStorage per member and slot. */
export type AttemptStore<Data> = {
  readonly name: string
  slotOf(data: Data): string
  /** The member's unsettled attempt at this slot, if any. */
  find(memberId: string, slot: string): CommandAttempt<Data> | null
  /** Every unsettled attempt of this member, oldest first. */
  unsettled(memberId: string): CommandAttempt<Data>[]
  /**
   * The attempt a confirm made at `clickedAt` belongs to: one in flight when the member clicked
   * (still unsettled, or settled since) is theirs too; one settled before the click was a
   * different intent. Otherwise `resume` (re-checking a known attempt never starts a new one),
   * or a new attempt with a fresh key.
   */
  pick(
    memberId: string,
    data: Data,
    clickedAt: number,
    resume?: CommandAttempt<Data>,
  ): CommandAttempt<Data>
  /**
   * Confirms one intent: holds the member+slot lock across tabs (Web Locks) while `send` runs
   * with the attempt the confirm belongs to, so a second tab confirming at the same moment
   * waits and then gets the first one's result.
   */
  confirm(
    memberId: string,
    data: Data,
    send: (attempt: CommandAttempt<Data>) => Promise<unknown>,
    resume?: CommandAttempt<Data>,
  ): Promise<void>
  /** The outcome is known: the next confirm at this slot starts a new attempt. */
  settle(memberId: string, attempt: CommandAttempt<Data>): void
  /** Calls `listener` whenever an attempt changes, in this tab or (through storage) another. */
  subscribe(listener: () => void): () => void
  /** The stored form of the member's unsettled attempt at a slot (stable for React). */
  snapshot(memberId: string, slot: string): () => string | null
}

const HOUR_MS = 3_600_000
/**
 * An unsettled attempt is re-sent with its key only while the API surely still keeps the key
 * (an hour's margin for clocks that disagree); after that it is dropped, and what the command
 * changed (the wallet, the activity) is where its outcome shows.
 */
const MAX_AGE_MS = (IDEMPOTENCY_KEY_RETENTION_HOURS - 1) * HOUR_MS
/** Without Web Locks: how long a confirm waits for another tab's claim to reach storage. */
const CLAIM_WAIT_MS = 150
/** How long a settled attempt is handed over through the lock manager (see handOver). */
const HANDOVER_MS = 10_000

const Envelope = z.looseObject({
  key: z.string(),
  startedAt: z.string(),
  /** When the outcome became known; absent while the attempt is unsettled. */
  settledAt: z.optional(z.string()),
})

type Stored<Data> = CommandAttempt<Data> & { settledAt?: string }

/** Listeners of every store: a change to one kind of attempt may matter to any page. */
const listeners = new Set<() => void>()

/**
 * A store of attempts for one kind of command. Per member and slot: the unsettled attempt
 * under `rewards:<name>-attempt:` (kept through sign-out, to be settled at the member's next
 * sign-in), and the last settled one, for confirms that were waiting on it, under
 * `rewards:<name>-settled:`.
 */
export function createAttemptStore<Data extends object>(
  spec: AttemptSpec<Data>,
): AttemptStore<Data> {
  const ATTEMPT = attemptPrefix(spec.name)
  const SETTLED = `rewards:${spec.name}-settled:`
  const HANDOVER = `rewards:${spec.name}-handover:`
  const CHANGES = `rewards:${spec.name}-`
  const slotName = (memberId: string, slot: string) => `${memberId}:${slot}`

  /** An attempt as this store writes it, or null for anything else (corrupt, absent). */
  function parse(json: string | null): Stored<Data> | null {
    let value: unknown
    try {
      value = JSON.parse(json ?? 'null')
    } catch {
      return null
    }
    const envelope = Envelope.safeParse(value)
    const data = spec.data.safeParse(value)
    if (!envelope.success || !data.success) return null
    const { key, startedAt, settledAt } = envelope.data
    return {
      key,
      ...data.data,
      startedAt,
      ...(settledAt !== undefined && { settledAt }),
    }
  }

  function read(name: string): Stored<Data> | null {
    try {
      return parse(localStorage.getItem(name))
    } catch {
      // Blocked storage keeps nothing.
      return null
    }
  }

  function write(name: string, value: Stored<Data> | null) {
    try {
      if (value) localStorage.setItem(name, JSON.stringify(value))
      else localStorage.removeItem(name)
    } catch {
      // Storage blocked: the key still protects the retries of this page.
    }
    for (const listener of listeners) listener()
  }

  /** An unsettled attempt stored under `name`, unless too old to re-send. */
  function readUnsettled(name: string): CommandAttempt<Data> | null {
    const attempt = read(name)
    return attempt && Date.now() - Date.parse(attempt.startedAt) < MAX_AGE_MS ? attempt : null
  }

  const find = (memberId: string, slot: string) => readUnsettled(ATTEMPT + slotName(memberId, slot))

  function pick(
    memberId: string,
    data: Data,
    clickedAt: number,
    resume?: CommandAttempt<Data>,
  ): CommandAttempt<Data> {
    const slot = spec.slot(data)
    const open = find(memberId, slot)
    if (open) return open
    const settled = read(SETTLED + slotName(memberId, slot))
    if (settled?.settledAt && Date.parse(settled.settledAt) >= clickedAt) return settled
    if (resume) return resume
    const attempt: CommandAttempt<Data> = {
      key: crypto.randomUUID(),
      // The command's data alone: never the key or times of an attempt passed in as data.
      ...spec.data.parse(data),
      startedAt: new Date().toISOString(),
    }
    write(ATTEMPT + slotName(memberId, slot), attempt)
    return attempt
  }

  /**
   * Each tab has its own copy of localStorage, kept in step asynchronously: what a tab writes
   * just before it releases the lock may not have reached the tab that gets the lock next. So a
   * settled attempt is also handed over through the lock manager, which the browser keeps
   * consistent: a shared lock, held a short while, whose name carries the attempt. It is taken
   * before the confirm's own lock is released.
   */
  function handOver(locks: LockManager, name: string, settled: Stored<Data>) {
    return new Promise<void>((taken) => {
      void locks.request(
        `${HANDOVER}${name}:${JSON.stringify(settled)}`,
        { mode: 'shared' },
        () => {
          taken()
          return new Promise((release) => setTimeout(release, HANDOVER_MS))
        },
      )
    })
  }

  /** The attempt at this slot another tab settled after `clickedAt`, as handed over, if any. */
  async function handedOver(locks: LockManager, name: string, clickedAt: number) {
    const prefix = `${HANDOVER}${name}:`
    for (const lock of (await locks.query()).held ?? []) {
      if (!lock.name?.startsWith(prefix)) continue
      const settled = parse(lock.name.slice(prefix.length))
      if (settled?.settledAt && Date.parse(settled.settledAt) >= clickedAt) return settled
    }
    return undefined
  }

  return {
    name: spec.name,
    slotOf: spec.slot,
    find,

    unsettled(memberId) {
      const found: CommandAttempt<Data>[] = []
      try {
        for (const name of Object.keys(localStorage)) {
          if (!name.startsWith(`${ATTEMPT}${memberId}:`)) continue
          const attempt = readUnsettled(name)
          if (attempt) found.push(attempt)
        }
      } catch {
        // Blocked storage keeps no attempts.
      }
      return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    },

    pick,

    /*
     * Without Web Locks, each tab writes its claim, waits CLAIM_WAIT_MS and adopts whichever
     * attempt storage holds then: tabs that confirm within that window send one key, but
     * nothing holds a tab back while another's request is out, so the second sends the same key
     * again (the API replays it or answers 409 idempotency_key_in_use) rather than waiting, and
     * a confirm that comes after another tab's attempt settled but before storage shows it
     * could start a new one.
     */
    async confirm(memberId, data, send, resume) {
      const clickedAt = Date.now()
      const name = slotName(memberId, spec.slot(data))
      const locks = globalThis.navigator?.locks
      if (locks) {
        await locks.request(ATTEMPT + name, async () => {
          const waitedOn = await handedOver(locks, name, clickedAt)
          const attempt = pick(memberId, data, clickedAt, waitedOn ?? resume)
          await send(attempt)
          const settled = read(SETTLED + name)
          if (settled?.key === attempt.key) await handOver(locks, name, settled)
        })
        return
      }
      pick(memberId, data, clickedAt, resume)
      await new Promise((resolve) => setTimeout(resolve, CLAIM_WAIT_MS))
      await send(pick(memberId, data, clickedAt, resume))
    },

    settle(memberId, attempt) {
      const slot = spec.slot(attempt)
      const name = slotName(memberId, slot)
      write(SETTLED + name, { ...attempt, settledAt: new Date().toISOString() })
      if (find(memberId, slot)?.key === attempt.key) write(ATTEMPT + name, null)
    },

    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === null || event.key.startsWith(CHANGES)) listener()
      }
      listeners.add(listener)
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },

    snapshot: (memberId, slot) => () => {
      try {
        return localStorage.getItem(ATTEMPT + slotName(memberId, slot))
      } catch {
        return null
      }
    },
  }
}
