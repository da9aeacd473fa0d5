import { Trans, useLingui } from '@lingui/react/macro'
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { programQuery } from '@/api/endpoints/get-program'
import { signUp } from '@/api/endpoints/sign-up'
import { queryKeys } from '@/api/query-keys'
import { PASSWORD_MIN_LENGTH, type SignUpRequest } from '@/api/schemas/session'
import { accountLinks } from '@/config/account-links'
import { paths } from '@/config/paths'
import { formatPoints } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { becameMember, useVisitor, type JoinedState } from '@/lib/visitor'
import { Button, buttonClasses } from '@/ui/button'
import { Card } from '@/ui/card'
import { ErrorState } from '@/ui/error-state'
import { Link } from '@/ui/link'
import { QueryBoundary } from '@/ui/query-boundary'
import { Skeleton } from '@/ui/skeleton'
import { TextField } from '@/ui/text-field'
import { joinFailure, type JoinFailure } from './join-outcome'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /join. */
export const joinLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(programQuery())
}

export function JoinPage() {
  const { t } = useLingui()
  const handOff = accountLinks().joinUrl
  return (
    <div className="mx-auto max-w-md py-6 sm:py-10">
      <title>{t`Join`}</title>
      <QueryBoundary fallback={<Skeleton className="h-9 w-64" />}>
        <Heading />
      </QueryBoundary>
      {handOff ? <HandOff href={handOff} /> : <JoinForm />}
    </div>
  )
}

function Heading() {
  const { data: program } = useSuspenseQuery(programQuery())
  const name = program.name
  const bonus = formatPoints(program.welcomeBonus, program.points)
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>Join {name}</Trans>
      </h1>
      {program.welcomeBonus > 0 && (
        <p className="mt-1 text-ink-muted">
          <Trans>Get {bonus} as a welcome bonus, ready to spend straight away.</Trans>
        </p>
      )}
    </>
  )
}

/** Programs that enrol on their own site: the portal hands over to it. */
function HandOff({ href }: { href: string }) {
  return (
    <Card className="mt-6">
      <p>
        <Trans>You join on our main site. Once you have, come back here to sign in.</Trans>
      </p>
      <a href={href} className={`${buttonClasses('primary')} mt-4`}>
        <Trans>Continue to join</Trans>
      </a>
    </Card>
  )
}

type Attempt = { key: string; body: SignUpRequest }

