import { Trans, useLingui } from '@lingui/react/macro'
import { memo } from 'react'
import { ActivitySource } from '@/api/schemas/activity'
import { Button } from '@/ui/button'
import { hasFilters, sourceLabels, type ActivityFilters } from '../activity-filters'

const FIELD =
  'min-h-11 w-full rounded-full border border-line bg-surface px-4 text-ink shadow-sm hover:border-ink-muted'
const LABEL = 'mb-1 block text-sm font-medium text-ink'

/** Type and date range: native controls with labels, each change kept in the URL. */
export const ActivityFilterBar = memo(function ActivityFilterBar({
  filters,
  onChange,
}: {
  filters: ActivityFilters
  onChange: (filters: ActivityFilters) => void
}) {
  const { t, i18n } = useLingui()
  return (
    <form
      role="search"
      aria-label={t`Filter your activity`}
      onSubmit={(event) => event.preventDefault()}
      className="mt-6 grid items-end gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
    >
      <div>
        <label htmlFor="activity-type" className={LABEL}>
          <Trans>Type</Trans>
        </label>
        <select
          id="activity-type"
          className={FIELD}
          value={filters.type ?? ''}
          onChange={(event) => {
            const type = ActivitySource.safeParse(event.target.value)
            onChange({ ...filters, type: type.success ? type.data : undefined })
          }}
        >
          <option value="">{t`All types`}</option>
          {ActivitySource.options.map((source) => (
            <option key={source} value={source}>
              {i18n._(sourceLabels[source])}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="activity-from" className={LABEL}>
          <Trans>From</Trans>
        </label>
        <input
          id="activity-from"
          type="date"
          className={FIELD}
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
        />
      </div>
      <div>
        <label htmlFor="activity-to" className={LABEL}>
          <Trans>To</Trans>
        </label>
        <input
          id="activity-to"
          type="date"
          className={FIELD}
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
        />
      </div>
      <Button
        variant="ghost"
        disabled={!hasFilters(filters)}
        onClick={() => onChange({})}
        className="justify-center"
      >
        <Trans>Clear filters</Trans>
      </Button>
    </form>
  )
})
