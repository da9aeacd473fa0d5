import { startTransition, useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseFilters, writeFilters, type CatalogFilters } from './catalog-filters'

export type SetCatalogFilters = (
  change: Partial<CatalogFilters>,
  options?: { replace?: boolean },
) => void

/**
 * The catalog's filters live in the URL, so a link or a reload restores them. Changing them
 * navigates without re-running the page's loader: the page's own queries follow the URL, and
 * the search box can write every keystroke without a request per letter.
 */
export function useCatalogFilters(): [CatalogFilters, SetCatalogFilters] {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(params), [params])
  const setFilters = useCallback<SetCatalogFilters>(
    (change, options = {}) => {
      const navigate = () =>
        setParams((current) => writeFilters(current, { ...parseFilters(current), ...change }), {
          replace: options.replace ?? false,
          preventScrollReset: true,
        })
      // The search box is controlled by the URL and must follow each keystroke at once; a new
      // category or sort can render in the background so the control itself answers first.
      if ('q' in change) navigate()
      else startTransition(navigate)
    },
    [setParams],
  )
  return [filters, setFilters]
}
