import { Trans } from '@lingui/react/macro'
import { cn } from '@/lib/cn'
import { formatAsOf } from '@/lib/format'

/**
 * Says when what is shown was true, for data kept on the device that the API has not
 * confirmed again yet (see restoredAt in src/api/persisted-queries.ts). The line keeps its
 * height when there is nothing to say, so nothing below it moves when fresh data arrives.
 */
export function AsOf({ at, className }: { at: number | null; className?: string }) {
  const time = at === null ? null : formatAsOf(at)
  return (
    <p className={cn('min-h-4 text-xs text-ink-muted', className)}>
      {time !== null && <Trans>As of {time}</Trans>}
    </p>
  )
}
