import type { Program } from '@/api/schemas/program'
import type { Redemption } from '@/api/schemas/redemption'
import { cn } from '@/lib/cn'
import {
  daysBetween,
  formatDaysFromNow,
  formatMoney,
  formatPoints,
  formatShortDate,
} from '@/lib/format'
import { CopyButton } from '@/ui/copy-button'
import { categoryLabels } from '@/ui/reward-category'

const badge: Record<Redemption['status'], { label: string; className: string }> = {
  active: { label: 'Ready to use', className: 'bg-brand-soft text-brand-strong' },
  used: { label: 'Used', className: 'bg-surface-muted text-ink-muted' },
  expired: { label: 'Expired', className: 'bg-surface-muted text-ink-muted' },
  donated: { label: 'Donated', className: 'bg-tier-3-soft text-tier-3' },
}

/** When a code must be used by, in words: "Expires in 5 days (Dec 3)", "Expires today". */
export function expiryText(expiresAt: string, now: string): string {
  const days = daysBetween(now, expiresAt)
  const date = formatShortDate(expiresAt, now)
  if (days < 0) return `Expired ${date}`
  return `Expires ${formatDaysFromNow(days)} (${date})`
}

export function RedemptionCard({
  redemption,
  program,
  now,
}: {
  redemption: Redemption
  program: Program
  now: string
}) {
  const { voucher, donation, status } = redemption
  const active = status === 'active'
  const soon = active && voucher?.expiresAt ? daysBetween(now, voucher.expiresAt) <= 7 : false
  return (
    <article
      aria-labelledby={`redemption-${redemption.id}`}
      className={cn(
        'rounded-card border border-line p-4 sm:p-5',
        active ? 'bg-surface shadow-sm' : 'bg-canvas',
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`redemption-${redemption.id}`} className="font-semibold">
            {redemption.rewardName}
          </h3>
          <p className="text-sm text-ink-muted">
            {categoryLabels[redemption.category]} · {formatPoints(redemption.cost, program.points)}{' '}
            · redeemed {formatShortDate(redemption.createdAt, now)}
          </p>
        </div>
        <span
          className={cn(
            'rounded-full px-2.5 py-0.5 text-xs font-semibold',
            badge[status].className,
          )}
        >
          {badge[status].label}
        </span>
      </div>

      {donation && (
        <p className="mt-3 text-sm">
          You gave {formatPoints(redemption.cost, program.points)}: {formatMoney(donation.amount)}{' '}
          to <strong>{donation.cause}</strong>. Receipt {donation.receiptNumber}.
        </p>
      )}

      {voucher && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <code
            className={cn(
              'rounded-lg bg-surface-muted px-3 py-1.5 font-mono text-lg font-bold tracking-wider',
              !active && 'line-through decoration-1',
            )}
          >
            {voucher.code}
          </code>
          {active && <CopyButton text={voucher.code} codeFor={redemption.rewardName} />}
        </div>
      )}

      <p className={cn('mt-2 text-sm', soon ? 'font-semibold text-warning' : 'text-ink-muted')}>
        {status === 'used' &&
          redemption.usedAt &&
          `Used ${formatShortDate(redemption.usedAt, now)}`}
        {status !== 'used' && voucher?.expiresAt && expiryText(voucher.expiresAt, now)}
        {active && voucher && !voucher.expiresAt && 'No expiry date'}
      </p>

      {active && redemption.howToUse && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-semibold text-brand">How to use it</summary>
          <p className="mt-1 text-ink-muted">{redemption.howToUse}</p>
        </details>
      )}
    </article>
  )
}
