import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseFilters, writeFilters, type CatalogFilters } from './catalog-filters'

export type SetCatalogFilters = (
  change: Partial<CatalogFilters>,
  options?: { replace?: boolean },
) => void

/**
 * The catalog's filters live in the URL, so a link or a reload restores them. Changing them
 * navigates without re-running the route loaders: the page's own queries follow the URL, and
 * the search box can write every keystroke without a request per letter.
 */
export function useCatalogFilters(): [CatalogFilters, SetCatalogFilters] {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(params), [params])
  const setFilters = useCallback<SetCatalogFilters>(
    (change, options = {}) => {
      setParams((current) => writeFilters(current, { ...parseFilters(current), ...change }), {
        replace: options.replace ?? false,
        preventScrollReset: true,
        defaultShouldRevalidate: false,
      })
    },
    [setParams],
  )
  return [filters, setFilters]
}
