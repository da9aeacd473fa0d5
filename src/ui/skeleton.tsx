import { Trans } from '@lingui/react/macro'
import { cn } from '@/lib/cn'
import { Card } from './card'

/** A placeholder block the same size as what it stands for, so nothing moves when data arrives. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse rounded-lg bg-surface-muted', className)}
    />
  )
}

/**
 * A loading card named like the section it stands for, marked busy, with a heading bar, a
 * headline bar and `lines` rows. Give it the section's min-height class.
 */
export function SectionSkeleton({
  label,
  className,
  lines = 3,
}: {
  label: string
  className?: string
  lines?: number
}) {
  return (
    <Card aria-label={label} aria-busy="true" className={className}>
      <Skeleton className="h-4 w-32" />
      <Skeleton className="mt-4 h-10 w-2/3" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className="mt-4 h-6" />
      ))}
      <span className="sr-only">
        <Trans comment="Read by screen readers while a section loads; {label} is its name.">
          {label}: loading…
        </Trans>
      </span>
    </Card>
  )
}
