import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { useOnline } from './use-online'

const OFFLINE = msg`You’re offline. Spending and earning points is paused until you’re back online.`

/**
 * Why nothing that spends or earns points may start now, or null when it may. Every button
 * that spends or earns points (redeeming, and each way to earn) asks this, directly or through
 * PointsActionButton, so a new reason (offline today) pauses them all at once. What the page
 * shows offline may be out of date, and a request that cannot leave the device would only add
 * an unknown outcome to check later.
 */
export function usePointsActionsPaused(): MessageDescriptor | null {
  const online = useOnline()
  return online ? null : OFFLINE
}
