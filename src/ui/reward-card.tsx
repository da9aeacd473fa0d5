import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { memo, useId, useState, type ReactNode } from 'react'
import { Link } from '@/ui/link'
import { availability, LOW_STOCK, type Availability } from '@/api/reward-availability'
import type { Balance, Member } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Reward, RewardCategory } from '@/api/schemas/reward'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { formatNumber, formatPoints, formatShortDate, pointsWord } from '@/lib/format'
import { AlertIcon, CheckIcon, ClockIcon, Icon, type IconProps } from './icons'
import { Progress } from './progress'
import { categoryMessages } from './reward-category'

export type RewardCardContext = { program: Program; member: Member; balance: Balance }

type RewardCardProps = {
  reward: Reward
  /** Who is looking: decides what the card says ("You can get this", "120 more points" ...). */
  context: RewardCardContext
  /** A short line above the name, e.g. why the reward is recommended. */
  note?: string | undefined
  className?: string | undefined
}

/**
 * One reward as a card: picture, category, name (a link that makes the whole card clickable),
 * cost and what it means for this member. Memoized and free of queries, so a grid of hundreds
 * re-renders only the cards whose reward or member changed.
 */
export const RewardCard = memo(function RewardCard({
  reward,
  context,
  note,
  className,
}: RewardCardProps) {
  const { i18n } = useLingui()
  const status = availability(reward, context)
  const words = context.program.points
  const blocked = status.kind !== 'redeemable' && status.kind !== 'short'
  const lowStock =
    !blocked && reward.stock !== null && reward.stock > 0 && reward.stock <= LOW_STOCK
  const until = status.kind !== 'ended' && reward.validUntil
  const stock = reward.stock ?? 0
  const nameId = useId()

  return (
    <article
      aria-labelledby={nameId}
      className={cn(
        'relative flex h-full flex-col overflow-hidden rounded-card border border-line bg-surface shadow-sm transition-shadow',
        'hover:shadow-md has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand',
        className,
      )}
    >
      <RewardImage reward={reward} muted={blocked} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        {note && <p className="text-xs font-semibold text-brand">{note}</p>}
        <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">
          {i18n._(categoryMessages[reward.category])}
        </p>
        <h3 id={nameId} className="leading-snug font-semibold">
          {/* The link covers the card (::after), so there is one thing to click and to tab to. */}
          <Link
            to={paths.reward(reward.id)}
            className="outline-none after:absolute after:inset-0 after:content-[''] hover:text-brand"
          >
            {reward.name}
          </Link>
        </h3>
        <div className="mt-auto flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 pt-1">
          <p className="font-bold tabular-nums">{formatPoints(reward.cost, words)}</p>
          {(lowStock || until) && (
            <p className="flex flex-wrap gap-1.5 text-xs">
              {lowStock && (
                <span className="rounded-full bg-warning-soft px-2 py-0.5 font-semibold text-warning">
                  <Plural value={stock} one="Only # left" other="Only # left" />
                </span>
              )}
              {until && (
                <span className="inline-flex items-center gap-1 text-ink-muted">
                  <ClockIcon width={12} height={12} />
                  <Until date={formatShortDate(until, context.balance.asOf)} />
                </span>
              )}
            </p>
          )}
        </div>
        <StatusLine status={status} reward={reward} context={context} />
      </div>
    </article>
  )
})

function Until({ date }: { date: string }) {
  return <Trans>Until {date}</Trans>
}

function StatusLine({
  status,
  reward,
  context,
}: {
  status: Availability
  reward: Reward
  context: RewardCardContext
}) {
  const { t } = useLingui()
  const words = context.program.points
  switch (status.kind) {
    case 'redeemable':
      return (
        <Status className="text-brand" icon={<CheckIcon width={16} height={16} />}>
          <Trans>You can get this</Trans>
        </Status>
      )
    case 'short': {
      const count = formatNumber(status.shortBy)
      const word = pointsWord(status.shortBy, words)
      const name = reward.name
      const balance = formatPoints(context.balance.available, words)
      const cost = formatPoints(reward.cost, words)
      return (
        <div>
          <Status className="text-ink">
            <Trans comment="How many more points the member needs for a reward: “120 more points”. {word} is the points word in the form {count} needs.">
              {count} more {word}
            </Trans>
          </Status>
          <Progress
            className="mt-1.5 h-1.5"
            value={context.balance.available}
            max={reward.cost}
            label={t`Progress to ${name}`}
            valueText={t`${balance} of ${cost}`}
          />
        </div>
      )
    }
    case 'tier_locked': {
      const tier = status.requiredTier?.name
      return (
        <Status className="text-ink-muted" icon={<LockIcon />}>
          {tier ? <Trans>{tier} members</Trans> : <Trans>Higher tier members</Trans>}
        </Status>
      )
    }
    case 'out_of_stock':
      return (
        <Status className="text-danger" icon={<AlertIcon width={16} height={16} />}>
          <Trans>Out of stock</Trans>
        </Status>
      )
    case 'limit_reached':
      return (
        <Status className="text-ink-muted" icon={<CheckIcon width={16} height={16} />}>
          <Trans>Limit reached</Trans>
        </Status>
      )
    case 'ended':
      return (
        <Status className="text-ink-muted" icon={<ClockIcon width={16} height={16} />}>
          <Trans>Ended</Trans>
        </Status>
      )
  }
}