function JoinForm() {
  const { t } = useLingui()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const visitor = useVisitor()
  const ids = useId()
  const [form, setForm] = useState({
    firstName: '',
    lastName: '',
    email: '',
    password: '',
    acceptedTerms: false,
  })
  // The request being made, kept with its key until its outcome is known: an answer that may
  // hide a success is only ever asked again with the same key and body.
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const [failure, setFailure] = useState<JoinFailure | null>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const emailRef = useRef<HTMLInputElement>(null)

  const mutation = useMutation({
    mutationFn: ({ key, body }: Attempt) => signUp(body, key),
    // The same request again, by itself, while the answer may hide a success.
    retry: (count, error) => count < 2 && joinFailure(error).kind === 'unknown',
    retryDelay: (count) => 500 * 2 ** count,
    onSuccess: async ({ member, welcomeBonus }) => {
      becameMember(visitor)
      queryClient.removeQueries({ queryKey: queryKeys.member.all })
      queryClient.setQueryData(queryKeys.member.profile, member)
      const state: JoinedState = { joined: { firstName: member.firstName, welcomeBonus } }
      await navigate(paths.dashboard, { replace: true, state })
    },
    onError: (error) => {
      const next = joinFailure(error)
      setFailure(next)
      // A refusal created nothing: the next try is a new request, with a new key.
      if (next.kind !== 'unknown') setAttempt(null)
    },
  })

  useEffect(() => {
    if (failure?.kind === 'email-taken') emailRef.current?.focus()
    else if (failure) alertRef.current?.focus()
  }, [failure])

  const unknown = failure?.kind === 'unknown'
  const locked = mutation.isPending || unknown

  const send = (next: Attempt) => {
    setFailure(null)
    setAttempt(next)
    mutation.mutate(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (locked) return
    send({
      key: crypto.randomUUID(),
      body: {
        firstName: form.firstName.trim(),
        lastName: form.lastName.trim(),
        email: form.email.trim(),
        password: form.password,
        acceptedTerms: form.acceptedTerms,
      },
    })
  }

  const field = (name: 'firstName' | 'lastName' | 'email' | 'password') => ({
    name,
    value: form[name],
    readOnly: locked,
    onChange: (event: { target: { value: string } }) =>
      setForm((previous) => ({ ...previous, [name]: event.target.value })),
  })
  const taken = failure?.kind === 'email-taken'
  const signIn = paths.signIn

  return (
    <Card className="mt-6">
      <div ref={alertRef} tabIndex={-1} className="outline-none">
        {failure?.kind === 'refused' && (
          <ErrorState
            className="mb-4"
            title={t`We couldn’t join you with these details`}
            detail={failure.detail ?? t`Check them and try again.`}
          />
        )}
        {unknown && attempt && (
          <div role="alert" className="mb-4 rounded-xl bg-warning-soft p-4">
            <p className="font-semibold">
              <Trans>We couldn’t confirm that you joined yet</Trans>
            </p>
            <p className="mt-1 text-sm">
              <Trans>
                Your details are kept as they are. Check again to find out: you will never be signed
                up twice.
              </Trans>
            </p>
            <Button
              variant="secondary"
              size="sm"
              className="mt-3"
              disabled={mutation.isPending}
              onClick={() => send(attempt)}
            >
              {mutation.isPending ? t`Checking…` : t`Check again`}
            </Button>
          </div>
        )}
      </div>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label={t`First name`}
          autoComplete="given-name"
          required
          {...field('firstName')}
        />
        <TextField
          label={t`Last name (optional)`}
          autoComplete="family-name"
          {...field('lastName')}
        />
        <div>
          <TextField
            ref={emailRef}
            label={t`Email`}
            type="email"
            autoComplete="email"
            required
            aria-invalid={taken || undefined}
            aria-describedby={taken ? `${ids}-taken` : undefined}
            {...field('email')}
          />
          {taken && (
            <p id={`${ids}-taken`} role="alert" className="mt-2 text-sm text-danger">
              <Trans>
                A member with this email already exists. Sign in instead, or use another email.
              </Trans>{' '}
              <Link to={signIn} className="font-semibold underline">
                <Trans>Sign in</Trans>
              </Link>
            </p>
          )}
        </div>
        <div>
          <TextField
            label={t`Password`}
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            aria-describedby={`${ids}-password-hint`}
            {...field('password')}
          />
          <p id={`${ids}-password-hint`} className="mt-1 text-sm text-ink-muted">
            <PasswordHint length={PASSWORD_MIN_LENGTH} />
          </p>
        </div>
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="acceptedTerms"
            required
            checked={form.acceptedTerms}
            disabled={locked}
            onChange={(event) =>
              setForm((previous) => ({ ...previous, acceptedTerms: event.target.checked }))
            }
            className="mt-1 size-5 shrink-0 accent-brand"
          />
          <Trans>I agree to the program’s terms and privacy notice.</Trans>
        </label>
        <Button type="submit" className="w-full justify-center" disabled={locked}>
          {mutation.isPending ? t`Joining…` : t`Join`}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-ink-muted">
        <Trans>Already a member?</Trans>{' '}
        <Link to={signIn} className="font-semibold text-brand-strong underline">
          <Trans>Sign in</Trans>
        </Link>
      </p>
    </Card>
  )
}

function PasswordHint({ length }: { length: number }) {
  return <Trans>At least {length} characters.</Trans>
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: JoinPage, loader: joinLoader }
