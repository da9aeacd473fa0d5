/**
 * A small seeded pseudo-random generator (mulberry32). Same seed, same sequence, on every
 * platform, so a scenario looks identical in the browser, in tests and in screenshots.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T
  /** True with probability p. */
  chance(p: number): boolean
  /**
   * An independent generator for one purpose, so drawing more numbers for, say, the catalog
   * never shifts what a member's history looks like.
   */
  fork(label: string): Random
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1))
    },
    pick(items) {
      return items[Math.floor(next() * items.length)] ?? items[0]
    },
    chance(p) {
      return next() < p
    },
    fork(label) {
      return createRandom((seed ^ hashString(label)) >>> 0)
    },
  }
}

/** FNV-1a: a stable 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
