import { Trans, useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { Link } from '@/ui/link'
import type { Attempt } from '@/api/redemption-attempts'
import { redeemCommand } from '@/api/send-attempt'
import { useCommand } from '@/api/use-command'
import type { Balance, Member } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Redemption } from '@/api/schemas/redemption'
import type { Reward } from '@/api/schemas/reward'
import { paths } from '@/config/paths'
import { formatMoney, formatPoints, formatShortDate } from '@/lib/format'
import { usePointsActionsPaused } from '@/lib/points-actions'
import { Button, buttonClasses } from '@/ui/button'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { ErrorState } from '@/ui/error-state'
import { describeRefusal } from './refusal'

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
 * Confirm, then pending, then the outcome: the voucher, a receipt, why not and what next, or
 * that we are still finding out. Points are spent only once per attempt, however often the
 * request is sent, and no new confirm is offered while an attempt at this reward is unsettled.
 */
export function RedeemDialog(props: RedeemDialogProps) {
  const { open, onClose, reward, program, member, balance } = props
  const { t, i18n } = useLingui()
  const redeem = useCommand(redeemCommand, member.id, {
    slot: reward.id,
    active: open,
    resume: props.resume,
  })
  // Offline (or any other reason points actions pause): no confirm until it passes.
  const paused = usePointsActionsPaused()
  const { attempt, failure } = redeem
  const words = program.points
  const isDonation = reward.category === 'donation'
  const rewardName = reward.name
  const cost = formatPoints(reward.cost, words)

  /** Confirms at `cost`: one attempt, one key, in every tab. */
  const confirm = (cost: number) =>
    redeem.confirm({ rewardId: reward.id, rewardName: reward.name, expectedCost: cost })

  const close = () => {
    redeem.reset()
    onClose()
  }

  let body
  if (redeem.result) {
    body = (
      <Outcome
        redemption={redeem.result.redemption}
        newBalance={redeem.result.balance?.available ?? null}
        program={program}
        onClose={close}
      />
    )
  } else if (redeem.pending) {
    const { checking } = redeem
    body = (
      <div aria-busy="true">
        <h2 id="redeem-title" className="text-xl font-bold">
          {checking ? (
            <Trans>Checking your redemption…</Trans>
          ) : (
            <Trans>Redeeming {rewardName}…</Trans>
          )}
        </h2>
        <p role="status" className="mt-2 text-ink-muted">
          {checking ? (
            <Trans>
              We didn’t get a clear answer, so we’re checking whether it went through. Nothing will
              be spent twice.
            </Trans>
          ) : (
            <Trans>This takes a moment. Please keep this window open.</Trans>
          )}
        </p>
        <div className="mt-6 h-2 overflow-hidden rounded-full bg-surface-muted">
          <div className="h-full w-1/3 animate-pulse rounded-full bg-brand" />
        </div>
      </div>
    )
  } else if (failure?.kind === 'refused') {
    const refusal = describeRefusal(failure, {
      program,
      rewardName: reward.name,
      expectedCost: attempt?.expectedCost ?? reward.cost,
    })
    const { next } = refusal
    body = (
      <div>
        <h2 id="redeem-title" className="text-xl font-bold">
          {i18n._(refusal.title)}
        </h2>
        <p role="alert" className="mt-2 text-ink-muted">
          {i18n._(refusal.detail)}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {next.kind === 'confirm-new-cost' && (
            <Button onClick={() => confirm(next.cost)}>
              <RedeemFor cost={formatPoints(next.cost, words)} />
            </Button>
          )}
          {next.kind === 'link' && (
            <Link to={next.to} className={buttonClasses('primary')} onClick={close}>
              {i18n._(next.label)}
            </Link>
          )}
          <Button variant={next.kind === 'close' ? 'primary' : 'ghost'} onClick={close}>
            {next.kind === 'close' ? <Trans>Close</Trans> : <Trans>Cancel</Trans>}
          </Button>
        </div>
      </div>
    )
  } else if (failure && attempt) {
    // Unknown (or the key belongs to another request): the attempt stays, with its key.
    body = (
      <Unconfirmed
        title={t`We couldn’t confirm your redemption yet`}
        notice={
          failure.kind === 'key-reused' ? (
            <ErrorState
              className="mt-4"
              title={t`The rewards service didn’t carry out this request`}
              detail={t`It says this redemption’s reference was already used for a different request. Your wallet shows what went through; if it isn’t there, contact member services.`}
            />
          ) : (
            <ErrorState
              className="mt-4"
              title={t`We don’t know yet whether it went through`}
              detail={t`We didn’t get a clear answer, and your wallet doesn’t show it yet. Check again to find out: it’s the same redemption, so nothing will be spent twice.`}
            />
          )
        }
        onCheck={redeem.check}
        onClose={close}
      />
    )
  } else {
    const after = balance.available - reward.cost
    const amount = reward.value ? formatMoney(reward.value) : null
    const cause = reward.cause
    body = (
      <div>
        <h2 id="redeem-title" className="text-xl font-bold">
          {isDonation && amount && cause ? (
            <Trans>
              Give {cost}: we donate {amount} to {cause}
            </Trans>
          ) : (
            <Trans>Redeem {rewardName}?</Trans>
          )}
        </h2>
        {paused && (
          <p role="status" className="mt-3 rounded-xl bg-warning-soft p-3 text-sm">
            {i18n._(paused)}
          </p>
        )}
        <dl className="mt-4 grid grid-cols-[1fr_auto] gap-x-6 gap-y-2 text-sm">
          <dt className="text-ink-muted">
            <Trans>Cost</Trans>
          </dt>
          <dd className="text-end font-semibold">{cost}</dd>
          <dt className="text-ink-muted">
            <Trans>Your balance</Trans>
          </dt>
          <dd className="text-end font-semibold">{formatPoints(balance.available, words)}</dd>
          <dt className="border-t border-line pt-2 text-ink-muted">
            <Trans>After redeeming</Trans>
          </dt>
          <dd className="border-t border-line pt-2 text-end font-bold">
            {formatPoints(Math.max(after, 0), words)}
          </dd>
        </dl>
        <div className="mt-6 flex flex-wrap gap-3">
          <Button disabled={paused !== null} onClick={() => confirm(reward.cost)}>
            {isDonation ? <Trans>Give {cost}</Trans> : <RedeemFor cost={cost} />}
          </Button>
          <Button variant="ghost" onClick={close}>
            <Trans>Cancel</Trans>
          </Button>
        </div>
      </div>
    )
  }

  return (
    <Dialog open={open} onClose={close} locked={redeem.locked} labelledBy="redeem-title">
      {body}
    </Dialog>
  )
}

