import { setLocale } from '../locale'
import { i18n, type Catalog } from './i18n'
import { directionOf, languageOf, pickLocale, PSEUDO_LOCALE } from './locales'

/**
 * Every compiled catalog but English (whose words are in the code): the shell's and each
 * feature's, loaded together when a member picks their language.
 */
const catalogs = import.meta.glob<{ messages: Catalog }>([
  '/src/locales/*.po',
  '/src/features/*/locales/*.po',
  '!**/en.po',
])

let offered: readonly string[] = ['en']

/** The locales the config offers members, in menu order. */
export const offeredLocales = () => offered

export function setOfferedLocales(locales: readonly string[]) {
  offered = locales
}

// A device preference, not member data: it stays when a member signs out.
const KEY = 'portal-locale'

export function savedLocale(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

function saveLocale(locale: string) {
  try {
    localStorage.setItem(KEY, locale)
  } catch {
    // Storage blocked: the choice holds for this visit.
  }
}

async function catalogFor(language: string): Promise<Catalog> {
  const loads = Object.entries(catalogs)
    .filter(([path]) => path.endsWith(`/${language}.po`))
    .map(([, load]) => load())
  return Object.assign(
    {},
    ...(await Promise.all(loads)).map((module) => module.messages),
  ) as Catalog
}

const PSEUDO_ACCEPT_LANGUAGE = `${PSEUDO_LOCALE}, en;q=0.9`

/**
 * The languages requests ask the API for. The pseudo-locale asks for itself, which the mock API
 * answers with its words accented and stretched too, then English, which any other API answers.
 */
export const apiLanguage = (locale: string) =>
  locale === PSEUDO_LOCALE ? PSEUDO_ACCEPT_LANGUAGE : locale

/**
 * Shows the portal in `locale`: loads its catalogs (none for English), then switches every
 * message, number and date, and `<html lang dir>`, at once.
 */
export async function activateLocale(locale: string, options: { save?: boolean } = {}) {
  if (locale === PSEUDO_LOCALE) {
    const { pseudolocalize } = await import('./pseudo')
    setLocale('en')
    i18n.activate(locale, {}, pseudolocalize)
  } else {
    const language = languageOf(locale)
    const catalog = language === 'en' ? {} : await catalogFor(language)
    setLocale(locale)
    i18n.activate(locale, catalog)
  }
  const root = document.documentElement
  root.lang = locale
  root.dir = directionOf(locale)
  if (options.save) saveLocale(locale)
}

/** The locale a visit starts in (see pickLocale), from the config's offer. */
export function startingLocale(offered: readonly string[], fallback: string) {
  return pickLocale({
    offered,
    fallback,
    saved: savedLocale(),
    browser: globalThis.navigator?.languages ?? [],
  })
}

/**
 * The locale a visit starts in: one offered by link (`?locale=`, designers reach the
 * pseudo-locale this way in mock mode), else startingLocale. `linked`: chosen by link, and kept.
 * The page's inline script (src/boot/boot.ts) makes the same choice for its requests.
 */
export function visitLocale(
  config: { mock: boolean; locales: readonly string[]; defaultLocale?: string | undefined },
  search: string,
): { locale: string; linked: boolean } {
  const linked = new URLSearchParams(search).get('locale')
  const offered = config.mock ? [...config.locales, PSEUDO_LOCALE] : config.locales
  if (linked && offered.includes(linked)) return { locale: linked, linked: true }
  const fallback = config.defaultLocale ?? config.locales[0] ?? 'en'
  return { locale: startingLocale(config.locales, fallback), linked: false }
}
