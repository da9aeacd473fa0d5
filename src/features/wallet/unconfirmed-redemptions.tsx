import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@/ui/link'
import { meQuery } from '@/api/endpoints/get-me'
import { unfinishedAttempts } from '@/api/redemption-attempts'
import { paths } from '@/config/paths'

/**
 * Redemptions sent but never confirmed (the connection dropped, the tab closed). Each links to
 * its reward, where "Check now" re-sends it with the same key: the true outcome, spent once.
 */
export function UnconfirmedRedemptions() {
  const { data: member } = useSuspenseQuery(meQuery())
  const attempts = unfinishedAttempts(member.id)
  if (attempts.length === 0) return null
  return (
    <section
      aria-labelledby="unconfirmed-heading"
      className="mt-6 rounded-xl bg-warning-soft p-4 text-sm"
    >
      <h2 id="unconfirmed-heading" className="font-semibold">
        {attempts.length === 1
          ? 'A redemption is waiting to be confirmed'
          : `${attempts.length} redemptions are waiting to be confirmed`}
      </h2>
      <ul className="mt-1 space-y-1">
        {attempts.map((attempt) => (
          <li key={attempt.key}>
            <Link
              to={paths.reward(attempt.rewardId)}
              className="font-semibold text-brand underline"
            >
              Check {attempt.rewardName}
            </Link>
            <span className="text-ink-muted">: nothing will be spent twice.</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