function Status({
  className,
  icon,
  children,
}: {
  className: string
  icon?: ReactNode
  children: ReactNode
}) {
  return (
    <p className={cn('flex items-center gap-1.5 text-sm font-semibold', className)}>
      {icon}
      {children}
    </p>
  )
}

const IMAGE_WIDTH = 400
const IMAGE_HEIGHT = 250

/** The reward's picture; a calm placeholder in the category's colour when it has none or it fails. */
function RewardImage({ reward, muted }: { reward: Reward; muted: boolean }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null)
  const image = reward.image
  const frame = cn('aspect-[8/5] w-full', muted && 'opacity-70 grayscale')
  if (!image || failedUrl === image.url) {
    return <CategoryPlaceholder category={reward.category} className={frame} />
  }
  return (
    <img
      src={image.url}
      alt={image.alt}
      width={IMAGE_WIDTH}
      height={IMAGE_HEIGHT}
      loading="lazy"
      decoding="async"
      onError={() => setFailedUrl(image.url)}
      className={cn(frame, 'h-auto bg-surface-muted object-cover')}
    />
  )
}

const placeholderTone: Record<RewardCategory, string> = {
  discount: 'bg-brand-soft text-brand',
  free_product: 'bg-warning-soft text-warning',
  gift: 'bg-danger-soft text-danger',
  experience: 'bg-tier-3-soft text-tier-3',
  free_shipping: 'bg-tier-2-soft text-tier-2',
  donation: 'bg-tier-1-soft text-tier-1',
}

function CategoryPlaceholder({
  category,
  className,
}: {
  category: RewardCategory
  className: string
}) {
  const CategoryIcon = categoryIcons[category]
  return (
    <div className={cn('grid place-items-center', placeholderTone[category], className)}>
      <CategoryIcon width={56} height={56} strokeWidth={1.5} />
    </div>
  )
}

function LockIcon(props: IconProps) {
  return (
    <Icon width={16} height={16} {...props}>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </Icon>
  )
}

/** One line drawing per category, for rewards without a picture. */
const categoryIcons: Record<RewardCategory, (props: IconProps) => ReactNode> = {
  discount: (props) => (
    <Icon {...props}>
      <path d="M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9z" />
      <circle cx="8" cy="8" r="1.5" />
    </Icon>
  ),
  free_product: (props) => (
    <Icon {...props}>
      <path d="M4 8h13v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z" />
      <path d="M17 10h1.5a2.5 2.5 0 0 1 0 5H17M8 3v2M12 3v2" />
    </Icon>
  ),
  gift: (props) => (
    <Icon {...props}>
      <rect x="3" y="8" width="18" height="4" rx="1" />
      <path d="M12 8v13M5 12v9h14v-9M12 8c-2-4-6-4-6-1.5S9 8 12 8c3 0 6-1 6-1.5S14 4 12 8" />
    </Icon>
  ),
  experience: (props) => (
    <Icon {...props}>
      <path d="M3 8a2 2 0 0 0 0 4v5a1 1 0 0 0 1 1h16a1 1 0 0 0 1-1v-5a2 2 0 0 1 0-4V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1z" />
      <path d="M14 6v12" strokeDasharray="2 2" />
    </Icon>
  ),
  free_shipping: (props) => (
    <Icon {...props}>
      <path d="M2 6h11v10H2zM13 10h4l4 3v3h-8" />
      <circle cx="6" cy="17.5" r="1.5" />
      <circle cx="17" cy="17.5" r="1.5" />
    </Icon>
  ),
  donation: (props) => (
    <Icon {...props}>
      <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />
    </Icon>
  ),
}
