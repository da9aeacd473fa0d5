import { Trans, useLingui } from '@lingui/react/macro'
import { memo, useState, type RefObject } from 'react'
import { RewardCategory } from '@/api/schemas/reward'
import { RewardSort } from '@/api/schemas/reward-list-query'
import { cn } from '@/lib/cn'
import { Button } from '@/ui/button'
import { CheckIcon } from '@/ui/icons'
import { categoryLabels } from '@/ui/reward-category'
import {
  hasActiveFilters,
  MAX_QUERY_LENGTH,
  sortLabels,
  type CatalogFilters,
} from './catalog-filters'
import type { SetCatalogFilters } from './use-catalog-filters'

const FIELD =
  'min-h-11 w-full rounded-full border border-line bg-surface px-4 text-ink shadow-sm hover:border-ink-muted'
const LABEL = 'mb-1 block text-sm font-medium text-ink'

type CatalogFilterBarProps = {
  filters: CatalogFilters
  onChange: SetCatalogFilters
  onClear: () => void
  searchRef: RefObject<HTMLInputElement | null>
}

/**
 * Search, category, sort and "I can afford it": native controls with labels, so they work by
 * keyboard and with assistive technology as the platform intends. None of them is re-created
 * when the results change, so focus stays where the member left it.
 */
export const CatalogFilterBar = memo(function CatalogFilterBar({
  filters,
  onChange,
  onClear,
  searchRef,
}: CatalogFilterBarProps) {
  const { t, i18n } = useLingui()
  return (
    <form
      role="search"
      aria-label={t`Find rewards`}
      onSubmit={(event) => event.preventDefault()}
      className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
    >
      <SearchField
        value={filters.q}
        onChange={(q) => onChange({ q }, { replace: true })}
        inputRef={searchRef}
        className="sm:col-span-2 lg:col-span-1"
      />
      <div>
        <label htmlFor="catalog-category" className={LABEL}>
          <Trans>Category</Trans>
        </label>
        <select
          id="catalog-category"
          className={FIELD}
          value={filters.category ?? ''}
          onChange={(event) => {
            const parsed = RewardCategory.safeParse(event.target.value)
            onChange({ category: parsed.success ? parsed.data : undefined })
          }}
        >
          <option value="">
            <Trans>All categories</Trans>
          </option>
          {RewardCategory.options.map((category) => (
            <option key={category} value={category}>
              {categoryLabels[category]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="catalog-sort" className={LABEL}>
          <Trans>Sort by</Trans>
        </label>
        <select
          id="catalog-sort"
          className={FIELD}
          value={filters.sort}
          onChange={(event) => {
            const parsed = RewardSort.safeParse(event.target.value)
            if (parsed.success) onChange({ sort: parsed.data })
          }}
        >
          {RewardSort.options.map((sort) => (
            <option key={sort} value={sort}>
              {i18n._(sortLabels[sort])}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-1">
        <button
          type="button"
          aria-pressed={filters.affordable}
          onClick={() => onChange({ affordable: !filters.affordable })}
          className={cn(
            'inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold whitespace-nowrap transition-colors',
            filters.affordable
              ? 'border-brand bg-brand text-on-brand hover:bg-brand-strong'
              : 'border-line bg-surface text-ink hover:bg-surface-muted',
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              'grid size-4 place-items-center rounded border',
              filters.affordable ? 'border-on-brand' : 'border-ink-muted',
            )}
          >
            {filters.affordable && <CheckIcon width={12} height={12} strokeWidth={3} />}
          </span>
          <Trans>I can afford it</Trans>
        </button>
        {hasActiveFilters(filters) && (
          <Button variant="ghost" onClick={onClear} className="whitespace-nowrap">
            <Trans>Clear filters</Trans>
          </Button>
        )}
      </div>
    </form>
  )
})

/**
 * The search box shows what was typed at once; the URL follows with each keystroke (replacing
 * the history entry) and the request waits for a pause in typing. Until the URL has caught up
 * with the typed text, the typed text wins; after that the URL does (back, clear, a link).
 */
function SearchField({
  value,
  onChange,
  inputRef,
  className,
}: {
  value: string
  onChange: (value: string) => void
  inputRef: RefObject<HTMLInputElement | null>
  className?: string
}) {
  const { t } = useLingui()
  const [draft, setDraft] = useState<string | null>(null)
  if (draft !== null && draft === value) setDraft(null)

  return (
    <div className={cn('relative', className)}>
      <label htmlFor="catalog-search" className={LABEL}>
        <Trans>Search rewards</Trans>
      </label>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute start-4 bottom-0 grid h-11 place-items-center text-ink-muted"
      >
        <svg
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          focusable="false"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </span>
      <input
        ref={inputRef}
        id="catalog-search"
        type="search"
        name="q"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t`Coffee, tote, free shipping…`}
        value={draft ?? value}
        onChange={(event) => {
          setDraft(event.target.value)
          onChange(event.target.value)
        }}
        className={cn(FIELD, 'ps-11 placeholder:text-ink-muted')}
      />
    </div>
  )
}
