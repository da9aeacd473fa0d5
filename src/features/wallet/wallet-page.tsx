import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { PageLoader } from '@/lib/page-loader'
import { Link } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { redemptionsQuery } from '@/api/endpoints/get-redemptions'
import type { Redemption } from '@/api/schemas/redemption'
import { paths } from '@/config/paths'
import { formatNumber } from '@/lib/format'
import { Button, buttonClasses } from '@/ui/button'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { RedemptionCard } from './redemption-card'
import { UnconfirmedRedemptions } from './unconfirmed-redemptions'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /wallet. */
export const walletLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchInfiniteQuery(redemptionsQuery())
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(meQuery())
  void queryClient.prefetchQuery(balanceQuery())
}

export function WalletPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`Your wallet`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Your wallet</Trans>
      </h1>
      <p className="mt-1 text-ink-muted">
        <Trans>Your reward codes, ready-to-use ones first, and receipts for your donations.</Trans>
      </p>
      <QueryBoundary fallback={null}>
        <UnconfirmedRedemptions />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Your rewards`} lines={4} className="mt-6" />}
        section={t`Your rewards`}
      >
        <Wallet />
      </QueryBoundary>
    </div>
  )
}

const groups: { title: MessageDescriptor; statuses: Redemption['status'][] }[] = [
  { title: msg`Ready to use`, statuses: ['active'] },
  { title: msg`Donations`, statuses: ['donated'] },
  { title: msg`Used and expired`, statuses: ['used', 'expired'] },
]

function Wallet() {
  const { i18n } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery({
    ...redemptionsQuery(),
    select: (result) => result.pages.flatMap((page) => page.items),
  })

  if (data.length === 0) {
    return (
      <div className="mt-6 rounded-card border border-dashed border-line p-8 text-center">
        <h2 className="text-lg font-semibold">
          <Trans>Nothing in your wallet yet</Trans>
        </h2>
        <p className="mt-2 text-ink-muted">
          <Trans>Rewards you redeem appear here with their codes, ready to use.</Trans>
        </p>
        <Link to={paths.rewards} className={`${buttonClasses('primary')} mt-4`}>
          <Trans>Browse rewards</Trans>
        </Link>
      </div>
    )
  }

  return (
    <div className="mt-6 space-y-8">
      {groups.map((group) => {
        const items = data.filter((r) => group.statuses.includes(r.status))
        if (items.length === 0) return null
        const headingId = `wallet-${group.statuses[0] ?? 'group'}`
        const count = formatNumber(items.length)
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h2 id={headingId} className="text-lg font-semibold">
              {i18n._(group.title)}{' '}
              <span className="text-sm font-normal text-ink-muted">{`(${count})`}</span>
            </h2>
            <ul className="mt-3 space-y-3">
              {items.map((redemption) => (
                <li key={redemption.id}>
                  <RedemptionCard redemption={redemption} program={program} now={balance.asOf} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void fetchNextPage()}
          disabled={isFetchingNextPage}
        >
          {isFetchingNextPage ? <Trans>Loading…</Trans> : <Trans>Show older rewards</Trans>}
        </Button>
      )}
    </div>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: WalletPage, loader: walletLoader }
