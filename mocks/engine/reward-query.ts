import type * as z from 'zod/mini'
import type { Reward, RewardPage } from '@/api/schemas/reward'
import type { RewardListQuery, RewardSort } from '@/api/schemas/reward-list-query'
import { EngineError } from './engine-error'

export type RewardQuery = z.output<typeof RewardListQuery>

const compareBy: Record<RewardSort, (a: Reward, b: Reward) => number> = {
  cost_asc: (a, b) => a.cost - b.cost,
  cost_desc: (a, b) => b.cost - a.cost,
  // ISO timestamps in one format (UTC, no fraction) sort as strings.
  newest: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  popular: (a, b) => b.popularity - a.popularity,
}

/**
 * One page of the catalog: filter, sort (ties broken by id so pages never overlap), then
 * slice at the cursor. Linear in the catalog size plus one sort of the matches.
 */
export function queryRewards(
  rewards: readonly Reward[],
  query: RewardQuery,
  available: number,
): RewardPage {
  const needle = query.q?.trim().toLowerCase() ?? ''
  const matches = rewards.filter(
    (reward) =>
      (query.category === undefined || reward.category === query.category) &&
      (query.affordable === undefined || reward.cost <= available === query.affordable) &&
      (needle === '' || reward.name.toLowerCase().includes(needle)),
  )
  const compare = compareBy[query.sort]
  matches.sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor)
  const end = offset + query.limit
  return {
    items: matches.slice(offset, end),
    nextCursor: end < matches.length ? encodeCursor(end) : null,
  }
}

// The cursor is an offset, wrapped so clients treat it as opaque and cannot do arithmetic on it.
const CURSOR_PREFIX = 'offset:'

export function encodeCursor(offset: number): string {
  return btoa(`${CURSOR_PREFIX}${offset}`)
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

export function decodeCursor(cursor: string): number {
  let text: string
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
  } catch {
    text = ''
  }
  const offset = text.startsWith(CURSOR_PREFIX)
    ? Number(text.slice(CURSOR_PREFIX.length))
    : Number.NaN
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new EngineError('bad_request', 400, 'The cursor is not one this server handed out')
  }
  return offset
}
