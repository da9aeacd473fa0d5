import type {
  ActivityEntry,
  ActivityPage,
  ActivitySource,
  ActivityStatus,
} from '@/api/schemas/activity'
import { pageOf } from './cursor'
import { toTimestamp } from './dates'
import { pick, type Language } from './language'
import { isPending, type Ledger, type LedgerEntry } from './ledger'

export type ActivityQuery = {
  cursor?: string | undefined
  limit: number
  source?: ActivitySource | undefined
  from?: string | undefined
  to?: string | undefined
}

/** Where an entry's points came from or went, as the activity names it. */
export function sourceOf(entry: LedgerEntry): ActivitySource {
  switch (entry.kind) {
    case 'earned':
      // The welcome bonus is a bonus like the others.
      return entry.source === 'welcome' ? 'bonus' : entry.source
    case 'redeemed':
      return entry.donation ? 'donation' : 'redemption'
    case 'taken-back':
      return 'adjustment'
    case 'expired':
      return 'expiry'
  }
}

/**
 * The member's ledger at `now` as GET /me/activity pages it: newest first (of entries at one
 * instant, the one recorded last first: the ledger keeps them in time order), each
 * entry in `language`, earned entries marked pending, posted or expired. Settle the ledger to
 * `now` first, so every expiry up to it is recorded.
 */
export function listActivity(
  ledger: Ledger,
  query: ActivityQuery,
  now: Date,
  language: Language,
): ActivityPage {
  const entries = ledger.entries()
  const expiredLots = new Set<string>()
  for (const entry of entries) if (entry.kind === 'expired') expiredLots.add(entry.lotId)
  const from = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from)
  const to = Math.min(
    query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to),
    now.getTime(),
  )
  const matching: LedgerEntry[] = []
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]
    if (!entry) continue
    const time = entry.occurredAt.getTime()
    if (time < from || time > to) continue
    if (query.source !== undefined && sourceOf(entry) !== query.source) continue
    matching.push(entry)
  }
  const page = pageOf(matching, query)
  return {
    items: page.items.map((entry) => toActivity(entry, now, language, expiredLots)),
    nextCursor: page.nextCursor,
  }
}

function toActivity(
  entry: LedgerEntry,
  now: Date,
  language: Language,
  expiredLots: ReadonlySet<string>,
): ActivityEntry {
  const earned = entry.kind === 'earned' ? entry : null
  let status: ActivityStatus = 'posted'
  if (earned && isPending(earned, now)) status = 'pending'
  else if (earned && expiredLots.has(earned.id)) status = 'expired'
  return {
    id: entry.id,
    occurredAt: toTimestamp(entry.occurredAt),
    source: sourceOf(entry),
    description: pick(entry.description, language),
    points: entry.points,
    status,
    availableOn: earned ? toTimestamp(earned.availableOn) : null,
    expiresOn: earned ? toTimestamp(earned.expiresOn) : null,
    spend: earned?.spend ? { ...earned.spend } : null,
    partner: earned?.partner ? { ...earned.partner } : null,
  }
}
