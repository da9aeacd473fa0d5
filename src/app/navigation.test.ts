import { describe, expect, it } from 'vitest'
import { paths } from '@/config/paths'
import { destinations, groupOf, navSections, type Destination } from './navigation'

describe('navigation data', () => {
  it('lists only pages that exist, in their groups, in menu order', () => {
    const sections = navSections()
    expect(sections.map((s) => s.group.id)).toEqual([
      'home',
      'rewards',
      'earn',
      'activity',
      'account',
    ])
    expect(sections[1]?.destinations.map((d) => d.to)).toEqual([paths.rewards, paths.wallet])
    expect(sections[2]?.destinations.map((d) => d.to)).toEqual([
      paths.earn,
      paths.refer,
      paths.challenges,
      paths.partners,
    ])
    expect(sections[4]?.destinations.map((d) => d.to)).toEqual(
      expect.arrayContaining([paths.tiers, paths.membership, paths.howItWorks]),
    )
    // Only ready pages are listed.
    const listed = sections.flatMap((section) => section.destinations)
    expect(listed.every((d) => d.ready)).toBe(true)
    expect(listed.length).toBe(destinations.filter((d) => d.ready).length)
  })

  it('hides a group until one of its pages is ready', () => {
    const activityReady = (ready: boolean): Destination[] =>
      destinations.map((d) => (d.group === 'activity' ? { ...d, ready } : d))
    expect(navSections(activityReady(false)).map((s) => s.group.id)).not.toContain('activity')
    expect(navSections(activityReady(true)).map((s) => s.group.id)).toContain('activity')
    // A page that is not ready yet belongs to no group.
    expect(groupOf(paths.activity, activityReady(false))).toBeUndefined()
    expect(groupOf(paths.activity, activityReady(true))).toBe('activity')
  })

  it('knows which group a page belongs to, pages below a destination included', () => {
    expect(groupOf('/')).toBe('home')
    expect(groupOf('/rewards')).toBe('rewards')
    expect(groupOf('/rewards/rw_123')).toBe('rewards')
    expect(groupOf('/wallet')).toBe('rewards')
    expect(groupOf(paths.refer)).toBe('earn')
    expect(groupOf(paths.partners)).toBe('earn')
    expect(groupOf('/nowhere')).toBeUndefined()
    expect(groupOf(paths.tiers)).toBe('account')
    expect(groupOf(paths.earn)).toBe('earn')
    expect(groupOf(paths.membershipReturn)).toBe('account')
  })

  it('gives every destination its own id and path', () => {
    expect(new Set(destinations.map((d) => d.id)).size).toBe(destinations.length)
    expect(new Set(destinations.map((d) => d.to)).size).toBe(destinations.length)
  })
})
