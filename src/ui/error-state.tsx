import { cn } from '@/lib/cn'
import { Button } from './button'
import { AlertIcon } from './icons'

type ErrorStateProps = {
  title: string
  detail: string
  onRetry?: (() => void) | undefined
  retrying?: boolean
  className?: string
}

/** A failure in words, announced to screen readers, with a way to try again. */
export function ErrorState({ title, detail, onRetry, retrying, className }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn('flex flex-col gap-3 rounded-xl bg-danger-soft p-4 text-ink', className)}
    >
      <div className="flex items-start gap-3">
        <AlertIcon className="mt-0.5 shrink-0 text-danger" />
        <div>
          <p className="font-semibold">{title}</p>
          <p className="text-sm text-ink-muted">{detail}</p>
        </div>
      </div>
      {onRetry && (
        <Button
          variant="secondary"
          size="sm"
          className="self-start"
          onClick={onRetry}
          disabled={retrying}
        >
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      )}
    </div>
  )
}
