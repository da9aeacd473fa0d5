import type { Balance, ExpiringBatch, PendingBatch } from '@/api/schemas/member'
import { addDays, toTimestamp } from './dates'
import { DEFAULT_LANGUAGE, pick, type Language, type Localized } from './language'
import { isPending, type Ledger } from './ledger'
import { EXPIRING_SOON_DAYS } from './program-rules'

/** A balance with the reasons of its pending points in every language. */
export type BalanceSnapshot = Omit<Balance, 'pending'> & {
  pending: (Omit<PendingBatch, 'reason'> & { reason: Localized })[]
}

/**
 * The member's balance at `now`, derived from the ledger alone, in `language`. Settle the
 * ledger first so the expired entries exist: available = posted earned − redeemed − expired.
 */
export function deriveBalance(
  ledger: Ledger,
  now: Date,
  language: Language = DEFAULT_LANGUAGE,
): Balance {
  return balanceIn(balanceSnapshot(ledger, now), language)
}

/** The balance as the API answers it in `language`. */
export function balanceIn(snapshot: BalanceSnapshot, language: Language): Balance {
  return {
    available: snapshot.available,
    pending: snapshot.pending.map((batch) => ({
      points: batch.points,
      availableOn: batch.availableOn,
      reason: pick(batch.reason, language),
    })),
    lifetimeEarned: snapshot.lifetimeEarned,
    expiring: snapshot.expiring.map((batch) => ({ ...batch })),
    asOf: snapshot.asOf,
  }
}

/** deriveBalance, with the words of every language (to answer a replay in any). */
export function balanceSnapshot(ledger: Ledger, now: Date): BalanceSnapshot {
  const time = now.getTime()
  let available = 0
  let lifetimeEarned = 0
  const pending: BalanceSnapshot['pending'] = []

  for (const entry of ledger.entries()) {
    if (entry.kind === 'earned' && isPending(entry, now)) {
      pending.push({
        points: entry.points,
        availableOn: toTimestamp(entry.availableOn),
        reason: entry.description,
      })
    } else if (entry.occurredAt.getTime() <= time) {
      available += entry.points
      if (entry.kind === 'earned') lifetimeEarned += entry.points
    }
  }
  pending.sort((a, b) => Date.parse(a.availableOn) - Date.parse(b.availableOn))

  return {
    available,
    pending,
    lifetimeEarned,
    expiring: expiringSoon(ledger, now),
    asOf: toTimestamp(now),
  }
}

/** What is left of each lot expiring within the window, one batch per expiry moment, soonest first. */
function expiringSoon(ledger: Ledger, now: Date): ExpiringBatch[] {
  const horizon = addDays(now, EXPIRING_SOON_DAYS).getTime()
  const byMoment = new Map<number, number>()
  for (const { entry, remaining } of ledger.lots(now)) {
    const moment = entry.expiresOn.getTime()
    if (moment <= horizon && remaining > 0)
      byMoment.set(moment, (byMoment.get(moment) ?? 0) + remaining)
  }
  return [...byMoment.entries()]
    .sort(([a], [b]) => a - b)
    .map(([moment, points]) => ({ points, expiresOn: toTimestamp(new Date(moment)) }))
}
