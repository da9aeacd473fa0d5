import { Trans, useLingui } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import { Outlet } from 'react-router'
import { describeError } from '@/api/describe-error'
import { programQuery } from '@/api/endpoints/get-program'
import { ErrorState } from '@/ui/error-state'

/**
 * Every section of every page reads the program (its name, its points word, its tiers). When
 * it cannot be loaded, each section would say so in its own box, the same words five times
 * over: the page says it once instead, and one Try again brings every section back. While the
 * program loads, or once it is in, the page shows as usual (each section its own skeleton).
 */
export function ProgramGate() {
  const { t } = useLingui()
  const { data, error, isFetching, refetch } = useQuery(programQuery())
  if (data !== undefined || !error) return <Outlet />
  const { title, detail, retryable } = describeError(error)
  return (
    <div className="mx-auto max-w-xl py-10">
      <title>{t`This page couldn’t be shown`}</title>
      <h1 className="mb-4 text-2xl font-bold">
        <Trans>This page couldn’t be shown</Trans>
      </h1>
      <ErrorState
        title={title}
        detail={detail}
        retrying={isFetching}
        onRetry={retryable ? () => void refetch() : undefined}
      />
    </div>
  )
}
