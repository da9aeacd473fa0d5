import type * as z from 'zod/mini'
import type { RewardListQuery, RewardSort } from '@/api/schemas/reward-list-query'
import type { CatalogReward } from './catalog'
import { decodeCursor, encodeCursor } from './cursor'
import {
  DEFAULT_LANGUAGE,
  PSEUDO_LANGUAGE,
  type Language,
  type TranslatedLanguage,
} from './language'
import { rewardName } from './reward-text'

export { decodeCursor, encodeCursor } from './cursor'

/** A parsed GET /rewards query, with `affordable` as a flag. */
export type RewardQuery = Omit<z.output<typeof RewardListQuery>, 'affordable'> & {
  affordable?: boolean
}

/** The engine's query from the query string as RewardListQuery parsed it. */
export function toRewardQuery({
  affordable,
  ...rest
}: z.output<typeof RewardListQuery>): RewardQuery {
  return affordable === undefined ? rest : { ...rest, affordable: affordable === 'true' }
}

type Entry = {
  readonly reward: CatalogReward
  readonly createdAt: number
}

/**
 * A name as the search compares it: lower case, without accents or Arabic short vowels, so
 * "cafe" finds "Café" and "قهوه" is found as written with or without its marks.
 */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const byId = (a: Entry, b: Entry) =>
  a.reward.id < b.reward.id ? -1 : a.reward.id > b.reward.id ? 1 : 0

const compareBy: Record<RewardSort, (a: Entry, b: Entry) => number> = {
  cost_asc: (a, b) => a.reward.cost - b.reward.cost,
  cost_desc: (a, b) => b.reward.cost - a.reward.cost,
  newest: (a, b) => b.createdAt - a.createdAt,
  popular: (a, b) => b.reward.popularity - a.reward.popularity,
}

const SORTS = Object.keys(compareBy) as RewardSort[]
/** The sort orders that depend on the cost, the only sort key that can change. */
const COST_SORTS: readonly RewardSort[] = ['cost_asc', 'cost_desc']

/**
 * The catalog, kept sorted for each sort order (ties broken by id so pages never overlap),
 * with names made searchable once per language, the first time that language searches. A
 * query walks one sorted order, keeps what matches the filters, and stops as soon as it knows
 * whether there is a next page: no sorting per request, and no full scan for the first pages
 * of a broad query.
 *
 * The rewards are held by reference; call costChanged() after changing a cost. Stock and
 * everything else a query looks at have no bearing on any order.
 */
export class RewardIndex {
  readonly #entries: readonly Entry[]
  readonly #sorted = new Map<RewardSort, readonly Entry[]>()
  readonly #names = new Map<TranslatedLanguage, ReadonlyMap<CatalogReward, string>>()

  constructor(rewards: readonly CatalogReward[]) {
    this.#entries = rewards.map((reward) => ({
      reward,
      createdAt: Date.parse(reward.createdAt),
    }))
    // Sorted up front, so no request pays for it; after a cost change, on the next query.
    for (const sort of SORTS) this.#ordered(sort)
  }

  get size(): number {
    return this.#entries.length
  }

  costChanged(): void {
    for (const sort of COST_SORTS) this.#sorted.delete(sort)
  }

  /**
   * One page of the catalog: filter by category, affordability (against `available`) and name
   * in `language` (the pseudo-locale searches the English names it is made from).
   */
  query(
    query: RewardQuery,
    available: number,
    language: Language = DEFAULT_LANGUAGE,
  ): { items: CatalogReward[]; nextCursor: string | null } {
    const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor)
    const end = offset + query.limit
    const needle = searchable(query.q?.trim() ?? '')
    const names =
      needle === '' ? null : this.#namesIn(language === PSEUDO_LANGUAGE ? 'en' : language)
    const { category, affordable } = query
    const items: CatalogReward[] = []
    let matched = 0
    for (const { reward } of this.#ordered(query.sort)) {
      if (
        (category === undefined || reward.category === category) &&
        (affordable === undefined || reward.cost <= available === affordable) &&
        (names === null || (names.get(reward) ?? '').includes(needle))
      ) {
        if (matched === end) return { items, nextCursor: encodeCursor(end) }
        if (matched >= offset) items.push(reward)
        matched += 1
      }
    }
    return { items, nextCursor: null }
  }

  #namesIn(language: TranslatedLanguage): ReadonlyMap<CatalogReward, string> {
    let names = this.#names.get(language)
    if (!names) {
      names = new Map(
        this.#entries.map(({ reward }) => [reward, searchable(rewardName(reward, language))]),
      )
      this.#names.set(language, names)
    }
    return names
  }

  #ordered(sort: RewardSort): readonly Entry[] {
    let sorted = this.#sorted.get(sort)
    if (!sorted) {
      const compare = compareBy[sort]
      sorted = [...this.#entries].sort((a, b) => compare(a, b) || byId(a, b))
      this.#sorted.set(sort, sorted)
    }
    return sorted
  }
}

/** One page of `rewards` (a one-off index; the engine keeps one for its catalog). */
export function queryRewards(
  rewards: readonly CatalogReward[],
  query: RewardQuery,
  available: number,
  language: Language = DEFAULT_LANGUAGE,
): { items: CatalogReward[]; nextCursor: string | null } {
  return new RewardIndex(rewards).query(query, available, language)
}
