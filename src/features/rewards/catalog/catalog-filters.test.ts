import { describe, expect, it } from 'vitest'
import {
  hasActiveFilters,
  MAX_QUERY_LENGTH,
  NO_FILTERS,
  parseFilters,
  toCatalogQuery,
  writeFilters,
  type CatalogFilters,
} from './catalog-filters'

const parse = (query: string) => parseFilters(new URLSearchParams(query))
const write = (filters: CatalogFilters, base = '') =>
  writeFilters(new URLSearchParams(base), filters).toString()

describe('catalog filters in the URL', () => {
  it('reads every filter', () => {
    expect(parse('category=gift&affordable=true&q=mug&sort=popular')).toEqual({
      category: 'gift',
      affordable: true,
      q: 'mug',
      sort: 'popular',
    })
  })

  it('an empty query string is the plain catalog', () => {
    expect(parse('')).toEqual(NO_FILTERS)
    expect(write(NO_FILTERS)).toBe('')
  })

  it('ignores junk and falls back to the defaults', () => {
    expect(
      parse('category=cars&affordable=yes&sort=cheapest&q=%20%20&cursor=abc&limit=1000'),
    ).toEqual(NO_FILTERS)
    expect(parse('category=__proto__&sort=toString')).toEqual(NO_FILTERS)
    expect(parse('affordable=false').affordable).toBe(false)
    expect(parse('affordable=TRUE').affordable).toBe(false)
  })

  it('takes the first of repeated keys', () => {
    expect(parse('category=gift&category=discount').category).toBe('gift')
  })

  it('caps the search at the length the API accepts', () => {
    expect(parse(`q=${'a'.repeat(250)}`).q).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('round-trips: what is written reads back the same', () => {
    const cases: CatalogFilters[] = [
      NO_FILTERS,
      { category: 'free_shipping', affordable: false, q: '', sort: 'cost_asc' },
      { category: undefined, affordable: true, q: 'free coffee', sort: 'cost_desc' },
      { category: 'donation', affordable: true, q: 'trees & seas?', sort: 'newest' },
      { category: 'experience', affordable: false, q: 'café', sort: 'popular' },
    ]
    for (const filters of cases) {
      expect(parseFilters(writeFilters(new URLSearchParams(), filters))).toEqual(filters)
    }
  })

  it('leaves defaults out of the URL and keeps parameters it does not own', () => {
    expect(write({ ...NO_FILTERS, category: 'gift' }, 'scenario=default')).toBe(
      'scenario=default&category=gift',
    )
    expect(write(NO_FILTERS, 'scenario=default&category=gift&sort=newest&q=x')).toBe(
      'scenario=default',
    )
    expect(write({ ...NO_FILTERS, q: '   ' })).toBe('')
  })

  it('the sort order alone is not a filter', () => {
    expect(hasActiveFilters({ ...NO_FILTERS, sort: 'popular' })).toBe(false)
    expect(hasActiveFilters({ ...NO_FILTERS, q: ' a ' })).toBe(true)
    expect(hasActiveFilters({ ...NO_FILTERS, affordable: true })).toBe(true)
    expect(hasActiveFilters({ ...NO_FILTERS, category: 'gift' })).toBe(true)
  })

  it('builds the API query without unset keys, trimming the search', () => {
    expect(toCatalogQuery(NO_FILTERS)).toEqual({ limit: 24, sort: 'cost_asc' })
    expect(
      toCatalogQuery({ category: 'gift', affordable: true, q: '  mug ', sort: 'popular' }),
    ).toEqual({ limit: 24, sort: 'popular', category: 'gift', affordable: 'true', q: 'mug' })
    expect(Object.keys(toCatalogQuery({ ...NO_FILTERS, q: '  ' }))).toEqual(['limit', 'sort'])
  })
})
