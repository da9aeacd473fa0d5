import { Trans } from '@lingui/react/macro'
import { useEffect, useState, type ReactNode } from 'react'
import { Button } from './button'

type CopyButtonProps = {
  /** What is copied (a voucher code). */
  text: string
} & (
  | {
      /**
       * What the code is for ("Free Coffee"). The button shows "Copy" and is named "Copy code for
       * Free Coffee": the word on screen is part of its name in every language, as voice control
       * needs (WCAG 2.5.3).
       */
      codeFor: string
      label?: undefined
    }
  | {
      /**
       * The button's whole name. Prefer `codeFor`: a name written elsewhere may not hold the
       * word the button shows once both are translated.
       */
      label: string
      codeFor?: undefined
    }
)

/** Copies `text` and says so, for screen readers too; falls back to selecting it by hand. */
export function CopyButton({ text, codeFor, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 3000)
    return () => clearTimeout(timer)
  }, [state])

  let content: ReactNode
  if (codeFor === undefined)
    content = state === 'copied' ? <Trans>Copied</Trans> : <Trans>Copy</Trans>
  else if (state === 'copied')
    content = (
      <Trans comment="The same button once it has copied the code; only screen readers read the part in <0>">
        Copied <span className="sr-only">code for {codeFor}</span>
      </Trans>
    )
  else
    content = (
      <Trans comment="A button that copies a voucher code. Only screen readers read the part in <0>; the word shown outside it starts the button's name, as voice control needs">
        Copy <span className="sr-only">code for {codeFor}</span>
      </Trans>
    )

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
        {content}
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
