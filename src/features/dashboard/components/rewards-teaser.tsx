import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import type { Reward } from '@/api/schemas/reward'
import { paths } from '@/config/paths'
import { formatPoints } from '@/lib/format'
import { Card } from '@/ui/card'
import { Progress } from '@/ui/progress'
import { SectionSkeleton } from '@/ui/skeleton'
import { categoryLabels } from '@/ui/reward-category'
import { affordableRewardsQuery, nextRewardsQuery } from '../dashboard-queries'
import { isReachable } from '../nudges'
import { REWARDS_ANCHOR } from './nudge-list'

const TEASER_CLASS = 'min-h-80 scroll-mt-6'

export function RewardsTeaser() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const { data: affordable } = useSuspenseQuery({
    ...affordableRewardsQuery(),
    select: (page) => page.items,
  })
  const { data: next } = useSuspenseQuery({ ...nextRewardsQuery(), select: (page) => page.items })
  const ctx = { program, member, balance }
  const now = affordable.filter((reward) => isReachable(reward, ctx)).slice(0, 4)
  const closest = next.filter((reward) => isReachable(reward, ctx)).slice(0, now.length > 0 ? 2 : 3)
  const words = program.points
  const pointsWord = words.plural
  const have = formatPoints(balance.available, words)

  return (
    <Card id={REWARDS_ANCHOR} aria-labelledby="teaser-heading" className={TEASER_CLASS}>
      <h2 id="teaser-heading" className="text-base font-semibold">
        <Trans>Rewards you can get now</Trans>
      </h2>
      {now.length === 0 ? (
        closest.length > 0 && (
          <p className="mt-3 text-sm text-ink-muted">
            {balance.available === 0 ? (
              <Trans>Nothing to redeem yet. Your first {pointsWord} will open these up:</Trans>
            ) : (
              <Trans>Not quite enough for a reward yet. These are the closest:</Trans>
            )}
          </p>
        )
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {now.map((reward) => (
            <li key={reward.id}>
              <RewardRow reward={reward} trailing={formatPoints(reward.cost, words)} />
            </li>
          ))}
        </ul>
      )}

      {closest.length > 0 && (
        <>
          {now.length > 0 && (
            <h3 className="mt-5 text-sm font-semibold text-ink-muted">
              <Trans>Almost there</Trans>
            </h3>
          )}
          <ul className="mt-2 space-y-3">
            {closest.map((reward) => {
              const missing = formatPoints(reward.cost - balance.available, words)
              const cost = formatPoints(reward.cost, words)
              const name = reward.name
              return (
                <li key={reward.id}>
                  <RewardRow reward={reward} trailing={cost} missing={missing} />
                  <Progress
                    className="mt-1 h-2"
                    value={balance.available}
                    max={reward.cost}
                    label={t`Progress to ${name}`}
                    valueText={t`${have} of ${cost}`}
                  />
                </li>
              )
            })}
          </ul>
        </>
      )}

      {now.length === 0 && closest.length === 0 && (
        <p className="mt-3 text-sm text-ink-muted">
          <Trans>The reward catalog is empty right now. Check back soon.</Trans>
        </p>
      )}
    </Card>
  )
}

function RewardRow({
  reward,
  trailing,
  missing,
}: {
  reward: Reward
  trailing: string
  /** Points still needed, for a reward out of reach. */
  missing?: string
}) {
  const category = categoryLabels[reward.category]
  return (
    <Link
      to={paths.reward(reward.id)}
      className="flex items-center justify-between gap-3 rounded-lg py-2.5 hover:text-brand"
    >
      <span className="min-w-0">
        <span className="block truncate font-medium">{reward.name}</span>
        <span className="block text-xs text-ink-muted">
          {missing ? (
            <Trans>
              {category} · {missing} to go
            </Trans>
          ) : (
            category
          )}
        </span>
      </span>
      <span className="shrink-0 text-sm font-semibold tabular-nums">{trailing}</span>
    </Link>
  )
}

export function RewardsTeaserSkeleton() {
  const { t } = useLingui()
  return <SectionSkeleton label={t`Rewards you can get now`} className={TEASER_CLASS} lines={4} />
}
