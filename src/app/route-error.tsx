import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { Link } from '@/ui/link'
import { describeError } from '@/api/describe-error'
import { paths } from '@/config/paths'
import { buttonClasses } from '@/ui/button'
import { ErrorState } from '@/ui/error-state'

/** A page that failed as a whole: say so, and offer a retry and a way home. */
export default function RouteErrorPage({ error }: { error: unknown }) {
  const navigate = useNavigate()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const { title, detail } = describeError(error)
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 ref={heading} tabIndex={-1} className="mb-4 text-2xl font-bold outline-none">
        <Trans>This page couldn’t be shown</Trans>
      </h1>
      <ErrorState title={title} detail={detail} onRetry={() => void navigate(0)} />
      <Link to={paths.dashboard} className={`${buttonClasses('ghost')} mt-4`}>
        <Trans>Back to your dashboard</Trans>
      </Link>
    </div>
  )
}

export function NotFound() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <title>{t`Page not found`}</title>
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="mt-2 text-2xl font-bold">
        <Trans>We couldn’t find that page</Trans>
      </h1>
      <p className="mt-2 text-ink-muted">
        <Trans>The link may be out of date, or the page may have moved.</Trans>
      </p>
      <Link to={paths.dashboard} className={`${buttonClasses('primary')} mt-6`}>
        <Trans>Go to your dashboard</Trans>
      </Link>
    </div>
  )
}
