import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useId, useState } from 'react'
import { Button } from '@/ui/button'
import { CopyIcon, ShareIcon } from '@/ui/page-icons'
import { canShare, shareLink } from './share-link'

type Said = 'link-copied' | 'code-copied' | 'copy-failed' | 'shared' | 'copied-instead' | null

/**
 * The member's code and link, with Copy and, where the browser has the Web Share API, Share.
 * What happened is said in a live region; where copying is blocked the link is selected for the
 * member to copy by hand.
 */
export function ShareReferral({
  code,
  link,
  programName,
  discount,
}: {
  code: string
  link: string
  programName: string
  discount: string
}) {
  const { t } = useLingui()
  const linkId = useId()
  const [said, setSaid] = useState<Said>(null)
  const data: ShareData = {
    title: t`Join me at ${programName}`,
    text: t`Get ${discount} off your first order with my code ${code}.`,
    url: link,
  }
  const shareable = canShare(data)

  useEffect(() => {
    if (said === null || said === 'copy-failed') return
    const timer = setTimeout(() => setSaid(null), 4000)
    return () => clearTimeout(timer)
  }, [said])

  async function copy(text: string, done: Said) {
    try {
      await navigator.clipboard.writeText(text)
      setSaid(done)
    } catch {
      setSaid('copy-failed')
      const field = document.getElementById(linkId)
      if (field instanceof HTMLInputElement) {
        field.focus()
        field.select()
      }
    }
  }

  async function share() {
    const outcome = await shareLink(data)
    if (outcome === 'shared') setSaid('shared')
    else if (outcome === 'unavailable') await copy(link, 'copied-instead')
  }

  return (
    <div className="mt-3">
      <p className="text-sm text-ink-muted">
        <Trans>Your code</Trans>
      </p>
      <p className="font-mono text-2xl font-bold tracking-wider break-all" dir="ltr">
        {code}
      </p>
      <label htmlFor={linkId} className="mt-4 block text-sm text-ink-muted">
        <Trans>Your link</Trans>
      </label>
      <input
        id={linkId}
        readOnly
        value={link}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 min-h-11 w-full min-w-0 rounded-lg border border-line bg-surface-muted px-3 text-sm text-ink"
      />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => void copy(link, 'link-copied')}>
          <CopyIcon />
          <Trans>Copy link</Trans>
        </Button>
        <Button variant="secondary" onClick={() => void copy(code, 'code-copied')}>
          <Trans>Copy code</Trans>
        </Button>
        {shareable && (
          <Button variant="secondary" onClick={() => void share()}>
            <ShareIcon />
            <Trans>Share</Trans>
          </Button>
        )}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {said === 'link-copied' && (
          <Trans>Link copied. Paste it wherever you talk to friends.</Trans>
        )}
        {said === 'code-copied' && <Trans>Code copied.</Trans>}
        {said === 'shared' && <Trans>Shared. Thank you!</Trans>}
        {said === 'copied-instead' && (
          <Trans>Sharing isn’t available here, so we copied your link instead.</Trans>
        )}
        {said === 'copy-failed' && (
          <Trans>Copying isn’t allowed here: the link is selected, so copy it from there.</Trans>
        )}
      </p>
    </div>
  )
}
