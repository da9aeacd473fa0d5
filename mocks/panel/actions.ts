import {
  forgetSettings,
  rememberSettings,
  settingsUrl,
  withoutSettings,
  type DesignerSettings,
} from '../designer-settings'
import { clearJournals, removeKeysWithPrefix } from '../engine/journal'

/** What the panel touches outside React: injected, so tests never reload or navigate. */
export type PanelEnvironment = {
  /** The page's address now. */
  href: () => string
  /** Loads `url` as a new page, so the mock starts again from what storage and the URL say. */
  navigate: (url: string) => void
  /** Where the settings are remembered for the session. */
  session: Storage | null
  /** Where the mock state (journals) and the app's own data live. */
  local: Storage | null
  copyText: (text: string) => Promise<void>
}

/** Prefix of the keys the app keeps in storage (dismissed nudges, redemption attempts ...). */
export const APP_STORAGE_PREFIX = 'rewards:'

/** The link that reproduces `settings` on the page the designer is on. */
export function shareableUrl(settings: DesignerSettings, env: Pick<PanelEnvironment, 'href'>) {
  return settingsUrl(settings, env.href())
}

/** Remembers the settings, puts them in the address and loads the page again with them. */
export function applySettings(settings: DesignerSettings, env: PanelEnvironment): void {
  rememberSettings(env.session, settings)
  env.navigate(settingsUrl(settings, env.href()))
}

/**
 * Back to the scenarios as they are built: every journal, the remembered settings and the
 * app's own stored data go, and the page loads again without settings in its address.
 */
export function resetMockState(env: PanelEnvironment): void {
  clearJournals(env.local)
  forgetSettings(env.session)
  removeKeysWithPrefix(env.local, APP_STORAGE_PREFIX)
  removeKeysWithPrefix(env.session, APP_STORAGE_PREFIX)
  env.navigate(withoutSettings(env.href()))
}
