import { Plural, Trans } from '@lingui/react/macro'
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link } from '@/ui/link'
import { meQuery } from '@/api/endpoints/get-me'
import { unsettledAttempts, type Attempt } from '@/api/redemption-attempts'
import { failureOutcome } from '@/api/redemption-outcome'
import { attemptMutation } from '@/api/send-attempt'
import { paths } from '@/config/paths'
import { Button } from '@/ui/button'

/**
 * Redemptions sent but never confirmed (an answer lost, the tab closed, a sign-out before the
 * outcome was known). The wallet checks each one as it opens, with its own key (a replay, or
 * the redemption found by the key), and says how it ended: the code, or that it was refused.
 * A settled attempt is forgotten; one still unknown stays, with a way to check again.
 */
export function UnconfirmedRedemptions() {
  const { data: member } = useSuspenseQuery(meQuery())
  // The attempts waiting when the wallet opened: each keeps its line until the page is left.
  const [attempts] = useState(() => unsettledAttempts(member.id))
  const count = attempts.length
  if (count === 0) return null
  return (
    <section
      aria-labelledby="unconfirmed-heading"
      className="mt-6 rounded-xl bg-warning-soft p-4 text-sm"
    >
      <h2 id="unconfirmed-heading" className="font-semibold">
        <Plural
          value={count}
          one="A redemption that wasn’t confirmed"
          other="# redemptions that weren’t confirmed"
        />
      </h2>
      <ul className="mt-2 space-y-3">
        {attempts.map((attempt) => (
          <li key={attempt.key}>
            <AttemptCheck memberId={member.id} attempt={attempt} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function AttemptCheck({ memberId, attempt }: { memberId: string; attempt: Attempt }) {
  const check = useMutation(attemptMutation(memberId, useQueryClient()))
  const { mutate } = check
  useEffect(() => mutate(attempt), [mutate, attempt])
  const name = attempt.rewardName

  if (check.isSuccess) {
    const { voucher, donation } = check.data.redemption
    const code = voucher?.code
    const receipt = donation?.receiptNumber
    return (
      <p role="status">
        <strong>
          <Trans>{name} went through.</Trans>
        </strong>{' '}
        {voucher ? (
          <Trans>Your code is {code}.</Trans>
        ) : donation ? (
          <Trans>Receipt {receipt}.</Trans>
        ) : (
          <Trans>It’s in your wallet.</Trans>
        )}
      </p>
    )
  }
  const failure = check.isError ? failureOutcome(check.error) : null
  if (failure?.kind === 'refused') {
    // The API's own reason, in the member's language (requests ask for it).
    const reason = failure.problem.title
    return (
      <p role="status">
        <Trans>
          <strong>{name} wasn’t redeemed</strong> ({reason}). No points were spent.
        </Trans>
      </p>
    )
  }
  if (failure) {
    return (
      <div role="alert">
        <p>
          <Trans>
            <strong>We still can’t confirm {name}.</strong> We don’t know yet whether it went
            through; it will not be spent twice.
          </Trans>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button size="sm" onClick={() => mutate(attempt)}>
            <Trans>Check again</Trans>
          </Button>
          <Link to={paths.reward(attempt.rewardId)} className="font-semibold text-brand underline">
            <Trans>Go to {name}</Trans>
          </Link>
        </div>
      </div>
    )
  }
  return (
    <p role="status">
      <Trans>Checking whether {name} went through…</Trans>
    </p>
  )
}
