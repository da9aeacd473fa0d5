import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { rewardQuery } from '@/api/endpoints/get-reward'
import type { Program } from '@/api/schemas/program'
import { paths } from '@/config/paths'
import { formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { buttonClasses } from '@/ui/button'
import { Card } from '@/ui/card'
import { QueryBoundary } from '@/ui/query-boundary'
import { categoryLabels } from '@/ui/reward-category'
import { Skeleton } from '@/ui/skeleton'

/** Route module of /rewards/:rewardId: loaded on demand with its loader. */
export const rewardDetailLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    const id = params.rewardId ?? ''
    void queryClient.prefetchQuery(rewardQuery(id))
    void queryClient.prefetchQuery(programQuery())
    void queryClient.prefetchQuery(meQuery())
    void queryClient.prefetchQuery(balanceQuery())
    return null
  }

export function RewardDetailPage() {
  const { rewardId = '' } = useParams()
  return (
    <div className="mx-auto max-w-3xl">
      <Link to={paths.dashboard} className={`${buttonClasses('ghost', 'sm')} mb-4 -ml-3`}>
        ← Back to your dashboard
      </Link>
      <QueryBoundary fallback={<RewardDetailSkeleton />}>
        <RewardDetail id={rewardId} />
      </QueryBoundary>
    </div>
  )
}

function tierName(program: Program, id: string) {
  return program.tiers.find((tier) => tier.id === id)?.name ?? 'Higher tier'
}

function RewardDetail({ id }: { id: string }) {
  const { data: reward } = useSuspenseQuery(rewardQuery(id))
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const words = program.points
  const after = balance.available - reward.cost
  const required = reward.tierRequired
    ? program.tiers.find((tier) => tier.id === reward.tierRequired)
    : undefined
  const mine = program.tiers.find((tier) => tier.id === member.tierId)
  const locked = required !== undefined && (mine?.rank ?? 0) < required.rank

  return (
    <article aria-labelledby="reward-heading">
      <title>{`${reward.name} · ${program.name}`}</title>
      <p className="text-sm font-semibold text-brand">{categoryLabels[reward.category]}</p>
      <h1 id="reward-heading" className="mt-1 text-3xl font-bold">
        {reward.name}
      </h1>
      <p className="mt-2 text-lg text-ink-muted">{reward.summary}</p>

      <Card className="mt-6" aria-label="Cost">
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
        <ul className="mt-4 space-y-1 text-sm text-ink-muted">
          {reward.tierRequired && (
            <li>
              For {tierName(program, reward.tierRequired)} members
              {locked ? ' and above; you’ll unlock it by reaching that tier.' : ' and above.'}
            </li>
          )}
          {reward.stock !== null && (
            <li>{reward.stock === 0 ? 'Out of stock.' : `${formatNumber(reward.stock)} left.`}</li>
          )}
          {reward.validUntil && (
            <li>Available until {formatShortDate(reward.validUntil, balance.asOf)}.</li>
          )}
        </ul>
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
    </article>
  )
}

function RewardDetailSkeleton() {
  return (
    <div aria-busy="true">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-2 h-9 w-2/3" />
      <Skeleton className="mt-3 h-6 w-full" />
      <Skeleton className="mt-6 h-36 rounded-card" />
      <span className="sr-only">Loading reward…</span>
    </div>
  )
}
