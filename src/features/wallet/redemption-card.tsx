import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
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

const badge: Record<Redemption['status'], { label: MessageDescriptor; className: string }> = {
  // A badge on one code; the wallet's section of them has the same English words.
  active: {
    label: msg({ message: 'Ready to use', context: 'one code' }),
    className: 'bg-brand-soft text-brand-strong',
  },
  used: { label: msg`Used`, className: 'bg-surface-muted text-ink-muted' },
  expired: { label: msg`Expired`, className: 'bg-surface-muted text-ink-muted' },
  donated: { label: msg`Donated`, className: 'bg-tier-3-soft text-tier-3' },
}

/**
 * When a code must be used by: "Expires in 5 days (Dec 3)", "Expires today (Nov 28)", "Expired
 * Nov 2". The relative part ("in 5 days", "tomorrow") is the locale's own, from Intl.
 */
export function expiryMessage(expiresAt: string, now: string): MessageDescriptor {
  const days = daysBetween(now, expiresAt)
  const date = formatShortDate(expiresAt, now)
  if (days < 0) return msg`Expired ${date}`
  const when = formatDaysFromNow(days)
  return msg`Expires ${when} (${date})`
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
  const { i18n, t } = useLingui()
  const { voucher, donation, status } = redemption
  const active = status === 'active'
  const name = redemption.rewardName
  const category = categoryLabels[redemption.category]
  const cost = formatPoints(redemption.cost, program.points)
  const redeemed = formatShortDate(redemption.createdAt, now)
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
            {redemption.origin === 'birthday_gift' ? (
              <Trans>Birthday gift · given {redeemed}</Trans>
            ) : (
              <Trans>
                {category} · {cost} · redeemed {redeemed}
              </Trans>
            )}
          </p>
        </div>
        <span
          className={cn(
            'rounded-full px-2.5 py-0.5 text-xs font-semibold',
            badge[status].className,
          )}
        >
          {i18n._(badge[status].label)}
        </span>
      </div>

      {donation && <DonationReceipt donation={donation} cost={cost} />}

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
          {active && <CopyButton text={voucher.code} label={t`Copy code for ${name}`} />}
        </div>
      )}

      <p className={cn('mt-2 text-sm', soon ? 'font-semibold text-warning' : 'text-ink-muted')}>
        {status === 'used' && redemption.usedAt && <UsedOn usedAt={redemption.usedAt} now={now} />}
        {status !== 'used' && voucher?.expiresAt && i18n._(expiryMessage(voucher.expiresAt, now))}
        {active && voucher && !voucher.expiresAt && <Trans>No expiry date</Trans>}
      </p>

      {active && redemption.howToUse && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-semibold text-brand">
            <Trans>How to use it</Trans>
          </summary>
          <p className="mt-1 text-ink-muted">{redemption.howToUse}</p>
        </details>
      )}
    </article>
  )
}

function UsedOn({ usedAt, now }: { usedAt: string; now: string }) {
  const date = formatShortDate(usedAt, now)
  return <Trans>Used {date}</Trans>
}

function DonationReceipt({
  donation,
  cost,
}: {
  donation: NonNullable<Redemption['donation']>
  cost: string
}) {
  const amount = formatMoney(donation.amount)
  const cause = donation.cause
  const receipt = donation.receiptNumber
  return (
    <p className="mt-3 text-sm">
      <Trans>
        You gave {cost}: {amount} to <strong>{cause}</strong>. Receipt {receipt}.
      </Trans>
    </p>
  )
}
