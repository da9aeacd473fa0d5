import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { RewardCategory } from '@/api/schemas/reward'
import { RewardSort, type RewardListQuery } from '@/api/schemas/reward-list-query'

/** What the member chose, as the page reads it from the URL. Defaults mean "not set". */
export type CatalogFilters = {
  category: RewardCategory | undefined
  /** "I can afford it": only rewards that cost no more than the available balance. */
  affordable: boolean
  /** The search text as typed (trimmed only when sent to the API). */
  q: string
  sort: RewardSort
}

export const DEFAULT_SORT: RewardSort = 'cost_asc'
export const PAGE_SIZE = 24
/** The API refuses longer searches; the input stops there too. */
export const MAX_QUERY_LENGTH = 100

export const NO_FILTERS: CatalogFilters = {
  category: undefined,
  affordable: false,
  q: '',
  sort: DEFAULT_SORT,
}

/** What each sort order is called in the "Sort by" menu. */
export const sortLabels: Record<RewardSort, MessageDescriptor> = {
  cost_asc: msg`Cost: low to high`,
  cost_desc: msg`Cost: high to low`,
  newest: msg`Newest`,
  popular: msg`Most popular`,
}

/** The URL keys this page owns; any other parameter (e.g. `scenario`) is left as it is. */
const KEYS = ['category', 'affordable', 'q', 'sort'] as const

/** Reads the filters from a query string. Anything unknown or malformed falls back to its default. */
export function parseFilters(params: URLSearchParams): CatalogFilters {
  const category = RewardCategory.safeParse(params.get('category'))
  const sort = RewardSort.safeParse(params.get('sort'))
  const q = params.get('q') ?? ''
  return {
    category: category.success ? category.data : undefined,
    affordable: params.get('affordable') === 'true',
    q: q.trim() === '' ? '' : q.slice(0, MAX_QUERY_LENGTH),
    sort: sort.success ? sort.data : DEFAULT_SORT,
  }
}

/**
 * A copy of `params` with the filters written in: defaults are left out so a plain catalog has a
 * plain URL, and parameters the page does not own are kept.
 */
export function writeFilters(params: URLSearchParams, filters: CatalogFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of KEYS) next.delete(key)
  if (filters.category) next.set('category', filters.category)
  if (filters.affordable) next.set('affordable', 'true')
  if (filters.q.trim() !== '') next.set('q', filters.q.slice(0, MAX_QUERY_LENGTH))
  if (filters.sort !== DEFAULT_SORT) next.set('sort', filters.sort)
  return next
}

/** True when something narrows the list (the sort order only reorders it). */
export function hasActiveFilters(filters: CatalogFilters): boolean {
  return filters.category !== undefined || filters.affordable || filters.q.trim() !== ''
}

export type CatalogQuery = Omit<RewardListQuery, 'cursor'>

/**
 * The API query for the filters. Keys that are not set are left out (not `undefined`), so the
 * loader and the page build the very same query key.
 */
export function toCatalogQuery(filters: CatalogFilters): CatalogQuery {
  const q = filters.q.trim()
  return {
    limit: PAGE_SIZE,
    sort: filters.sort,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.affordable ? { affordable: 'true' as const } : {}),
    ...(q ? { q } : {}),
  }
}
