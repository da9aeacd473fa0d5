export type ThemePreference = 'system' | 'light' | 'dark'

// A device preference, not member data: it stays when a member signs out.
const KEY = 'portal-theme'

export function themePreference(): ThemePreference {
  try {
    const value = localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

/** Light or dark regardless of the device, or back to following it. */
export function setThemePreference(preference: ThemePreference) {
  const root = document.documentElement
  if (preference === 'system') delete root.dataset.theme
  else root.dataset.theme = preference
  try {
    if (preference === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, preference)
  } catch {
    // Storage blocked: the choice holds for this visit.
  }
  for (const listener of listeners) listener()
}

const listeners = new Set<() => void>()

/** Calls `listener` when the preference changes (every theme control shows the same choice). */
export function subscribeToTheme(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
