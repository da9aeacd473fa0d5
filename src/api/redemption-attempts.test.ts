import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearMemberStorage } from '@/lib/member-storage'
import { ATTEMPT_PREFIX, hasUnsettledAttempt } from './attempt-keys'
import {
  confirmAttempt,
  findAttempt,
  pickAttempt,
  settleAttempt,
  unsettledAttempts,
  type Attempt,
} from './redemption-attempts'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from './schemas/idempotency-key'

const COFFEE = { id: 'rwd_free_coffee', name: 'Free Coffee', cost: 150 }
const PASTRY = { id: 'rwd_free_pastry', name: 'Free Pastry', cost: 100 }
const HOUR = 3_600_000

/**
 * A LockManager like the browser's: one holder per name (the others queue in order), shared
 * locks at once, and query() of what is held. `onGrant` runs as an exclusive lock is granted.
 */
function fakeLocks(onGrant: (name: string) => void = () => {}) {
  const tails = new Map<string, Promise<unknown>>()
  const held: string[] = []
  function request<T>(name: string, ...args: [() => Promise<T>] | [LockOptions, () => Promise<T>]) {
    const [options, callback] = args.length === 1 ? [{}, args[0]] : args
    const shared = options.mode === 'shared'
    const run = (shared ? Promise.resolve() : (tails.get(name) ?? Promise.resolve())).then(
      async () => {
        if (!shared) onGrant(name)
        held.push(name)
        try {
          return await callback()
        } finally {
          held.splice(held.indexOf(name), 1)
        }
      },
    )
    if (!shared)
      tails.set(
        name,
        run.catch(() => undefined),
      )
    return run
  }
  return { request, query: () => Promise.resolve({ held: held.map((name) => ({ name })) }) }
}

