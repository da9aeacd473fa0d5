import type { MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
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
import { cn } from '@/lib/cn'
import { formatMoney, formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { Button, buttonClasses } from '@/ui/button'
import { PointsActionButton } from '@/ui/points-action-button'
import { Card } from '@/ui/card'
import { Icon } from '@/ui/icons'
import { QueryBoundary } from '@/ui/query-boundary'
import { categoryLabels } from '@/ui/reward-category'
import { Skeleton } from '@/ui/skeleton'
import { findAttempt, type Attempt } from '@/api/redemption-attempts'
import { RedeemDialog } from './redeem/redeem-dialog'
import { useUnsettledAttempt } from './redeem/use-attempt'
import type { PageModule } from '@/lib/page-loader'

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
      <Link to={paths.rewards} className={cn(buttonClasses('ghost', 'sm'), '-ms-3 mb-4 gap-1.5')}>
        {/* Back points to the start edge: left, or right when the page reads right to left. */}
        <Icon width={16} height={16} className="rtl:-scale-x-100">
          <path d="M19 12H5M11 6l-6 6 6 6" />
        </Icon>
        <Trans>All rewards</Trans>
      </Link>
      <QueryBoundary fallback={<RewardDetailSkeleton />}>
        <RewardDetail id={rewardId} />
      </QueryBoundary>
    </div>
  )
}

/** Why the redeem button is disabled, in the member's words (formatted for the active locale). */
function blockedReason(status: Availability, program: Program): MessageDescriptor | null {
  const words = program.points
  switch (status.kind) {
    case 'redeemable':
      return null
    case 'short': {
      const points = formatPoints(status.shortBy, words)
      const earnPoints = formatPoints(program.earnRate.points, words)
      const earnSpend = formatMoney(program.earnRate.per)
      return msg`You need ${points} more. You earn ${earnPoints} for every ${earnSpend} you spend.`
    }
    case 'tier_locked': {
      const tier = status.requiredTier?.name
      return tier
        ? msg`For ${tier} members and above: reach that tier to unlock it.`
        : msg`For higher-tier members: reach a higher tier to unlock it.`
    }
    case 'out_of_stock':
      return msg`Out of stock right now. Check back soon.`
    case 'limit_reached': {
      const limit = status.limit
      return msg`${plural(limit, {
        one: 'You’ve redeemed this the most times allowed (once per member).',
        other: 'You’ve redeemed this the most times allowed (# times per member).',
      })}`
    }
    case 'ended':
      return msg`This reward is no longer offered.`
  }
}

function RewardDetail({ id }: { id: string }) {
  const { t, i18n } = useLingui()
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
  const blocked = blockedReason(status, program)
  const reason = blocked ? i18n._(blocked) : null
  const after = balance.available - reward.cost
  const isDonation = reward.category === 'donation'
  const rewardName = reward.name
  const programName = program.name
  const cost = formatPoints(reward.cost, words)

  return (
    <article aria-labelledby="reward-heading">
      <title>{t`${rewardName} · ${programName}`}</title>
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
          <p className="font-semibold">
            <Trans>Your earlier redemption hasn’t been confirmed yet</Trans>
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            <Trans>
              We don’t know yet whether it went through. Check now to find out; it will not be spent
              twice.
            </Trans>
          </p>
          <Button size="sm" className="mt-3" onClick={() => setDialog({ resume: unsettled })}>
            <Trans>Check now</Trans>
          </Button>
        </div>
      )}

      <Card className="mt-6" aria-label={t`Cost and your balance`}>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-ink-muted">
              <Trans>Cost</Trans>
            </dt>
            <dd className="text-2xl font-bold">{cost}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">
              <Trans>Your balance</Trans>
            </dt>
            <dd className="text-2xl font-bold">{formatPoints(balance.available, words)}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">
              {after >= 0 ? <Trans>Balance after redeeming</Trans> : <Trans>Still needed</Trans>}
            </dt>
            <dd className="text-2xl font-bold">
              {after >= 0 ? formatNumber(after) : formatPoints(-after, words)}
            </dd>
          </div>
        </dl>
        {isDonation && reward.value && reward.cause && (
          <p className="mt-4 rounded-xl bg-brand-soft p-3 text-sm">
            <DonationPledge cost={cost} amount={formatMoney(reward.value)} cause={reward.cause} />
          </p>
        )}
        <div className="mt-5">
          <PointsActionButton
            ref={redeemButton}
            blockedReason={reason}
            disabled={unsettled !== null}
            onClick={() => setDialog({ resume: null })}
          >
            {isDonation ? <Trans>Donate points</Trans> : <Trans>Redeem</Trans>}
          </PointsActionButton>
        </div>
        <Facts reward={reward} program={program} asOf={balance.asOf} />
      </Card>

      <section className="mt-8" aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-lg font-semibold">
          <Trans>About this reward</Trans>
        </h2>
        <p className="mt-2 whitespace-pre-line">{reward.description}</p>
      </section>
      <section className="mt-6" aria-labelledby="use-heading">
        <h2 id="use-heading" className="text-lg font-semibold">
          <Trans>How to use it</Trans>
        </h2>
        <p className="mt-2 whitespace-pre-line">{reward.howToUse}</p>
      </section>
      <section className="mt-6" aria-labelledby="terms-heading">
        <h2 id="terms-heading" className="text-lg font-semibold">
          <Trans>Terms</Trans>
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
  const { t } = useLingui()
  const facts: string[] = []
  if (reward.tierRequired) {
    const tier = program.tiers.find((tier) => tier.id === reward.tierRequired)?.name
    facts.push(tier ? t`For ${tier} members and above.` : t`For higher-tier members.`)
  }
  const stock = reward.stock
  if (stock !== null && stock > 0 && stock <= LOW_STOCK) {
    facts.push(t`${plural(stock, { one: 'Only # left.', other: 'Only # left.' })}`)
  }
  const limit = reward.limitPerMember
  if (limit !== null) {
    const redeemed = reward.redeemedByMe
    facts.push(
      redeemed > 0
        ? t`Limit ${limit} per member (you’ve redeemed ${redeemed}).`
        : t`Limit ${limit} per member.`,
    )
  }
  if (reward.validUntil) {
    const date = formatShortDate(reward.validUntil, asOf)
    facts.push(t`Available until ${date}.`)
  }
  if (facts.length === 0) return null
  return (
    <ul className="mt-4 space-y-1 text-sm text-ink-muted">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

/** "Give 500 points: we donate $5 to the Food Bank." */
function DonationPledge({ cost, amount, cause }: { cost: string; amount: string; cause: string }) {
  return (
    <Trans>
      Give {cost}: we donate {amount} to {cause}.
    </Trans>
  )
}

function RewardDetailSkeleton() {
  return (
    <div aria-busy="true">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-2 h-9 w-2/3" />
      <Skeleton className="mt-3 h-6 w-full" />
      <Skeleton className="mt-6 h-48 rounded-card" />
      <span className="sr-only">
        <Trans>Loading reward…</Trans>
      </span>
    </div>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: RewardDetailPage, loader: rewardDetailLoader }
