import { describe, expect, it } from 'vitest'
import type { Reward } from '@/api/schemas/reward'
import { RewardListQuery } from '@/api/schemas/reward-list-query'
import { createCatalog } from './catalog'
import { EngineError } from './engine-error'
import { createRandom } from './random'
import { encodeCursor, queryRewards } from './reward-query'

const now = new Date('2026-11-20T15:00:00Z')
const catalog = createCatalog({ random: createRandom(3), now })
const query = (input: Record<string, string>) => RewardListQuery.parse(input)

function allPages(
  rewards: readonly Reward[],
  input: Record<string, string>,
  available = 1000,
): Reward[] {
  const seen: Reward[] = []
  let cursor: string | undefined
  for (let page = 0; page < 10_000; page++) {
    const result = queryRewards(
      rewards,
      query({ ...input, ...(cursor ? { cursor } : {}) }),
      available,
    )
    seen.push(...result.items)
    if (result.nextCursor === null) return seen
    cursor = result.nextCursor
  }
  throw new Error('paging never ended')
}

describe('queryRewards', () => {
  it.each(['cost_asc', 'cost_desc', 'newest', 'popular'])(
    'pages through every reward exactly once (%s)',
    (sort) => {
      for (const limit of ['1', '7', '24', '100']) {
        const ids = allPages(catalog, { sort, limit }).map((reward) => reward.id)
        expect(ids).toHaveLength(catalog.length)
        expect(new Set(ids)).toEqual(new Set(catalog.map((reward) => reward.id)))
      }
    },
  )

  it('sorts by cost, newest and popularity, breaking ties by id', () => {
    const ordered = (sort: string) => allPages(catalog, { sort, limit: '100' })
    const isSorted = (items: Reward[], compare: (a: Reward, b: Reward) => number) =>
      items.every((item, index) => {
        const previous = items[index - 1]
        return (
          !previous ||
          compare(previous, item) < 0 ||
          (compare(previous, item) === 0 && previous.id < item.id)
        )
      })
    expect(isSorted(ordered('cost_asc'), (a, b) => a.cost - b.cost)).toBe(true)
    expect(isSorted(ordered('cost_desc'), (a, b) => b.cost - a.cost)).toBe(true)
    expect(
      isSorted(ordered('newest'), (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    ).toBe(true)
    expect(isSorted(ordered('popular'), (a, b) => b.popularity - a.popularity)).toBe(true)
    // Several rewards share a cost, so the tie-break is exercised.
    expect(new Set(catalog.map((reward) => reward.cost)).size).toBeLessThan(catalog.length)
  })

  it('filters by category, affordability and a case-insensitive name search', () => {
    const donations = allPages(catalog, { category: 'donation' })
    expect(donations.length).toBeGreaterThan(0)
    expect(donations.every((reward) => reward.category === 'donation')).toBe(true)

    const affordable = allPages(catalog, { affordable: 'true' }, 500)
    const beyond = allPages(catalog, { affordable: 'false' }, 500)
    expect(affordable.every((reward) => reward.cost <= 500)).toBe(true)
    expect(beyond.every((reward) => reward.cost > 500)).toBe(true)
    expect(affordable.length + beyond.length).toBe(catalog.length)

    expect(allPages(catalog, { q: 'COFFEE' }).map((reward) => reward.name)).toEqual(
      expect.arrayContaining(['Free Coffee', 'Free Bag of Coffee Beans']),
    )
    expect(allPages(catalog, { q: 'no such reward' })).toEqual([])
    expect(
      allPages(catalog, { q: 'free', category: 'free_shipping', affordable: 'true' }, 300).map(
        (r) => r.cost,
      ),
    ).toEqual([100, 300])
  })

  it('ends with a null cursor and refuses cursors it did not hand out', () => {
    expect(queryRewards(catalog, query({ limit: '100' }), 0).nextCursor).toBeNull()
    expect(queryRewards(catalog, query({ cursor: encodeCursor(catalog.length) }), 0).items).toEqual(
      [],
    )
    for (const cursor of ['nonsense', encodeCursor(-1), btoa('offset:1.5'), '']) {
      expect(() => queryRewards(catalog, query({ cursor }), 0)).toThrow(EngineError)
    }
  })

  it('stays fast with 10,000 rewards', () => {
    const big = Array.from({ length: 250 }, (_, round) =>
      createCatalog({ random: createRandom(round), now }).map((reward) => ({
        ...reward,
        id: `${reward.id}_${round}`,
      })),
    ).flat()
    expect(big.length).toBeGreaterThanOrEqual(10_000)
    const started = performance.now()
    const page = queryRewards(big, query({ sort: 'popular', q: 'o', limit: '24' }), 800)
    const elapsed = performance.now() - started
    expect(page.items).toHaveLength(24)
    expect(elapsed).toBeLessThan(200)
  })
})