/** A server that spends once per key, slowly enough for a second confirm to arrive meanwhile. */
function fakeServer() {
  const spentBy = new Set<string>()
  const sent: string[] = []
  return {
    sent,
    spends: () => spentBy.size,
    async send(attempt: Attempt) {
      sent.push(attempt.key)
      await new Promise((resolve) => setTimeout(resolve, 30))
      spentBy.add(attempt.key)
      return attempt.key
    },
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('pickAttempt: which attempt a confirm belongs to', () => {
  it('starts an attempt with a fresh key, and a second confirm reuses it while it is unsettled', () => {
    const first = pickAttempt('m1', COFFEE, Date.now())
    expect(first).toMatchObject({
      rewardId: COFFEE.id,
      rewardName: 'Free Coffee',
      expectedCost: 150,
    })
    expect(findAttempt('m1', COFFEE.id)).toEqual(first)
    vi.setSystemTime(Date.now() + 5000)
    expect(pickAttempt('m1', COFFEE, Date.now())).toEqual(first)
    // Another reward, or another member, is another attempt.
    expect(pickAttempt('m1', PASTRY, Date.now()).key).not.toBe(first.key)
    expect(pickAttempt('m2', COFFEE, Date.now()).key).not.toBe(first.key)
  })

  it('an attempt in flight when the member clicked is theirs too, even once it has settled', () => {
    const first = pickAttempt('m1', COFFEE, Date.now())
    const clickedMeanwhile = Date.now() + 100
    vi.setSystemTime(Date.now() + 500)
    settleAttempt('m1', first)
    expect(findAttempt('m1', COFFEE.id)).toBeNull()
    // The second tab's member clicked while it was in flight: same key, its result.
    expect(pickAttempt('m1', COFFEE, clickedMeanwhile).key).toBe(first.key)
  })

  it('an attempt settled before the click was a different intent: a new key', () => {
    const first = pickAttempt('m1', COFFEE, Date.now())
    settleAttempt('m1', first)
    vi.setSystemTime(Date.now() + 1000)
    const next = pickAttempt('m1', COFFEE, Date.now())
    expect(next.key).not.toBe(first.key)
    expect(findAttempt('m1', COFFEE.id)).toEqual(next)
  })

  it('re-checking a known attempt never starts a new one', () => {
    const first = pickAttempt('m1', COFFEE, Date.now())
    settleAttempt('m1', first)
    vi.setSystemTime(Date.now() + 1000)
    expect(pickAttempt('m1', COFFEE, Date.now(), first)).toEqual(first)
    expect(findAttempt('m1', COFFEE.id)).toBeNull()
  })

  it('stops re-sending an attempt an hour before the API forgets its key', () => {
    pickAttempt('m1', COFFEE, Date.now())
    vi.setSystemTime(Date.now() + (IDEMPOTENCY_KEY_RETENTION_HOURS - 1) * HOUR - 1000)
    expect(findAttempt('m1', COFFEE.id)).not.toBeNull()
    vi.setSystemTime(Date.now() + 1000)
    expect(findAttempt('m1', COFFEE.id)).toBeNull()
    expect(unsettledAttempts('m1')).toEqual([])
  })
})

describe('confirmAttempt: two tabs, one intent', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'locks')
  })

  it('with Web Locks: a confirm at the same moment waits, then sends the first one’s key', async () => {
    Object.defineProperty(navigator, 'locks', { configurable: true, value: fakeLocks() })
    const server = fakeServer()
    const results: unknown[] = []
    await Promise.all([
      confirmAttempt('m1', COFFEE, async (a) => results.push(await server.send(a))),
      confirmAttempt('m1', COFFEE, async (a) => results.push(await server.send(a))),
    ])
    expect(server.spends()).toBe(1)
    expect(new Set(server.sent).size).toBe(1)
    expect(results).toHaveLength(2)
  })

  it('with Web Locks: the second confirm is not sent until the first has its answer', async () => {
    Object.defineProperty(navigator, 'locks', { configurable: true, value: fakeLocks() })
    const order: string[] = []
    let answer = () => {}
    const first = confirmAttempt('m1', COFFEE, async () => {
      order.push('first sent')
      await new Promise<void>((resolve) => (answer = resolve))
      order.push('first answered')
    })
    const second = confirmAttempt('m1', COFFEE, async () => void order.push('second sent'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(order).toEqual(['first sent'])
    answer()
    await Promise.all([first, second])
    expect(order).toEqual(['first sent', 'first answered', 'second sent'])
  })

  it('with Web Locks: the waiting tab gets the settled attempt even before its storage shows it', async () => {
    let grants = 0
    // Each tab has its own copy of storage: the second sees nothing of the first's yet.
    const locks = fakeLocks(() => {
      grants += 1
      if (grants === 2) localStorage.clear()
    })
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks })
    const server = fakeServer()
    const send = async (attempt: Attempt) => {
      await server.send(attempt)
      vi.setSystemTime(Date.now() + 100)
      settleAttempt('m1', attempt)
    }
    await Promise.all([confirmAttempt('m1', COFFEE, send), confirmAttempt('m1', COFFEE, send)])
    expect(server.sent).toHaveLength(2)
    expect(new Set(server.sent).size).toBe(1)
    expect(server.spends()).toBe(1)

    // A confirm after that was another intent: a new key.
    vi.setSystemTime(Date.now() + 100)
    await confirmAttempt('m1', COFFEE, send)
    expect(server.spends()).toBe(2)
  })

  it('without Web Locks: a claim another tab wrote meanwhile wins, so both send one key', async () => {
    expect(navigator.locks).toBeUndefined()
    const sent: string[] = []
    const mine = confirmAttempt('m1', COFFEE, async (a) => void sent.push(a.key))
    // This tab has written its claim; another tab's lands in storage while this one waits.
    const theirs = { ...pickAttempt('m2', COFFEE, Date.now()), key: 'the-other-tab' }
    localStorage.setItem(`${ATTEMPT_PREFIX}m1:${COFFEE.id}`, JSON.stringify(theirs))
    await mine
    expect(sent).toEqual(['the-other-tab'])
  })
})

describe('signing out', () => {
  it('keeps unsettled attempts, by member, and nothing else of the member', () => {
    const kept = pickAttempt('m1', COFFEE, Date.now())
    settleAttempt('m1', pickAttempt('m1', PASTRY, Date.now()))
    localStorage.setItem('rewards:dismissed-nudges', '["n1"]')
    sessionStorage.setItem('rewards:something', 'x')

    clearMemberStorage(ATTEMPT_PREFIX)

    expect(Object.keys(localStorage)).toEqual([
      expect.stringMatching(/^rewards:redemption-attempt:m1:/),
    ])
    expect(sessionStorage.length).toBe(0)
    // What stays is the key and the reward: no code, no balance.
    expect(
      Object.keys(JSON.parse(localStorage.getItem(Object.keys(localStorage)[0] ?? '') ?? '{}')),
    ).toEqual(['key', 'rewardId', 'rewardName', 'expectedCost', 'startedAt'])
    expect(unsettledAttempts('m1')).toEqual([kept])
    expect(hasUnsettledAttempt('m1')).toBe(true)
    // Another member signing in on this browser sees none of it.
    expect(unsettledAttempts('m2')).toEqual([])
    expect(hasUnsettledAttempt('m2')).toBe(false)
  })
})
