import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { Link } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { ArrowRightIcon, ClockIcon, CloseIcon, GiftIcon, SparkleIcon, TrendIcon } from '@/ui/icons'
import { SectionSkeleton } from '@/ui/skeleton'
import { nextRewardsQuery } from '../dashboard-queries'
import { useDismissedNudges } from '../dismissed-nudges'
import { rankNudges, type Nudge } from '../nudges'
import { TIER_ANCHOR } from './tier-card'

export const REWARDS_ANCHOR = 'rewards-now'

const look = {
  'near-reward': { icon: GiftIcon, tone: 'bg-brand-soft text-brand-strong' },
  expiring: { icon: ClockIcon, tone: 'bg-warning-soft text-warning' },
  tier: { icon: TrendIcon, tone: 'bg-tier-3-soft text-tier-3' },
  birthday: { icon: SparkleIcon, tone: 'bg-tier-2-soft text-tier-2' },
} as const

export function NudgeList() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  const { data: tier } = useSuspenseQuery(tierProgressQuery())
  const { data: nextRewards } = useSuspenseQuery({ ...nextRewardsQuery(), select: (p) => p.items })
  const [dismissed, dismiss] = useDismissedNudges(member.id)
  const heading = useRef<HTMLHeadingElement>(null)

  const nudges = rankNudges(
    {
      program,
      member,
      balance,
      tier,
      nextRewards,
      rewardPath: paths.reward,
      tierAnchor: `#${TIER_ANCHOR}`,
      rewardsAnchor: `#${REWARDS_ANCHOR}`,
    },
    dismissed,
  )

  if (nudges.length === 0) return null

  return (
    <section aria-labelledby="nudges-heading">
      <h2 id="nudges-heading" ref={heading} tabIndex={-1} className="sr-only">
        <Trans>For you</Trans>
      </h2>
      <ul className="space-y-3">
        {nudges.map((nudge) => (
          <NudgeItem
            key={nudge.id}
            nudge={nudge}
            onDismiss={() => {
              dismiss(nudge.id)
              // The button disappears with its nudge: keep the keyboard user in the list.
              heading.current?.focus()
            }}
          />
        ))}
      </ul>
    </section>
  )
}

function NudgeItem({ nudge, onDismiss }: { nudge: Nudge; onDismiss: () => void }) {
  const { i18n, t } = useLingui()
  const { icon: Icon, tone } = look[nudge.kind]
  const message = i18n._(nudge.message)
  const label = i18n._(nudge.link.label)
  // The arrow points the way the line reads: to the left in right-to-left languages.
  const arrow = <ArrowRightIcon width={16} height={16} className="rtl:-scale-x-100" />
  const link = nudge.link.to.startsWith('#') ? (
    <a
      href={nudge.link.to}
      className="inline-flex items-center gap-1 font-semibold text-brand underline-offset-4 hover:underline"
    >
      {label} {arrow}
    </a>
  ) : (
    <Link
      to={nudge.link.to}
      className="inline-flex items-center gap-1 font-semibold text-brand underline-offset-4 hover:underline"
    >
      {label} {arrow}
    </Link>
  )
  return (
    <li className="flex gap-3 rounded-card border border-line bg-surface p-4 shadow-sm">
      <span className={cn('grid size-10 shrink-0 place-items-center rounded-full', tone)}>
        <Icon />
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-ink">{message}</p>
        <p className="mt-1 text-sm text-ink-muted">{i18n._(nudge.detail)}</p>
        <p className="mt-2 text-sm">{link}</p>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t`Dismiss: ${message}`}
        className="grid size-11 shrink-0 place-items-center self-start rounded-full text-ink-muted hover:bg-surface-muted hover:text-ink"
      >
        <CloseIcon />
      </button>
    </li>
  )
}

export function NudgeListSkeleton() {
  const { t } = useLingui()
  return <SectionSkeleton label={t`Suggestions`} lines={0} />
}
