import { describe, expect, it } from 'vitest'
import { cn } from './cn'

const classes = (value: string) => value.split(' ').sort()

describe('cn', () => {
  it('joins class names and skips falsy ones', () => {
    expect(cn('flex', false, null, undefined, '', 'gap-2')).toBe('flex gap-2')
  })

  it.each([
    ['rounding', 'animate-pulse rounded-lg', 'rounded-full', 'animate-pulse rounded-full'],
    ['height', 'h-3 w-full', 'mt-1 h-2', 'h-2 mt-1 w-full'],
    ['background colour', 'h-full bg-brand', 'bg-tier-1', 'bg-tier-1 h-full'],
  ])('lets the caller’s %s replace the primitive’s', (_, primitive, caller, expected) => {
    expect(classes(cn(primitive, caller))).toEqual(classes(expected))
  })

  it('replaces only within the same variant', () => {
    expect(
      classes(cn('rounded-lg sm:rounded-xl hover:bg-brand', 'rounded-none bg-surface')),
    ).toEqual(classes('rounded-none sm:rounded-xl hover:bg-brand bg-surface'))
    expect(classes(cn('sm:h-4', 'sm:h-6 h-2'))).toEqual(classes('sm:h-6 h-2'))
  })

  it('keeps classes of other properties that share a prefix', () => {
    expect(classes(cn('h-3 min-h-11', 'hidden'))).toEqual(classes('h-3 min-h-11 hidden'))
  })
})
