import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { membershipQuery } from '@/api/endpoints/get-membership'
import { paths } from '@/config/paths'
import type { PageLoader } from '@/lib/page-loader'
import { buttonClasses } from '@/ui/button'
import { Card } from '@/ui/card'
import { AlertIcon, CheckIcon } from '@/ui/icons'
import { Link } from '@/ui/link'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { formatDay } from './membership-words'
import type { PageModule } from '@/lib/page-loader'

/** How the payment provider says the checkout ended. */
type Outcome = 'success' | 'cancelled' | 'failed' | 'unknown'

function outcomeOf(value: string | null): Outcome {
  return value === 'success' || value === 'cancelled' || value === 'failed' ? value : 'unknown'
}

/** How long a confirmation may take before the page says it is slow. */
const SLOW_CONFIRMATION_MS = 60_000

/** The membership as the API says it now: never an answer kept from before the checkout. */
const freshMembership = () => ({ ...membershipQuery(), staleTime: 0 })

/** Route module of /membership/return: the membership, asked for again. */
export const membershipReturnLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(freshMembership())
}

/**
 * Where the payment provider sends the member back to: which way the checkout ended, in words,
 * with a way forward. After a success the status comes from the API (the provider tells it).
 */
export function MembershipReturnPage() {
  const { t } = useLingui()
  const [params] = useSearchParams()
  const outcome = outcomeOf(params.get('outcome'))
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <title>{t`VIP checkout`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        {outcome === 'success' ? (
          <Trans>Welcome to VIP</Trans>
        ) : outcome === 'cancelled' ? (
          <Trans>Checkout cancelled</Trans>
        ) : outcome === 'failed' ? (
          <Trans>Your payment didn’t go through</Trans>
        ) : (
          <Trans>Back from the checkout</Trans>
        )}
      </h1>
      {outcome === 'success' ? (
        <QueryBoundary
          fallback={<SectionSkeleton label={t`Your VIP membership`} lines={3} />}
          section={t`Your VIP membership`}
        >
          <Joined />
        </QueryBoundary>
      ) : (
        <NotJoined outcome={outcome} />
      )}
    </div>
  )
}

/** After a successful checkout: the membership as the API says it, until it is active. */
function Joined() {
  const { data: membership } = useSuspenseQuery({
    ...freshMembership(),
    // The provider may tell the API a moment after the member is back.
    refetchInterval: (query) => (query.state.data?.status === 'active' ? false : 3000),
  })
  const active = membership.status === 'active'
  const renews = formatDay(membership.renewsOn)
  // A provider slower than a minute: say so, and that leaving is safe.
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (active) return
    const timer = setTimeout(() => setSlow(true), SLOW_CONFIRMATION_MS)
    return () => clearTimeout(timer)
  }, [active])
  return (
    <Card aria-labelledby="joined-heading">
      <div role="status" className="flex items-start gap-3">
        <span
          className={`grid size-10 shrink-0 place-items-center rounded-full ${active ? 'bg-brand-soft text-brand-strong' : 'bg-surface-muted text-ink-muted'}`}
        >
          <CheckIcon />
        </span>
        <div className="min-w-0">
          <h2 id="joined-heading" className="text-lg font-semibold">
            {active ? (
              <Trans>You’re a VIP member</Trans>
            ) : (
              <Trans>We’re confirming your payment</Trans>
            )}
          </h2>
          {active ? (
            <p className="mt-1">
              {membership.planId === 'monthly' ? (
                <Trans>
                  Your VIP benefits start today. Your monthly plan renews on{' '}
                  <strong>{renews}</strong>.
                </Trans>
              ) : (
                <Trans>
                  Your VIP benefits start today. Your yearly plan renews on{' '}
                  <strong>{renews}</strong>.
                </Trans>
              )}
            </p>
          ) : (
            <p className="mt-1 text-ink-muted">
              <Trans>
                The payment provider hasn’t told us yet. This usually takes a moment; this page
                updates by itself.
              </Trans>
            </p>
          )}
          {!active && slow && (
            <p className="mt-1">
              <Trans>
                It’s taking longer than usual. You can leave this page: your VIP membership page
                shows it as soon as the provider confirms, and you’re never charged twice.
              </Trans>
            </p>
          )}
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link to={paths.membership} className={buttonClasses('primary')}>
          <Trans>See your VIP membership</Trans>
        </Link>
        <Link to={paths.dashboard} className={buttonClasses('secondary')}>
          <Trans>Go to your dashboard</Trans>
        </Link>
      </div>
    </Card>
  )
}

function NotJoined({ outcome }: { outcome: Exclude<Outcome, 'success'> }) {
  return (
    <Card aria-labelledby="return-heading">
      <div role="status" className="flex items-start gap-3">
        <AlertIcon className="mt-0.5 shrink-0 text-ink-muted" />
        <div className="min-w-0">
          <h2 id="return-heading" className="text-lg font-semibold">
            {outcome === 'unknown' ? (
              <Trans>We can’t tell how your checkout ended</Trans>
            ) : (
              <Trans>Nothing was charged</Trans>
            )}
          </h2>
          <p className="mt-1">
            {outcome === 'cancelled' ? (
              <Trans>
                You left the checkout before paying, so you’re not a VIP member yet. You can try
                again whenever you like.
              </Trans>
            ) : outcome === 'failed' ? (
              <Trans>
                The payment provider couldn’t take the payment. Check your card details or use
                another card, then try again. If it keeps failing, your bank can tell you why.
              </Trans>
            ) : (
              <Trans>
                Your VIP membership page shows whether you joined. If you paid and it doesn’t show
                yet, give it a minute.
              </Trans>
            )}
          </p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link to={paths.membership} className={buttonClasses('primary')}>
          {outcome === 'unknown' ? (
            <Trans>See your VIP membership</Trans>
          ) : (
            <Trans>Try again</Trans>
          )}
        </Link>
        <Link to={paths.dashboard} className={buttonClasses('secondary')}>
          <Trans>Go to your dashboard</Trans>
        </Link>
      </div>
    </Card>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: MembershipReturnPage, loader: membershipReturnLoader }
