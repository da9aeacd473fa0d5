import { cn } from '@/lib/cn'

/** A placeholder block the same size as what it stands for, so nothing moves when data arrives. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={cn('animate-pulse rounded-lg bg-surface-muted', className)} />
  )
}
