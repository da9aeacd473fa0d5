import { Trans } from '@lingui/react/macro'
import { useLocation } from 'react-router'
import { joinTarget } from '@/config/account-links'
import { paths } from '@/config/paths'
import { buttonClasses } from '@/ui/button'
import { Link } from '@/ui/link'

/** The header's Sign in and Join for a guest; signing in comes back to this page. */
export function GuestActions() {
  const { pathname, search } = useLocation()
  const join = joinTarget()
  const signIn = `${paths.signIn}?returnTo=${encodeURIComponent(`${pathname}${search}`)}`
  const joinClasses = buttonClasses('primary', 'sm')
  return (
    <div className="flex shrink-0 items-center gap-2 lg:ms-auto">
      <Link to={signIn} className={buttonClasses('ghost', 'sm')}>
        <Trans>Sign in</Trans>
      </Link>
      {join.external ? (
        <a href={join.href} className={joinClasses}>
          <Trans>Join</Trans>
        </a>
      ) : (
        <Link to={join.to} className={joinClasses}>
          <Trans>Join</Trans>
        </Link>
      )}
    </div>
  )
}
