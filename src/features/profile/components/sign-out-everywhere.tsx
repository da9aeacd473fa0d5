import { Trans } from '@lingui/react/macro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '@/api/describe-error'
import { signOutEverywhere } from '@/api/endpoints/sign-out-everywhere'
import { isUnauthorized } from '@/api/errors'
import { forgetMember } from '@/api/forget-member'
import { paths } from '@/config/paths'
import { Button } from '@/ui/button'
import { Card } from '@/ui/card'
import { ErrorState } from '@/ui/error-state'

/**
 * Signing out of every device, after a confirm step: the API ends all of the member's
 * sessions, and this browser then forgets the member as a sign-out does.
 */
export function SignOutEverywhere() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const done = async () => {
    forgetMember(queryClient)
    await navigate(paths.signIn, { replace: true })
  }
  const mutation = useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: done,
    // A 401: this session had ended already; the others end with the next attempt elsewhere.
    onError: async (error) => {
      if (isUnauthorized(error)) await done()
    },
  })
  const failure = mutation.isError && !isUnauthorized(mutation.error) ? mutation.error : null
  const described = failure ? describeError(failure) : null

  return (
    <Card aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading" className="text-lg font-semibold">
        <Trans>Sign out of every device</Trans>
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        <Trans>
          Ends your sessions on every phone, tablet and computer, this one included. Use it if you
          signed in somewhere you no longer use or trust.
        </Trans>
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="everywhere-confirm" className="mt-4 space-y-3">
          <p id="everywhere-confirm" className="font-semibold">
            <Trans>Sign out everywhere now? You’ll need to sign in again on each device.</Trans>
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="primary"
              disabled={mutation.isPending}
              aria-busy={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {mutation.isPending ? (
                <Trans>Signing out everywhere…</Trans>
              ) : (
                <Trans>Yes, sign out everywhere</Trans>
              )}
            </Button>
            <Button
              variant="ghost"
              disabled={mutation.isPending}
              onClick={() => {
                setConfirming(false)
                mutation.reset()
                queueMicrotask(() => opener.current?.focus())
              }}
            >
              <Trans>Cancel</Trans>
            </Button>
          </div>
          {described && (
            <ErrorState
              title={described.title}
              detail={described.detail}
              onRetry={() => mutation.mutate()}
            />
          )}
        </div>
      ) : (
        <Button
          ref={opener}
          variant="secondary"
          className="mt-4"
          onClick={() => setConfirming(true)}
        >
          <Trans>Sign out of every device</Trans>
        </Button>
      )}
    </Card>
  )
}
