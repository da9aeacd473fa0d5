import { cn } from '@/lib/cn'

type ProgressProps = {
  value: number
  max: number
  /** What the bar measures, read by screen readers. */
  label: string
  /** The value in words, e.g. "$310 of $350". */
  valueText: string
  className?: string
  barClassName?: string
}

/**
 * A progress bar with its value in words for assistive technology. It fills from the start
 * edge: the left in left-to-right languages, the right in Arabic.
 */
export function Progress({ value, max, label, valueText, className, barClassName }: ProgressProps) {
  const clamped = Math.min(Math.max(value, 0), max)
  const percent = max > 0 ? (clamped / max) * 100 : 100
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      className={cn('h-3 w-full overflow-hidden rounded-full bg-surface-muted', className)}
    >
      <div
        className={cn(
          'h-full rounded-full bg-brand transition-[width] duration-700 ease-out',
          barClassName,
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  )
}
