import { Trans } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { Button } from './button'

/** Copies `text` and says so, for screen readers too; falls back to selecting it by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 3000)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        aria-label={label}
        onClick={() => {
          navigator.clipboard
            .writeText(text)
            .then(() => setState('copied'))
            .catch(() => setState('failed'))
        }}
      >
        {state === 'copied' ? <Trans>Copied</Trans> : <Trans>Copy</Trans>}
      </Button>
      <span role="status" className="text-sm text-ink-muted">
        {state === 'copied' && (
          <span className="sr-only">
            <Trans>Copied {text}</Trans>
          </span>
        )}
        {state === 'failed' && (
          <Trans>Copying isn’t allowed here: select the code and copy it.</Trans>
        )}
      </span>
    </span>
  )
}
