import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { ActivitySource, type ActivityListQuery } from '@/api/schemas/activity'

/** The activity's filters as the URL keeps them: a source, and a range of calendar days. */
export type ActivityFilters = {
  type?: ActivitySource | undefined
  /** YYYY-MM-DD, the first day shown (the member's own calendar). */
  from?: string | undefined
  /** YYYY-MM-DD, the last day shown. */
  to?: string | undefined
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day as the URL writes it, when it is one. */
function day(value: string | null): string | undefined {
  const match = value ? DAY.exec(value) : null
  if (!match) return undefined
  const [, year, month, date] = match.map(Number)
  const parsed = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1))
  return parsed.getUTCDate() === date && parsed.getUTCMonth() + 1 === month
    ? (value ?? undefined)
    : undefined
}

/** The filters in the URL; what is not a filter (a bad type, a date that is not one) is left out. */
export function parseFilters(params: URLSearchParams): ActivityFilters {
  const type = ActivitySource.safeParse(params.get('type'))
  return {
    type: type.success ? type.data : undefined,
    from: day(params.get('from')),
    to: day(params.get('to')),
  }
}

/** `params` with the filters written in (empty ones removed); other parameters kept. */
export function writeFilters(params: URLSearchParams, filters: ActivityFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of ['type', 'from', 'to'] as const) {
    const value = filters[name]
    if (value) next.set(name, value)
    else next.delete(name)
  }
  return next
}

export const hasFilters = (filters: ActivityFilters) =>
  Boolean(filters.type || filters.from || filters.to)

/** A moment as the API takes it: whole seconds, with its offset (UTC). */
const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * The API's query for the filters: each day from the member's midnight to their last second of
 * it (the device's time zone), the range put the right way round.
 */
export function toQuery(filters: ActivityFilters): Omit<ActivityListQuery, 'cursor' | 'limit'> {
  const [first, last] =
    filters.from && filters.to && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to]
  const local = (value: string, hours: number, minutes: number, seconds: number) => {
    const [year = 0, month = 1, date = 1] = value.split('-').map(Number)
    return stamp(new Date(year, month - 1, date, hours, minutes, seconds))
  }
  return {
    ...(filters.type && { source: filters.type }),
    ...(first && { from: local(first, 0, 0, 0) }),
    ...(last && { to: local(last, 23, 59, 59) }),
  }
}

/** What each source is called. */
export const sourceLabels: Readonly<Record<ActivitySource, MessageDescriptor>> = {
  purchase: msg`Purchase`,
  partner: msg`Partner`,
  review: msg`Review`,
  referral: msg`Referral`,
  bonus: msg`Bonus`,
  redemption: msg`Redemption`,
  donation: msg`Donation`,
  expiry: msg`Expiry`,
  adjustment: msg`Adjustment`,
}