/** An attempt whose outcome is not known yet, and the ways on: check again, the wallet, close. */
function Unconfirmed({
  title,
  notice,
  onCheck,
  onClose,
}: {
  title: string
  notice: ReactNode
  onCheck: () => void
  onClose: () => void
}) {
  return (
    <div>
      <h2 id="redeem-title" className="text-xl font-bold">
        {title}
      </h2>
      {notice}
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onClick={onCheck}>
          <Trans>Check again</Trans>
        </Button>
        <Link to={paths.wallet} className={buttonClasses('secondary')} onClick={onClose}>
          <Trans>See your wallet</Trans>
        </Link>
        <Button variant="ghost" onClick={onClose}>
          <Trans>Close</Trans>
        </Button>
      </div>
    </div>
  )
}

function Outcome({
  redemption,
  newBalance,
  program,
  onClose,
}: {
  redemption: Redemption
  /** Null when the redemption was found in the wallet rather than in the answer. */
  newBalance: number | null
  program: Program
  onClose: () => void
}) {
  const { t } = useLingui()
  const words = program.points
  const { voucher, donation } = redemption
  const spent = formatPoints(redemption.cost, words)
  const balance = newBalance === null ? null : formatPoints(newBalance, words)
  const rewardName = redemption.rewardName
  const code = voucher?.code ?? ''
  return (
    <div>
      <h2 id="redeem-title" className="text-xl font-bold">
        {donation ? <Trans>Thank you for giving</Trans> : <Trans>It’s yours!</Trans>}
      </h2>
      <p role="status" className="mt-1 text-ink-muted">
        {balance === null ? (
          <Trans>{spent} spent.</Trans>
        ) : (
          <Trans>
            {spent} spent. Your new balance is {balance}.
          </Trans>
        )}
      </p>
      {donation && <DonationReceipt donation={donation} />}
      {voucher && (
        <div className="mt-4 rounded-xl border border-dashed border-brand bg-brand-soft p-4">
          <p className="text-sm text-ink-muted">
            <Trans>Your code for {rewardName}</Trans>
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            {/* A code reads left to right in every language. */}
            <code dir="ltr" className="font-mono text-2xl font-bold tracking-wider">
              {code}
            </code>
            <CopyButton text={code} label={t`Copy code ${code}`} />
          </div>
          {voucher.expiresAt && (
            <UseBy expiresAt={voucher.expiresAt} createdAt={redemption.createdAt} />
          )}
        </div>
      )}
      {redemption.howToUse && (
        <>
          <h3 className="mt-4 text-sm font-semibold">
            <Trans>How to use it</Trans>
          </h3>
          <p className="mt-1 text-sm text-ink-muted">{redemption.howToUse}</p>
        </>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link to={paths.wallet} className={buttonClasses('primary')} onClick={onClose}>
          {donation ? <Trans>See your receipts</Trans> : <Trans>View in your wallet</Trans>}
        </Link>
        <Button variant="ghost" onClick={onClose}>
          <Trans>Done</Trans>
        </Button>
      </div>
    </div>
  )
}

/** The confirm button's words: "Redeem for 150 points". */
function RedeemFor({ cost }: { cost: string }) {
  return <Trans>Redeem for {cost}</Trans>
}

function DonationReceipt({ donation }: { donation: NonNullable<Redemption['donation']> }) {
  const amount = formatMoney(donation.amount)
  const cause = donation.cause
  const receipt = donation.receiptNumber
  return (
    <div className="mt-4 rounded-xl bg-brand-soft p-4">
      <p>
        <Trans>
          We’re donating <strong>{amount}</strong> to <strong>{cause}</strong> on your behalf.
        </Trans>
      </p>
      <p className="mt-1 text-sm text-ink-muted">
        <Trans>Receipt {receipt}</Trans>
      </p>
    </div>
  )
}

function UseBy({ expiresAt, createdAt }: { expiresAt: string; createdAt: string }) {
  const date = formatShortDate(expiresAt, createdAt)
  return (
    <p className="mt-2 text-sm">
      <Trans>Use it by {date}.</Trans>
    </p>
  )
}
