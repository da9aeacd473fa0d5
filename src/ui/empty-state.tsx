import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

type EmptyStateProps = {
  title: ReactNode
  hint: ReactNode
  /** What the member can do about it: clear filters, go earn ... */
  action?: ReactNode
  /** The answer is being asked again (new filters): dimmed and marked busy meanwhile. */
  stale?: boolean
  /** A heading where the empty state stands in for the page's only section. */
  heading?: boolean
}

/** A list with nothing in it: what that means and the way on, never a bare blank. */
export function EmptyState({
  title,
  hint,
  action,
  stale = false,
  heading = false,
}: EmptyStateProps) {
  const Title = heading ? 'h2' : 'p'
  return (
    <div
      aria-busy={stale}
      className={cn(
        'rounded-card border border-dashed border-line bg-surface px-6 py-12 text-center',
        stale && 'opacity-55',
      )}
    >
      <Title className="text-lg font-semibold">{title}</Title>
      <p className="mt-1 text-sm text-ink-muted">{hint}</p>
      {action && <div className="mt-4">{action}</div>}
    </div>
  )
}
