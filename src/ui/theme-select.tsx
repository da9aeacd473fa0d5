import { Trans, useLingui } from '@lingui/react/macro'
import { useSyncExternalStore } from 'react'
import {
  setThemePreference,
  subscribeToTheme,
  themePreference,
  type ThemePreference,
} from '@/lib/theme'

/** Light, dark or as the device: the footer's control and the profile's are one choice. */
export function ThemeSelect() {
  const { t } = useLingui()
  const theme = useSyncExternalStore(subscribeToTheme, themePreference)
  return (
    <label className="inline-flex max-w-full flex-wrap items-center justify-center gap-2">
      <Trans>Theme</Trans>
      <select
        value={theme}
        onChange={(event) => {
          const next = event.target.value as ThemePreference
          setThemePreference(next)
        }}
        className="min-h-9 max-w-full rounded-lg border border-line bg-surface px-2 text-ink"
      >
        <option value="system">{t`Same as device`}</option>
        <option value="light">{t`Light`}</option>
        <option value="dark">{t`Dark`}</option>
      </select>
    </label>
  )
}
