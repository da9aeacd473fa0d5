import { t } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { describeError } from '@/api/describe-error'
import { programQuery } from '@/api/endpoints/get-program'
import { signIn } from '@/api/endpoints/sign-in'
import { ApiError } from '@/api/errors'
import { erasePersistedQueries } from '@/api/persisted-queries'
import { queryKeys } from '@/api/query-keys'
import { hasUnsettledAttempt } from '@/api/attempt-keys'
import { paths } from '@/config/paths'
import { safeReturnPath } from '@/lib/member-storage'
import { Button } from '@/ui/button'
import { Card } from '@/ui/card'
import { ErrorState } from '@/ui/error-state'
import { QueryBoundary } from '@/ui/query-boundary'
import { TextField } from '@/ui/text-field'
import { becameMember, useVisitor } from '@/lib/visitor'
import { finishPendingSignOut, isSignOutPending, setSignOutPending } from './pending-sign-out'
import { ForgotPassword, NotAMember } from './sign-in-links'

/**
 * Plain words for why signing in failed, in the active language (called while rendering, which
 * a language change repeats).
 */
function signInError(error: unknown) {
  if (error instanceof ApiError && error.code === 'invalid_credentials') {
    return {
      title: t`Email or password is incorrect`,
      detail: t`Check both and try again. Passwords are case-sensitive.`,
    }
  }
  if (error instanceof ApiError && error.code === 'account_locked') {
    return {
      title: t`Your account is locked`,
      // The API's own detail comes in the member's language (requests ask for it).
      detail: error.detail ?? t`For your security, contact member support to unlock it.`,
    }
  }
  const { title, detail } = describeError(error)
  return { title, detail }
}

export function SignInPage() {
  const { t } = useLingui()
  const queryClient = useQueryClient()
  // Whoever sees this page is signed out. Member pages still on screen while it loaded (signed
  // out by another tab, say) may have asked for the member's data again: forget it here too.
  useEffect(() => {
    queryClient.removeQueries({ queryKey: queryKeys.member.all })
  }, [queryClient])
  return (
    <div className="mx-auto max-w-md py-6 sm:py-10">
      <title>{t`Sign in`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Sign in</Trans>
      </h1>
      <QueryBoundary
        fallback={
          <p className="mt-1 text-ink-muted">
            <Trans>to see your rewards</Trans>
          </p>
        }
      >
        <ProgramLine />
      </QueryBoundary>
      <SignInForm />
    </div>
  )
}

function ProgramLine() {
  const { data: name } = useSuspenseQuery({ ...programQuery(), select: (p) => p.name })
  return (
    <p className="mt-1 text-ink-muted">
      <Trans>to see your {name} points and rewards</Trans>
    </p>
  )
}

function SignInForm() {
  const { t } = useLingui()
  const [searchParams] = useSearchParams()
  const returnTo = safeReturnPath(searchParams.get('returnTo'))
  const expired = searchParams.get('reason') === 'expired'
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const visitor = useVisitor()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const errorRef = useRef<HTMLDivElement>(null)

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (member) => {
      // The new session replaces any a sign-out left behind in this browser.
      setSignOutPending(false)
      becameMember(visitor)
      // Whoever was here before, start from this member's data only.
      erasePersistedQueries()
      queryClient.removeQueries({ queryKey: queryKeys.member.all })
      queryClient.setQueryData(queryKeys.member.profile, member)
      // Redemptions left unconfirmed at a sign-out are settled, and shown, in the wallet;
      // earning actions and the birthday on the ways-to-earn page.
      const unsettled = (command: string) => hasUnsettledAttempt(member.id, command)
      const to =
        returnTo !== '/'
          ? returnTo
          : unsettled('redemption')
            ? paths.wallet
            : unsettled('earn-action') || unsettled('birthday')
              ? paths.earn
              : returnTo
      await navigate(to, { replace: true, state: { afterSignIn: true } })
    },
  })

  useEffect(() => {
    if (mutation.isError) errorRef.current?.focus()
  }, [mutation.isError, mutation.failureCount])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (mutation.isPending) return
    mutation.mutate({ email: email.trim(), password })
  }

  const error = mutation.isError ? signInError(mutation.error) : null

  return (
    <Card className="mt-6">
      <PendingSignOutNotice />
      {expired && !error && (
        <p role="status" className="mb-4 rounded-xl bg-warning-soft p-3 text-sm">
          <Trans>Your session ended. Sign in again to carry on where you were.</Trans>
        </p>
      )}
      {error && (
        <div ref={errorRef} tabIndex={-1} className="mb-4 outline-none">
          <ErrorState title={error.title} detail={error.detail} />
        </div>
      )}
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label={t`Email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t`Password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <ForgotPassword />
        <Button type="submit" className="w-full justify-center" disabled={mutation.isPending}>
          {mutation.isPending ? <Trans>Signing in…</Trans> : <Trans>Sign in</Trans>}
        </Button>
      </form>
      <NotAMember />
    </Card>
  )
}

/**
 * After a sign-out that could not reach the API: says the member is signed out here, and ends
 * the server session as soon as the API answers (now, or when the device is back online).
 */
function PendingSignOutNotice() {
  const [pending, setPending] = useState(isSignOutPending)
  useEffect(() => {
    if (!pending) return
    let active = true
    const attempt = () =>
      void finishPendingSignOut().then((done) => {
        if (active && done) setPending(false)
      })
    attempt()
    window.addEventListener('online', attempt)
    return () => {
      active = false
      window.removeEventListener('online', attempt)
    }
  }, [pending])
  if (!pending) return null
  return (
    <p role="status" className="mb-4 rounded-xl bg-warning-soft p-3 text-sm">
      <Trans>
        You’re signed out on this device. We couldn’t reach the rewards service to end your session
        there too; that happens as soon as it can be reached.
      </Trans>
    </p>
  )
}
