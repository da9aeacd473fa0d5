import { EngineError } from './engine-error'

// A cursor is an offset, wrapped so clients treat it as opaque and cannot do arithmetic on it.
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
    throw new EngineError('bad_request', 400, (w) => w.problems.badCursor)
  }
  return offset
}

/** One page of an already filtered and ordered list. */
export function pageOf<T>(
  items: readonly T[],
  query: { cursor?: string | undefined; limit: number },
): { items: T[]; nextCursor: string | null } {
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor)
  const end = offset + query.limit
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
  }
}
