import { Trans } from '@lingui/react/macro'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { redemptionsQuery } from '@/api/endpoints/get-redemptions'
import { useLingui } from '@/lib/i18n/react'
import { RewardCard } from '@/ui/reward-card'
import { Skeleton } from '@/ui/skeleton'
import { recommendationCandidatesQuery } from './catalog-queries'
import { recommendRewards } from './recommend'

const ROW = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4'

/** "Recommended for you": a short row from the member's favourite categories and balance. */
export function RecommendedRewards() {
  const { i18n, locale } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const { data: candidates } = useSuspenseQuery({
    ...recommendationCandidatesQuery(),
    select: (page) => page.items,
  })
  // The latest redemptions (the first page) say enough about what the member likes.
  const { data: history } = useSuspenseInfiniteQuery({
    ...redemptionsQuery(),
    select: (data) => data.pages[0]?.items ?? [],
  })
  const context = useMemo(() => ({ program, member, balance }), [program, member, balance])
  // The reasons carry points formatted for the language they were made in: remade on a switch.
  const picks = useMemo(
    () => recommendRewards(candidates, history, context),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- locale: see above
    [candidates, history, context, locale],
  )

  if (picks.length === 0) return null

  return (
    <section aria-labelledby="recommended-heading" className="mt-8">
      <h2 id="recommended-heading" className="mb-4 text-lg font-semibold">
        <Trans>Recommended for you</Trans>
      </h2>
      <ul className={ROW}>
        {picks.map(({ reward, reason }, index) => (
          // On a phone two are enough before the catalog itself.
          <li key={reward.id} className={index >= 2 ? 'hidden sm:block' : undefined}>
            <RewardCard reward={reward} context={context} note={i18n._(reason)} />
          </li>
        ))}
      </ul>
    </section>
  )
}

export function RecommendedRewardsSkeleton() {
  return (
    <div aria-busy="true" className="mt-8">
      <Skeleton className="mb-4 h-6 w-52" />
      <div className={ROW}>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className={`h-80 rounded-card ${i >= 2 ? 'hidden sm:block' : ''}`} />
        ))}
      </div>
      <span className="sr-only">
        <Trans>Loading recommendations…</Trans>
      </span>
    </div>
  )
}
