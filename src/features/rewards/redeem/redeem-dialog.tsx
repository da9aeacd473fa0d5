import { useEffect, useRef, useState } from 'react'
import { Link } from '@/ui/link'
import { describeError } from '@/api/describe-error'
import { isTransient } from '@/api/errors'
import type { Balance, Member } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Redemption } from '@/api/schemas/redemption'
import type { Reward } from '@/api/schemas/reward'
import { paths } from '@/config/paths'
import { formatMoney, formatPoints, formatShortDate } from '@/lib/format'
import { useOnline } from '@/lib/use-online'
import { Button, buttonClasses } from '@/ui/button'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { ErrorState } from '@/ui/error-state'
import { startAttempt, type Attempt } from '@/api/redemption-attempts'
import { describeRefusal } from './refusal'
import { useRedeem } from './use-redeem'

type RedeemDialogProps = {
  open: boolean
  onClose: () => void
  reward: Reward
  program: Program
  member: Member
  balance: Balance
  /** An earlier attempt to resume (re-sent with its key as soon as the dialog opens). */
  resume?: Attempt | null
}

/**
 * Confirm, then pending, then the outcome: the voucher, a receipt, or why not and what next.
 * Points are spent only once per attempt, however often the request is sent.
 */
export function RedeemDialog(props: RedeemDialogProps) {
  const { open, onClose, reward, program, member, balance } = props
  const redeem = useRedeem(member.id)
  const online = useOnline()
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const sending = useRef(false)
  const words = program.points
  const isDonation = reward.category === 'donation'

  const send = (next: Attempt) => {
    if (sending.current) return
    sending.current = true
    setAttempt(next)
    redeem.mutate(next, { onSettled: () => (sending.current = false) })
  }

  // Resuming an unfinished attempt: re-send it with its key as soon as the dialog opens.
  const resume = open ? props.resume : null
  useEffect(() => {
    if (resume) send(resume)
    // Only when a resume is asked for; `send` guards against a second send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resume])

  const close = () => {
    redeem.reset()
    setAttempt(null)
    onClose()
  }

  const cost = attempt?.expectedCost ?? reward.cost
  const unknown = redeem.isError && isTransient(redeem.error)
  const refusal = redeem.isError
    ? describeRefusal(redeem.error, { program, rewardName: reward.name, expectedCost: cost })
    : null

  let body
  if (redeem.isSuccess) {
    body = (
      <Outcome
        redemption={redeem.data.redemption}
        newBalance={redeem.data.balance.available}
        program={program}
        onClose={close}
      />
    )
  } else if (redeem.isPending) {
    body = (
      <div aria-busy="true">
        <h2 id="redeem-title" className="text-xl font-bold">
          {redeem.failureCount > 0 ? 'Checking your redemption…' : `Redeeming ${reward.name}…`}
        </h2>
        <p className="mt-2 text-ink-muted">
          {redeem.failureCount > 0
            ? 'The connection dropped. We’re asking again whether it went through; nothing will be spent twice.'
            : 'This takes a moment. Please keep this window open.'}
        </p>
        <div className="mt-6 h-2 overflow-hidden rounded-full bg-surface-muted">
          <div className="h-full w-1/3 animate-pulse rounded-full bg-brand" />
        </div>
      </div>
    )
  } else if (unknown && attempt) {
    const { detail } = describeError(redeem.error)
    body = (
      <div>
        <h2 id="redeem-title" className="text-xl font-bold">
          We couldn’t confirm your redemption yet
        </h2>
        <ErrorState
          className="mt-4"
          title="Your points are safe"
          detail={`${detail} When you check again we’ll show you what happened, and nothing will be spent twice.`}
        />
        <div className="mt-6 flex flex-wrap gap-3">
          <Button onClick={() => send(attempt)}>Check again</Button>
          <Button variant="ghost" onClick={close}>
            Close
          </Button>
        </div>
      </div>
    )
  } else if (refusal) {
    body = (
      <div>
        <h2 id="redeem-title" className="text-xl font-bold">
          {refusal.title}
        </h2>
        <p role="alert" className="mt-2 text-ink-muted">
          {refusal.detail}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {refusal.next.kind === 'confirm-new-cost' && (
            <Button
              onClick={() => {
                const next = refusal.next
                if (next.kind !== 'confirm-new-cost') return
                redeem.reset()
                send(startAttempt(member.id, { id: reward.id, name: reward.name, cost: next.cost }))
              }}
            >
              Redeem for {formatPoints(refusal.next.cost, words)}
            </Button>
          )}
          {refusal.next.kind === 'link' && (
            <Link to={refusal.next.to} className={buttonClasses('primary')} onClick={close}>
              {refusal.next.label}
            </Link>
          )}
          <Button variant={refusal.next.kind === 'close' ? 'primary' : 'ghost'} onClick={close}>
            {refusal.next.kind === 'close' ? 'Close' : 'Cancel'}
          </Button>
        </div>
      </div>
    )
  } else {
    const after = balance.available - reward.cost
    body = (
      <div>
        <h2 id="redeem-title" className="text-xl font-bold">
          {isDonation && reward.value && reward.cause
            ? `Give ${formatPoints(reward.cost, words)}: we donate ${formatMoney(reward.value)} to ${reward.cause}`
            : `Redeem ${reward.name}?`}
        </h2>
        {!online && (
          <p role="status" className="mt-3 rounded-xl bg-warning-soft p-3 text-sm">
            You’re offline. Redeeming is paused until you’re back online.
          </p>
        )}
        <dl className="mt-4 grid grid-cols-[1fr_auto] gap-x-6 gap-y-2 text-sm">
          <dt className="text-ink-muted">Cost</dt>
          <dd className="text-right font-semibold">{formatPoints(reward.cost, words)}</dd>
          <dt className="text-ink-muted">Your balance</dt>
          <dd className="text-right font-semibold">{formatPoints(balance.available, words)}</dd>
          <dt className="border-t border-line pt-2 text-ink-muted">After redeeming</dt>
          <dd className="border-t border-line pt-2 text-right font-bold">
            {formatPoints(Math.max(after, 0), words)}
          </dd>
        </dl>
        <div className="mt-6 flex flex-wrap gap-3">
          <Button
            disabled={!online}
            onClick={() =>
              send(startAttempt(member.id, { id: reward.id, name: reward.name, cost: reward.cost }))
            }
          >
            {isDonation
              ? `Give ${formatPoints(reward.cost, words)}`
              : `Redeem for ${formatPoints(reward.cost, words)}`}
          </Button>
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
        </div>
      </div>
    )
  }

  return (
    <Dialog open={open} onClose={close} locked={redeem.isPending} labelledBy="redeem-title">
      {body}
    </Dialog>
  )
}

function Outcome({
  redemption,
  newBalance,
  program,
  onClose,
}: {
  redemption: Redemption
  newBalance: number
  program: Program
  onClose: () => void
}) {
  const words = program.points
  const { voucher, donation } = redemption
  return (
    <div>
      <h2 id="redeem-title" className="text-xl font-bold">
        {donation ? 'Thank you for giving' : 'It’s yours!'}
      </h2>
      <p role="status" className="mt-1 text-ink-muted">
        {formatPoints(redemption.cost, words)} spent. Your new balance is{' '}
        {formatPoints(newBalance, words)}.
      </p>
      {donation && (
        <div className="mt-4 rounded-xl bg-brand-soft p-4">
          <p>
            We’re donating <strong>{formatMoney(donation.amount)}</strong> to{' '}
            <strong>{donation.cause}</strong> on your behalf.
          </p>
          <p className="mt-1 text-sm text-ink-muted">Receipt {donation.receiptNumber}</p>
        </div>
      )}
      {voucher && (
        <div className="mt-4 rounded-xl border border-dashed border-brand bg-brand-soft p-4">
          <p className="text-sm text-ink-muted">Your code for {redemption.rewardName}</p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <code className="font-mono text-2xl font-bold tracking-wider">{voucher.code}</code>
            <CopyButton text={voucher.code} label={`Copy code ${voucher.code}`} />
          </div>
          {voucher.expiresAt && (
            <p className="mt-2 text-sm">
              Use it by {formatShortDate(voucher.expiresAt, redemption.createdAt)}.
            </p>
          )}
        </div>
      )}
      {redemption.howToUse && (
        <>
          <h3 className="mt-4 text-sm font-semibold">How to use it</h3>
          <p className="mt-1 text-sm text-ink-muted">{redemption.howToUse}</p>
        </>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link to={paths.wallet} className={buttonClasses('primary')} onClick={onClose}>
          {donation ? 'See your receipts' : 'View in your wallet'}
        </Link>
        <Button variant="ghost" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  )
}
