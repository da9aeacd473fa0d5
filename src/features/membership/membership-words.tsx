import { Trans } from '@lingui/react/macro'
import type { PlanId } from '@/api/schemas/membership'
import { formatDate } from '@/lib/format'

/** A plan's name. */
export function PlanName({ planId }: { planId: PlanId }) {
  return planId === 'monthly' ? <Trans>Monthly</Trans> : <Trans>Yearly</Trans>
}

/** A calendar day of the membership (`2027-03-09`), as the member's locale writes it. */
export function formatDay(day: string | null): string {
  // Calendar dates are days, not instants: read and write them in UTC so no zone moves them.
  return day === null ? '' : formatDate(day, undefined, { dateStyle: 'long', timeZone: 'UTC' })
}
