import { Plural, Trans } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { meQuery } from '@/api/endpoints/get-me'
import { signOut } from '@/api/endpoints/sign-out'
import { isUnauthorized } from '@/api/errors'
import { forgetMember } from '@/api/forget-member'
import { unsettledAttempts } from '@/api/redemption-attempts'
import { paths } from '@/config/paths'
import { Button } from '@/ui/button'
import { Dialog } from '@/ui/dialog'
import { setSignOutPending } from './pending-sign-out'

/**
 * Signing out, loaded when the member asks for it. Ends the session, then forgets everything
 * about the member in this browser (query cache, dismissed nudges) so the next person on it
 * sees nothing of theirs, and signs out the member's other tabs. The local data goes even if
 * the server can't be reached; the session is then ended the next time the portal can reach
 * it, before any member page opens (see pending-sign-out.ts).
 *
 * A redemption whose outcome is not known yet is kept, by member id, with nothing but its key
 * and reward: the member is told first, and may check it now (the wallet checks it as it
 * opens) or sign out anyway (the wallet checks it at their next sign-in on this device).
 */
export default function SignOut({ onCancel }: { onCancel: () => void }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  // A plain call, not a mutation: the first screen carries this code (signing out offline
  // must never wait for a chunk), and nothing else on it needs the mutation machinery.
  const signOutNow = useCallback(async () => {
    let failure: unknown
    try {
      await signOut()
    } catch (error) {
      failure = error
    }
    forgetMember(queryClient)
    // A 401 means the session had already ended; anything else may have left it alive.
    if (failure !== undefined && !isUnauthorized(failure)) setSignOutPending(true)
    await navigate('/sign-in', { replace: true })
  }, [queryClient, navigate])
  const [unsettled] = useState(() => {
    const member = queryClient.getQueryData(meQuery().queryKey)
    return member ? unsettledAttempts(member.id) : []
  })
  const [warning, setWarning] = useState(unsettled.length > 0)
  const started = useRef(false)
  useEffect(() => {
    if (warning || started.current) return
    started.current = true
    void signOutNow()
  }, [warning, signOutNow])

  const [first] = unsettled
  if (!warning || !first) return null
  const count = unsettled.length
  const reward = first.rewardName
  return (
    <Dialog open onClose={onCancel} labelledBy="sign-out-warning-title">
      <h2 id="sign-out-warning-title" className="text-xl font-bold">
        {count === 1 ? (
          <Trans>A redemption of {reward} hasn’t been confirmed yet</Trans>
        ) : (
          <Plural
            value={count}
            one="# redemption hasn’t been confirmed yet"
            other="# redemptions haven’t been confirmed yet"
          />
        )}
      </h2>
      <p role="alert" className="mt-2 text-ink-muted">
        <Plural
          value={count}
          one="We don’t know yet whether it went through. Check now, or sign out anyway: we’ll check the next time you sign in on this device, and nothing will be spent twice."
          other="We don’t know yet whether they went through. Check now, or sign out anyway: we’ll check the next time you sign in on this device, and nothing will be spent twice."
        />
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button
          onClick={() => {
            onCancel()
            void navigate(paths.wallet)
          }}
        >
          <Trans>Check it now</Trans>
        </Button>
        <Button variant="secondary" onClick={() => setWarning(false)}>
          <Trans>Sign out anyway</Trans>
        </Button>
      </div>
    </Dialog>
  )
}
