import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useLocation, useNavigate } from 'react-router'
import { programQuery } from '@/api/endpoints/get-program'
import { formatPoints } from '@/lib/format'
import { joinedFrom } from '@/lib/visitor'
import { Button } from '@/ui/button'
import { CloseIcon, StarIcon } from '@/ui/icons'

/** Greets a member who has just joined, with the welcome bonus the program credited. */
export function WelcomeNotice() {
  const { t } = useLingui()
  const location = useLocation()
  const navigate = useNavigate()
  const { data: program } = useSuspenseQuery(programQuery())
  const joined = joinedFrom(location.state)
  if (!joined) return null
  const name = program.name
  const firstName = joined.firstName
  const bonus = formatPoints(joined.welcomeBonus, program.points)
  const points = program.points.plural
  return (
    <div
      role="status"
      className="mb-6 flex items-start gap-3 rounded-card bg-brand-soft p-4 text-ink"
    >
      <StarIcon aria-hidden="true" className="mt-0.5 shrink-0 text-brand" />
      <p className="flex-1">
        <strong>
          <Trans>
            Welcome to {name}, {firstName}!
          </Trans>
        </strong>{' '}
        {joined.welcomeBonus > 0 ? (
          <Trans>Your welcome bonus of {bonus} is in your balance, ready to spend.</Trans>
        ) : (
          <Trans>Your {points} will appear here as you earn them.</Trans>
        )}
      </p>
      <Button
        variant="ghost"
        size="icon"
        aria-label={t`Dismiss`}
        // Forgotten once dismissed: a reload or going back does not greet again.
        onClick={() => void navigate(location.pathname, { replace: true, state: null })}
      >
        <CloseIcon />
      </Button>
    </div>
  )
}
