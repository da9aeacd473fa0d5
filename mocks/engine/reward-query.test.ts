import { describe, expect, it } from 'vitest'
import { RewardListQuery } from '@/api/schemas/reward-list-query'
import { createCatalog, type CatalogReward } from './catalog'
import { EngineError } from './engine-error'
import { createRandom } from './random'
import { createLargeCatalog } from './large-catalog-generator'
import { encodeCursor, queryRewards, RewardIndex, toRewardQuery } from './reward-query'
import { rewardName } from './reward-text'

const now = new Date('2026-11-20T15:00:00Z')
const catalog = createCatalog({ random: createRandom(3), now })
const query = (input: Record<string, string>) => toRewardQuery(RewardListQuery.parse(input))

function allPages(
  rewards: readonly CatalogReward[],
  input: Record<string, string>,
  available = 1000,
): CatalogReward[] {
  const seen: CatalogReward[] = []
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
    const isSorted = (
      items: CatalogReward[],
      compare: (a: CatalogReward, b: CatalogReward) => number,
    ) =>
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

    expect(allPages(catalog, { q: 'COFFEE' }).map((reward) => rewardName(reward, 'en'))).toEqual(
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

  it('re-sorts by cost after costChanged(), and only then', () => {
    const rewards = structuredClone(catalog)
    const index = new RewardIndex(rewards)
    const cheapest = () => index.query(query({ limit: '1' }), 0).items[0]?.id
    const before = cheapest()
    const dearest = index.query(query({ limit: '1', sort: 'cost_desc' }), 0).items[0]
    if (!dearest) throw new Error('catalog is empty')
    dearest.cost = 0
    expect(cheapest()).toBe(before)
    index.costChanged()
    expect(cheapest()).toBe(dearest.id)
  })

  it('answers a 10,000-reward catalog like a full filter-and-sort would', () => {
    const big = createLargeCatalog({
      base: catalog,
      size: 10_000,
      random: createRandom(4),
      now,
    })
    const index = new RewardIndex(big)
    const inputs: Record<string, string>[] = [
      { sort: 'popular', q: 'o', limit: '24' },
      { sort: 'cost_desc', category: 'experience', affordable: 'true', limit: '50' },
      { sort: 'newest', q: 'espresso cup', limit: '100', cursor: encodeCursor(100) },
      { sort: 'cost_asc', q: 'no. 9999', limit: '5' },
    ]
    for (const input of inputs) {
      const parsed = query(input)
      const needle = parsed.q?.toLowerCase() ?? ''
      const expected = big
        .filter(
          (reward) =>
            (parsed.category === undefined || reward.category === parsed.category) &&
            (parsed.affordable === undefined || reward.cost <= 800 === parsed.affordable) &&
            rewardName(reward, 'en').toLowerCase().includes(needle),
        )
        .sort((a, b) => {
          const byKey = {
            cost_asc: a.cost - b.cost,
            cost_desc: b.cost - a.cost,
            newest: a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
            popular: b.popularity - a.popularity,
          }[parsed.sort]
          return byKey || (a.id < b.id ? -1 : 1)
        })
      const offset = input.cursor ? 100 : 0
      const page = index.query(parsed, 800)
      expect(page.items.map((reward) => reward.id)).toEqual(
        expected.slice(offset, offset + parsed.limit).map((reward) => reward.id),
      )
      expect(page.nextCursor === null).toBe(expected.length <= offset + parsed.limit)
    }
  })
})
