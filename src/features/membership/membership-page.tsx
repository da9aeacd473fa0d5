import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { meQuery } from '@/api/endpoints/get-me'
import { membershipPlansQuery, membershipQuery } from '@/api/endpoints/get-membership'
import {
  cancelAttempts,
  cancelMembershipCommand,
  checkoutAttempts,
  startCheckoutCommand,
  VIP_SLOT,
  type CancelData,
  type CancelRefusalCode,
  type CheckoutData,
  type CheckoutRefusalCode,
} from '@/api/membership-commands'
import type { Checkout, Membership, MembershipPlans, PlanId } from '@/api/schemas/membership'
import { useCommand } from '@/api/use-command'
import { paths } from '@/config/paths'
import { daysBetween, formatMoney } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { Button, buttonClasses } from '@/ui/button'
import { Card } from '@/ui/card'
import { CheckIcon, StarIcon } from '@/ui/icons'
import { PointsActionButton } from '@/ui/points-action-button'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { handOff } from './hand-off'
import { formatDay, PlanName } from './membership-words'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /membership: every query the page needs, started at once. */
export const membershipLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(meQuery())
  void queryClient.prefetchQuery(membershipQuery())
  void queryClient.prefetchQuery(membershipPlansQuery())
}

export function MembershipPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <title>{t`VIP membership`}</title>
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <Trans>VIP membership</Trans>
        </h1>
        <p className="mt-1 text-ink-muted">
          <Trans>
            Pay for VIP and get extra benefits on top of your tier, for as long as you keep it.
          </Trans>
        </p>
      </div>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Your VIP membership`} lines={4} />}
        section={t`Your VIP membership`}
      >
        <MembershipSection />
      </QueryBoundary>
    </div>
  )
}

/** Where the payment provider sends the member back to. */
const returnUrl = () => new URL(paths.membershipReturn, window.location.href).href

/**
 * The member's membership and what they can do with it. Both commands live here, above the
 * status they change, so a hand-off or a cancellation keeps its outcome while the status
 * is fetched again.
 */
function MembershipSection() {
  const { data: member } = useSuspenseQuery(meQuery())
  // While a checkout waits for the provider's confirmation, ask again now and then.
  const { data: membership } = useSuspenseQuery({
    ...membershipQuery(),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 5000 : false),
  })
  const { data: plans } = useSuspenseQuery(membershipPlansQuery())
  const [resumeCheckout] = useState(() => checkoutAttempts.find(member.id, VIP_SLOT))
  const [resumeCancel] = useState(() => cancelAttempts.find(member.id, VIP_SLOT))
  const checkout = useCommand(startCheckoutCommand, member.id, {
    slot: VIP_SLOT,
    active: true,
    resume: resumeCheckout,
  })
  const cancel = useCommand(cancelMembershipCommand, member.id, {
    slot: VIP_SLOT,
    active: true,
    resume: resumeCancel,
  })

  // Off to the provider's page as soon as the checkout the member asked for here is ready. One
  // resumed on opening the page (an answer lost last time) waits for the member to continue.
  const [asked, setAsked] = useState(false)
  const checkoutUrl = checkout.result?.checkoutUrl
  useEffect(() => {
    if (checkoutUrl && asked) handOff.go(checkoutUrl)
  }, [checkoutUrl, asked])
  const joinCommand: CheckoutCommand = {
    ...checkout,
    confirm: (data, again) => {
      setAsked(true)
      checkout.confirm(data, again)
    },
    check: () => {
      setAsked(true)
      checkout.check()
    },
  }

  let body: ReactNode
  let announcement: ReactNode = null
  if (checkoutUrl && asked) {
    announcement = <Trans>Taking you to the secure checkout…</Trans>
    body = <HandingOff url={checkoutUrl} />
  } else if (membership.status === 'active') {
    body = <Active membership={membership} benefits={plans.adds} cancel={cancel} />
  } else if (membership.status === 'cancelled') {
    const date = formatDay(membership.benefitsEndOn)
    if (cancel.result) {
      announcement = (
        <Trans>Your VIP membership is cancelled. Your benefits last until {date}.</Trans>
      )
    }
    body = <Cancelled membership={membership} justCancelled={cancel.result !== undefined} />
  } else if (membership.status === 'pending') {
    body = <Pending />
  } else if (checkoutUrl) {
    // Not paid yet: the checkout found again is where to continue.
    announcement = <Trans>Your checkout is ready.</Trans>
    body = <Ready url={checkoutUrl} />
  } else {
    body = <Join plans={plans} checkout={joinCommand} />
  }
  return (
    <Card aria-labelledby="membership-heading">
      <h2 id="membership-heading" className="sr-only">
        <Trans>Your VIP membership</Trans>
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {body}
    </Card>
  )
}

type CheckoutCommand = ReturnType<typeof useCommand<CheckoutData, Checkout, CheckoutRefusalCode>>
type CancelCommand = ReturnType<typeof useCommand<CancelData, Membership, CancelRefusalCode>>

function HandingOff({ url }: { url: string }) {
  return (
    <div className="space-y-3">
      <p className="font-semibold">
        <Trans>Taking you to the secure checkout…</Trans>
      </p>
      <p className="text-sm text-ink-muted">
        <Trans>
          If nothing happens, <a href={url}>continue to the checkout</a>.
        </Trans>
      </p>
    </div>
  )
}

/** A checkout started on an earlier visit, found again with its key: the member continues. */
function Ready({ url }: { url: string }) {
  return (
    <div className="space-y-3">
      <p className="font-semibold">
        <Trans>Your checkout is ready</Trans>
      </p>
      <p className="text-sm text-ink-muted">
        <Trans>
          You started joining VIP earlier. Continue to pay on the provider’s secure page.
        </Trans>
      </p>
      <a href={url} className={buttonClasses('primary')}>
        <Trans>Continue to the checkout</Trans>
      </a>
    </div>
  )
}

/** What VIP gives on top of the member's tier. */
function Benefits({ benefits }: { benefits: MembershipPlans['adds'] }) {
  if (benefits.length === 0) return null
  return (
    <ul className="space-y-3">
      {benefits.map((benefit) => (
        <li key={benefit.id} className="flex items-start gap-2">
          <CheckIcon className="mt-0.5 shrink-0 text-brand-strong" />
          <span className="min-w-0">
            <span className="block font-semibold">{benefit.title}</span>
            <span className="block text-sm text-ink-muted">{benefit.description}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}

function Join({ plans, checkout }: { plans: MembershipPlans; checkout: CheckoutCommand }) {
  const id = useId()
  const [planId, setPlanId] = useState<PlanId>(
    () => plans.plans.find((plan) => plan.id === 'yearly')?.id ?? plans.plans[0]?.id ?? 'monthly',
  )
  const { failure } = checkout
  // An attempt whose outcome is unknown is checked again with its key, never started afresh.
  const { unknown } = checkout

  return (
    <div className="space-y-5">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-soft text-brand-strong">
          <StarIcon />
        </span>
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">
            <Trans>What VIP adds to your tier</Trans>
          </h3>
          {plans.adds.length === 0 && (
            <p className="mt-1 text-ink-muted">
              <Trans>Your tier already gives you every VIP benefit.</Trans>
            </p>
          )}
        </div>
      </div>
      <Benefits benefits={plans.adds} />

      <fieldset>
        <legend className="font-semibold">
          <Trans>How would you like to pay?</Trans>
        </legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {plans.plans.map((plan) => {
            const price = formatMoney(plan.price)
            return (
              <label
                key={plan.id}
                htmlFor={`${id}-${plan.id}`}
                className="grid min-h-11 cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-xl border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
              >
                <input
                  id={`${id}-${plan.id}`}
                  type="radio"
                  name={`${id}-plan`}
                  value={plan.id}
                  checked={planId === plan.id}
                  onChange={() => setPlanId(plan.id)}
                  className="row-span-2 mt-1 size-4 accent-brand"
                />
                <span className="font-semibold">
                  {plan.id === 'monthly' ? <Trans>Monthly</Trans> : <Trans>Yearly</Trans>}
                </span>
                <span className="text-sm text-ink-muted">
                  {plan.id === 'monthly' ? (
                    <Trans>{price} a month</Trans>
                  ) : (
                    <Trans>{price} a year</Trans>
                  )}
                </span>
              </label>
            )
          })}
        </div>
      </fieldset>

      <p className="text-sm text-ink-muted">
        <Trans>
          You pay on our payment provider’s secure page: we never see your card details. Cancel any
          time; your benefits last to the end of the period you paid for.
        </Trans>
      </p>

      {failure?.kind === 'refused' && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 text-sm">
          {failure.code === 'conflict' ? (
            <Trans>You’re already a VIP member, so there’s nothing to pay for now.</Trans>
          ) : (
            <Trans>We couldn’t start the checkout. Please try again later.</Trans>
          )}
        </p>
      )}

      {checkout.pending ? (
        <p aria-busy="true" className="text-ink-muted">
          {checkout.checking ? (
            <Trans>Checking whether your checkout was started…</Trans>
          ) : (
            <Trans>Preparing your secure checkout…</Trans>
          )}
        </p>
      ) : unknown ? (
        <div role="alert" className="rounded-xl bg-warning-soft p-3 text-sm">
          <p className="font-semibold">
            <Trans>We couldn’t confirm your checkout was started</Trans>
          </p>
          <p className="mt-1">
            <Trans>
              We didn’t get a clear answer. Check again to find out: it’s the same request, so it
              never starts a second checkout.
            </Trans>
          </p>
          <PointsActionButton size="sm" className="mt-2" onClick={checkout.check}>
            <Trans>Check again</Trans>
          </PointsActionButton>
        </div>
      ) : (
        <div>
          <PointsActionButton onClick={() => checkout.confirm({ planId, returnUrl: returnUrl() })}>
            <Trans>Join VIP</Trans>
          </PointsActionButton>
        </div>
      )}
    </div>
  )
}

function Active({
  membership,
  benefits,
  cancel,
}: {
  membership: Membership
  benefits: MembershipPlans['adds']
  cancel: CancelCommand
}) {
  const [confirming, setConfirming] = useState(false)
  // Keyboard and screen reader users land on the question, and back on the button after it.
  const question = useRef<HTMLParagraphElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  useEffect(() => {
    if (confirming) question.current?.focus()
    else if (asked.current) cancelButton.current?.focus()
    asked.current = confirming
  }, [confirming])
  const renews = formatDay(membership.renewsOn)
  const started = formatDay(membership.startedOn)
  const ends = formatDay(membership.benefitsEndOn)
  const { failure } = cancel
  const { unknown } = cancel

  return (
    <div className="space-y-4">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-soft text-brand-strong">
          <StarIcon />
        </span>
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">
            <Trans>You’re a VIP member</Trans>
          </h3>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-ink-muted">
              <Trans>Plan</Trans>
            </dt>
            <dd className="font-semibold">
              {membership.planId && <PlanName planId={membership.planId} />}
            </dd>
            <dt className="text-ink-muted">
              <Trans>Member since</Trans>
            </dt>
            <dd>{started}</dd>
            <dt className="text-ink-muted">
              <Trans>Renews on</Trans>
            </dt>
            <dd className="font-semibold">{renews}</dd>
          </dl>
        </div>
      </div>

      {benefits.length > 0 && (
        <div className="space-y-3">
          <h4 className="font-semibold">
            <Trans>What VIP adds to your tier</Trans>
          </h4>
          <Benefits benefits={benefits} />
        </div>
      )}

      {failure?.kind === 'refused' && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 text-sm">
          <Trans>There was no VIP membership to cancel.</Trans>
        </p>
      )}

      {cancel.pending ? (
        <p aria-busy="true" className="text-ink-muted">
          {cancel.checking ? (
            <Trans>Checking whether your VIP membership was cancelled…</Trans>
          ) : (
            <Trans>Cancelling your VIP membership…</Trans>
          )}
        </p>
      ) : unknown ? (
        <div role="alert" className="rounded-xl bg-warning-soft p-3 text-sm">
          <p className="font-semibold">
            <Trans>We couldn’t confirm your VIP membership was cancelled</Trans>
          </p>
          <p className="mt-1">
            <Trans>
              We didn’t get a clear answer. Check again to find out: it’s the same request, so
              nothing happens twice.
            </Trans>
          </p>
          <PointsActionButton size="sm" className="mt-2" onClick={cancel.check}>
            <Trans>Check again</Trans>
          </PointsActionButton>
        </div>
      ) : confirming ? (
        <div className="space-y-3 rounded-xl border border-line p-4">
          <p ref={question} tabIndex={-1} className="font-semibold outline-none">
            <Trans>Cancel your VIP membership?</Trans>
          </p>
          <p className="text-sm">
            <Trans>
              Nothing more will be charged. Your VIP benefits last until {ends}, the end of the
              period you paid for.
            </Trans>
          </p>
          <div className="flex flex-wrap gap-3">
            <PointsActionButton
              onClick={() => {
                setConfirming(false)
                cancel.confirm({})
              }}
            >
              <Trans>Yes, cancel VIP</Trans>
            </PointsActionButton>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              <Trans>Keep VIP</Trans>
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={cancelButton} variant="secondary" onClick={() => setConfirming(true)}>
          <Trans>Cancel VIP membership</Trans>
        </Button>
      )}
    </div>
  )
}

function Cancelled({
  membership,
  justCancelled,
}: {
  membership: Membership
  justCancelled: boolean
}) {
  const { t } = useLingui()
  // Just cancelled here: the button pressed is gone, so focus moves to what replaced it.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (justCancelled) heading.current?.focus()
  }, [justCancelled])
  const ends = formatDay(membership.benefitsEndOn)
  // Today included: benefits last through their last day.
  const daysLeft =
    membership.benefitsEndOn === null
      ? 0
      : daysBetween(new Date().toISOString().slice(0, 10), membership.benefitsEndOn) + 1
  return (
    <div className="space-y-2">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        <Trans>Your VIP membership is cancelled</Trans>
      </h3>
      <p>
        <Trans>
          Nothing more will be charged. Your VIP benefits last until <strong>{ends}</strong>.
        </Trans>
      </p>
      {daysLeft > 0 && (
        <p className="text-sm font-semibold">
          {t`${plural(daysLeft, {
            one: '# day of VIP benefits left',
            other: '# days of VIP benefits left',
          })}`}
        </p>
      )}
      <p className="text-sm text-ink-muted">
        <Trans>You can join VIP again after that day.</Trans>
      </p>
    </div>
  )
}

function Pending() {
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-semibold">
        <Trans>Your payment is being confirmed</Trans>
      </h3>
      <p className="text-ink-muted">
        <Trans>
          The payment provider hasn’t confirmed your checkout yet. This usually takes a minute; this
          page shows your VIP membership as soon as it has.
        </Trans>
      </p>
    </div>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: MembershipPage, loader: membershipLoader }
