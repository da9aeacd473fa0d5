import { useSuspenseQuery } from '@tanstack/react-query'
import type { PageLoader } from '@/lib/page-loader'
import { useRef, useState } from 'react'
import { useLocation, useParams } from 'react-router'
import { Link } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { rewardQuery } from '@/api/endpoints/get-reward'
import { availability, LOW_STOCK, type Availability } from '@/api/reward-availability'
import type { Program } from '@/api/schemas/program'
import type { Reward } from '@/api/schemas/reward'
import { paths } from '@/config/paths'
import { formatMoney, formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { Button, buttonClasses } from '@/ui/button'
import { PointsActionButton } from '@/ui/points-action-button'
import { Card } from '@/ui/card'
import { QueryBoundary } from '@/ui/query-boundary'
import { categoryLabels } from '@/ui/reward-category'
import { Skeleton } from '@/ui/skeleton'
import { findAttempt, type Attempt } from '@/api/redemption-attempts'
import { RedeemDialog } from './redeem/redeem-dialog'
import { useUnsettledAttempt } from './redeem/use-attempt'

/** Route module of /rewards/:rewardId: loaded on demand with its loader. */
export const rewardDetailLoader: PageLoader =
  (queryClient) =>
  ({ params }) => {
    const id = params.rewardId ?? ''
    void queryClient.prefetchQuery(rewardQuery(id))
    void queryClient.prefetchQuery(programQuery())
    void queryClient.prefetchQuery(meQuery())
    void queryClient.prefetchQuery(balanceQuery())
  }

export function RewardDetailPage() {
  const { rewardId = '' } = useParams()
  return (
    <div className="mx-auto max-w-3xl">
      <Link to={paths.rewards} className={`${buttonClasses('ghost', 'sm')} mb-4 -ml-3`}>
        ← All rewards
      </Link>
      <QueryBoundary fallback={<RewardDetailSkeleton />}>
        <RewardDetail id={rewardId} />
      </QueryBoundary>
    </div>
  )
}

/** Why the redeem button is disabled, in the member's words. */
function blockedReason(status: Availability, program: Program): string | null {
  const words = program.points
  switch (status.kind) {
    case 'redeemable':
      return null
    case 'short':
      return `You need ${formatPoints(status.shortBy, words)} more. You earn ${formatPoints(program.earnRate.points, words)} for every ${formatMoney(program.earnRate.per)} you spend.`
    case 'tier_locked':
      return `For ${status.requiredTier?.name ?? 'higher-tier'} members and above: reach that tier to unlock it.`
    case 'out_of_stock':
      return 'Out of stock right now. Check back soon.'
    case 'limit_reached':
      return `You’ve redeemed this the most times allowed (${status.limit === 1 ? 'once' : `${status.limit} times`} per member).`
    case 'ended':
      return 'This reward is no longer offered.'
  }
}

function RewardDetail({ id }: { id: string }) {
  const { data: reward } = useSuspenseQuery(rewardQuery(id))
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const location = useLocation()
  // Back from signing in after the session ended mid-redemption: finish that attempt at once.
  const [dialog, setDialog] = useState<{ resume: Attempt | null } | null>(() => {
    const resumable = findAttempt(member.id, reward.id)
    const afterSignIn = (location.state as { afterSignIn?: boolean } | null)?.afterSignIn === true
    return afterSignIn && resumable ? { resume: resumable } : null
  })
  const heading = useRef<HTMLHeadingElement>(null)
  const redeemButton = useRef<HTMLButtonElement>(null)
  // Started here or in another tab and not settled yet: no new redemption until it is.
  const unsettled = useUnsettledAttempt(member.id, reward.id)
  const words = program.points
  const status = availability(reward, { program, member, balance })
  const reason = blockedReason(status, program)
  const after = balance.available - reward.cost
  const isDonation = reward.category === 'donation'

  return (
    <article aria-labelledby="reward-heading">
      <title>{`${reward.name} · ${program.name}`}</title>
      <p className="text-sm font-semibold text-brand">{categoryLabels[reward.category]}</p>
      <h1
        id="reward-heading"
        ref={heading}
        tabIndex={-1}
        className="mt-1 text-3xl font-bold outline-none"
      >
        {reward.name}
      </h1>
      <p className="mt-2 text-lg text-ink-muted">{reward.summary}</p>

      {unsettled && !dialog && (
        <div role="status" className="mt-6 rounded-xl bg-warning-soft p-4">
          <p className="font-semibold">Your earlier redemption hasn’t been confirmed yet</p>
          <p className="mt-1 text-sm text-ink-muted">
            We don’t know yet whether it went through. Check now to find out; it will not be spent
            twice.
          </p>
          <Button size="sm" className="mt-3" onClick={() => setDialog({ resume: unsettled })}>
            Check now
          </Button>
        </div>
      )}

      <Card className="mt-6" aria-label="Cost and your balance">
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-ink-muted">Cost</dt>
            <dd className="text-2xl font-bold">{formatPoints(reward.cost, words)}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Your balance</dt>
            <dd className="text-2xl font-bold">{formatPoints(balance.available, words)}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">
              {after >= 0 ? 'Balance after redeeming' : 'Still needed'}
            </dt>
            <dd className="text-2xl font-bold">
              {after >= 0 ? formatNumber(after) : formatPoints(-after, words)}
            </dd>
          </div>
        </dl>
        {isDonation && reward.value && reward.cause && (
          <p className="mt-4 rounded-xl bg-brand-soft p-3 text-sm">
            Give {formatPoints(reward.cost, words)}: we donate {formatMoney(reward.value)} to{' '}
            {reward.cause}.
          </p>
        )}
        <div className="mt-5">
          <PointsActionButton
            ref={redeemButton}
            blockedReason={reason}
            disabled={unsettled !== null}
            onClick={() => setDialog({ resume: null })}
          >
            {isDonation ? 'Donate points' : 'Redeem'}
          </PointsActionButton>
        </div>
        <Facts reward={reward} program={program} asOf={balance.asOf} />
      </Card>

      <section className="mt-8" aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-lg font-semibold">
          About this reward
        </h2>
        <p className="mt-2 whitespace-pre-line">{reward.description}</p>
      </section>
      <section className="mt-6" aria-labelledby="use-heading">
        <h2 id="use-heading" className="text-lg font-semibold">
          How to use it
        </h2>
        <p className="mt-2 whitespace-pre-line">{reward.howToUse}</p>
      </section>
      <section className="mt-6" aria-labelledby="terms-heading">
        <h2 id="terms-heading" className="text-lg font-semibold">
          Terms
        </h2>
        <p className="mt-2 text-sm whitespace-pre-line text-ink-muted">{reward.terms}</p>
      </section>

      <RedeemDialog
        open={dialog !== null}
        onClose={() => {
          setDialog(null)
          // The browser returns focus to the redeem button; if it is now disabled (a second
          // one is out of reach), keep the keyboard user on the page at its heading.
          requestAnimationFrame(() => {
            if (redeemButton.current?.disabled) heading.current?.focus()
          })
        }}
        resume={dialog?.resume ?? null}
        reward={reward}
        program={program}
        member={member}
        balance={balance}
      />
    </article>
  )
}

function Facts({ reward, program, asOf }: { reward: Reward; program: Program; asOf: string }) {
  const facts: string[] = []
  if (reward.tierRequired) {
    const tier = program.tiers.find((t) => t.id === reward.tierRequired)
    facts.push(`For ${tier?.name ?? 'higher-tier'} members and above.`)
  }
  if (reward.stock !== null && reward.stock > 0 && reward.stock <= LOW_STOCK) {
    facts.push(`Only ${formatNumber(reward.stock)} left.`)
  }
  if (reward.limitPerMember !== null) {
    facts.push(
      `Limit ${reward.limitPerMember} per member${reward.redeemedByMe > 0 ? ` (you’ve redeemed ${reward.redeemedByMe})` : ''}.`,
    )
  }
  if (reward.validUntil) facts.push(`Available until ${formatShortDate(reward.validUntil, asOf)}.`)
  if (facts.length === 0) return null
  return (
    <ul className="mt-4 space-y-1 text-sm text-ink-muted">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

function RewardDetailSkeleton() {
  return (
    <div aria-busy="true">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-2 h-9 w-2/3" />
      <Skeleton className="mt-3 h-6 w-full" />
      <Skeleton className="mt-6 h-48 rounded-card" />
      <span className="sr-only">Loading reward…</span>
    </div>
  )
}
