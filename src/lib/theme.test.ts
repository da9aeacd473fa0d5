import { afterEach, describe, expect, it } from 'vitest'
import { setThemePreference, themePreference } from './theme'

afterEach(() => setThemePreference('system'))

describe('theme preference', () => {
  it('follows the device until the member picks one, and remembers the pick', () => {
    expect(themePreference()).toBe('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()

    setThemePreference('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(themePreference()).toBe('dark')

    setThemePreference('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(themePreference()).toBe('system')
  })

  it('is a device setting: it outlives the member’s data', async () => {
    setThemePreference('light')
    const { clearMemberStorage } = await import('./member-storage')
    clearMemberStorage()
    expect(themePreference()).toBe('light')
  })
})
