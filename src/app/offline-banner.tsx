import { Trans } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { queryKeys } from '@/api/query-keys'
import { cn } from '@/lib/cn'
import { formatAsOf } from '@/lib/format'
import { useOnline } from '@/lib/use-online'

/** When the balance on screen was true (0 when there is none). */
function useBalanceTime(): number {
  const queryClient = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  return useSyncExternalStore(
    subscribe,
    () => queryClient.getQueryState(queryKeys.member.balance)?.dataUpdatedAt ?? 0,
    () => 0,
  )
}

/**
 * Says the device is offline and since when what is shown was true. The live region is always
 * on the page, so screen readers announce the words when they appear.
 */
export function OfflineBanner() {
  const online = useOnline()
  const at = useBalanceTime()
  const time = at > 0 ? formatAsOf(at) : null
  return (
    <div
      role="status"
      className={cn(!online && 'bg-warning-soft px-4 py-2 text-center text-sm text-ink')}
    >
      {!online &&
        (time ? (
          <Trans>
            <strong>You’re offline.</strong> Showing what you last saw, as of {time}. Spending and
            earning points is paused until you’re back online.
          </Trans>
        ) : (
          <Trans>
            <strong>You’re offline.</strong> What you see was loaded earlier and may be out of date.
            Spending and earning points is paused until you’re back online.
          </Trans>
        ))}
    </div>
  )
}
