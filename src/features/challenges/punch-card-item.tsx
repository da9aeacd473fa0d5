import { Trans, useLingui } from '@lingui/react/macro'
import { plural } from '@lingui/core/macro'
import type { PunchCard } from '@/api/schemas/punch-card'
import { cn } from '@/lib/cn'
import { formatShortDate } from '@/lib/format'
import { CheckIcon, GiftIcon } from '@/ui/icons'

/**
 * A punch card: its stamps drawn as a row of circles for the eye, and the same count in words
 * for everyone (the drawing is hidden from screen readers).
 */
export function PunchCardItem({ card, now }: { card: PunchCard; now: string }) {
  const { t } = useLingui()
  const headingId = `punch-card-${card.id}`
  const { stamps, stampsRequired: required, completions } = card
  const left = required - stamps
  const reward = card.reward.description
  const lastStamp = card.lastStampAt && formatShortDate(card.lastStampAt, now)
  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-surface p-5">
      <h3 id={headingId} className="text-lg font-semibold">
        {card.name}
      </h3>
      <p className="mt-1 text-ink-muted">{card.description}</p>
      <ol aria-hidden="true" className="mt-4 flex flex-wrap gap-2">
        {Array.from({ length: required }, (_, index) => (
          <li
            key={index}
            className={cn(
              'grid size-9 place-items-center rounded-full border-2',
              index < stamps
                ? 'border-brand bg-brand text-on-brand'
                : 'border-dashed border-line text-ink-muted',
            )}
          >
            {index < stamps && <CheckIcon width={16} height={16} />}
          </li>
        ))}
        <li className="grid size-9 place-items-center rounded-full bg-brand-soft text-brand-strong">
          <GiftIcon width={16} height={16} />
        </li>
      </ol>
      <p className="mt-3 font-semibold">
        {t`${plural(left, {
          one: `${stamps} of ${required} stamps: # more to fill this card`,
          other: `${stamps} of ${required} stamps: # more to fill this card`,
        })}`}
      </p>
      <p className="mt-1 text-sm">
        <Trans>Filling it gives: {reward}</Trans>
      </p>
      <p className="mt-1 text-sm text-ink-muted">
        {t`${plural(completions, { 0: 'No cards filled yet.', one: '# card filled so far.', other: '# cards filled so far.' })}`}
        {lastStamp && (
          <>
            {' '}
            <Trans>Last stamp on {lastStamp}.</Trans>
          </>
        )}
      </p>
    </article>
  )
}
