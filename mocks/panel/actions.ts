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
  /** The locale the portal shows now (`<html lang>`). */
  locale: () => string
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

/** The portal's query parameter that picks its locale (src/main.tsx honours it in mock mode). */
export const LOCALE_PARAM = 'locale'

/**
 * `settings` on the page at `href`, and the portal in `locale` when one is given (the page's
 * own `locale` parameter is kept otherwise).
 */
function linkTo(settings: DesignerSettings, href: string, locale?: string): string {
  if (locale === undefined) return settingsUrl(settings, href)
  const page = new URL(href)
  page.searchParams.delete(LOCALE_PARAM)
  const url = new URL(settingsUrl(settings, page.href))
  // Appended as text: the settings' ":" and "," stay readable.
  url.search = `${url.search}&${LOCALE_PARAM}=${encodeURIComponent(locale)}`
  return url.href
}

/** The link that reproduces `settings` and the portal's language on the page the designer is on. */
export function shareableUrl(
  settings: DesignerSettings,
  env: Pick<PanelEnvironment, 'href' | 'locale'>,
  locale = env.locale(),
) {
  return linkTo(settings, env.href(), locale)
}

/**
 * Remembers the settings, puts them in the address and loads the page again with them; with
 * another `locale` than the page's, in that language (which the portal then keeps).
 */
export function applySettings(
  settings: DesignerSettings,
  env: PanelEnvironment,
  locale = env.locale(),
): void {
  rememberSettings(env.session, settings)
  env.navigate(linkTo(settings, env.href(), locale === env.locale() ? undefined : locale))
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
