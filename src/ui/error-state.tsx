import { Trans } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'
import type { MessageDescriptor } from '@lingui/core'
import { isDescriptor } from '@/lib/i18n/i18n'
import { useLingui } from '@/lib/i18n/react'
import { Button } from './button'
import { AlertIcon } from './icons'

/** Words to show: a message (describeError's, say) or what the caller has already written. */
type Words = MessageDescriptor | ReactNode

type ErrorStateProps = {
  title: Words
  detail: Words
  onRetry?: (() => void) | undefined
  retrying?: boolean
  className?: string
}

/** A failure in words, announced to screen readers, with a way to try again. */
export function ErrorState({ title, detail, onRetry, retrying, className }: ErrorStateProps) {
  const { i18n } = useLingui()
  const text = (words: Words): ReactNode => (isDescriptor(words) ? i18n._(words) : words)
  return (
    <div
      role="alert"
      className={cn('flex flex-col gap-3 rounded-xl bg-danger-soft p-4 text-ink', className)}
    >
      <div className="flex items-start gap-3">
        <AlertIcon className="mt-0.5 shrink-0 text-danger" />
        <div>
          <p className="font-semibold">{text(title)}</p>
          <p className="text-sm text-ink-muted">{text(detail)}</p>
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
          {retrying ? <Trans>Trying again…</Trans> : <Trans>Try again</Trans>}
        </Button>
      )}
    </div>
  )
}
