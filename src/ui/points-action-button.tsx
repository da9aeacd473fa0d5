import { useId, type ComponentProps } from 'react'
import { useLingui } from '@/lib/i18n/react'
import { usePointsActionsPaused } from '@/lib/points-actions'
import { cn } from '@/lib/cn'
import { Button } from './button'

type Props = ComponentProps<typeof Button> & {
  /** Why the caller cannot offer the action now (not enough points ...), already in words. */
  blockedReason?: string | null
  /** Classes of the reason under the button. */
  reasonClassName?: string
}

/**
 * A button that spends or earns points: disabled, with the reason said under it and tied to
 * it (aria-describedby), while points actions are paused (usePointsActionsPaused: offline) or
 * the caller has its own reason.
 */
export function PointsActionButton({
  blockedReason = null,
  reasonClassName,
  disabled,
  ...props
}: Props) {
  const { i18n } = useLingui()
  const paused = usePointsActionsPaused()
  const reason = paused ? i18n._(paused) : blockedReason
  const id = useId()
  return (
    <>
      <Button
        {...props}
        disabled={disabled === true || reason !== null}
        aria-describedby={reason ? id : props['aria-describedby']}
      />
      {reason && (
        <p id={id} className={cn('mt-2 text-sm text-ink-muted', reasonClassName)}>
          {reason}
        </p>
      )}
    </>
  )
}
