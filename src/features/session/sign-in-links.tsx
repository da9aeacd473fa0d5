import { Trans } from '@lingui/react/macro'
import { accountLinks, joinTarget } from '@/config/account-links'
import { Link } from '@/ui/link'

const linkClasses = 'font-semibold text-brand-strong underline'

/** "Forgot your password?": a hand-off to the program's reset page, when the config names one. */
export function ForgotPassword() {
  const href = accountLinks().passwordResetUrl
  if (!href) return null
  return (
    <p className="text-sm">
      <a href={href} className={linkClasses}>
        <Trans>Forgot your password?</Trans>
      </a>
    </p>
  )
}

/** For someone who is not a member yet: the way to join. */
export function NotAMember() {
  const join = joinTarget()
  const link = <Trans>Join</Trans>
  return (
    <p className="mt-4 text-center text-sm text-ink-muted">
      <Trans>Not a member yet?</Trans>{' '}
      {join.external ? (
        <a href={join.href} className={linkClasses}>
          {link}
        </a>
      ) : (
        <Link to={join.to} className={linkClasses}>
          {link}
        </Link>
      )}
    </p>
  )
}
