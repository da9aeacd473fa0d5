/**
 * The first thing the page runs, inlined into index.html by the build (vite.config.ts), so it
 * starts while the portal's JavaScript is still downloading: it asks for /config.json and, in
 * real mode, for the API answers the first screen needs. The portal takes those answers
 * instead of asking again (src/api/preloaded.ts), and checks them exactly as it checks any
 * other (the contract's schemas, 401s, problems). Without this, the member waited for the
 * JavaScript, then for the config, then for the API: three round trips in a row.
 *
 * It must stay tiny and self-contained: no imports (the build refuses any), plain fetches,
 * nothing that can throw past it. boot.test.ts checks that it asks for exactly what the
 * portal's own loaders ask for, with the same headers.
 */

/** What the inline script leaves on `window` for the portal. */
export type Boot = {
  /** The answer to GET /config.json (rejects when the server could not be reached). */
  config: Promise<Response>
  /** Started API requests by `requestKey()`, waiting to be taken; absent until config is in. */
  requests: Map<string, Promise<Response>>
}

export const BOOT_GLOBAL = '__rewardsBoot'

export const CONFIG_URL = '/config.json'
const SIGN_IN_PATH = '/sign-in'
/** Set while a sign-out could not reach the API (pending-sign-out.ts): no member data loads. */
const SIGN_OUT_PENDING_KEY = 'rewards:sign-out-pending'

/** Every page: the program (public). Member pages: the balance in the header. */
const EVERY_PAGE = ['/program']
const MEMBER_PAGES = ['/me/balance']
/** The dashboard's sections, in the order its loader starts them. */
const PAGE_REQUESTS: Record<string, string[]> = {
  '/': [
    '/me',
    '/me/tier',
    '/rewards?affordable=true&sort=cost_desc&limit=4',
    '/rewards?affordable=false&sort=cost_asc&limit=12',
    // Whether the net promoter question is due: asked in parallel, not after the page's code.
    '/me/survey',
  ],
}

/** The headers every API request of the portal carries (src/api/client.ts sends the same). */
export const API_ACCEPT = 'application/json, application/problem+json'

/** The config's `locales` when it names none (src/config/schema.ts). */
const DEFAULT_LOCALES = ['en', 'es', 'ar']
/** The member's saved language (src/lib/i18n/activate.ts). */
const LOCALE_KEY = 'portal-locale'
const PSEUDO_LOCALE = 'en-XA'
/** What the pseudo-locale asks the API for, as apiLanguage() in src/lib/i18n/activate.ts. */
const PSEUDO_ACCEPT_LANGUAGE = `${PSEUDO_LOCALE}, en;q=0.9`
const languageOf = (locale: string) => (locale.split('-')[0] ?? locale).toLowerCase()

/**
 * The language the portal will ask the API for: the same choice as visitLocale() and
 * pickLocale() in src/lib/i18n (a link's `?locale=`, the saved choice, the browser's
 * languages, the default), checked against them by boot.test.tsx.
 */
export function bootLanguage(
  config: { locales?: unknown; defaultLocale?: unknown },
  search: string,
  saved: string | null,
  browser: readonly string[],
): string {
  const offered = Array.isArray(config.locales) ? (config.locales as string[]) : DEFAULT_LOCALES
  const fallback =
    typeof config.defaultLocale === 'string' ? config.defaultLocale : (offered[0] ?? 'en')
  const linked = new URLSearchParams(search).get('locale')
  let locale = fallback
  if (linked && offered.includes(linked)) locale = linked
  else if (saved && (offered.includes(saved) || saved === PSEUDO_LOCALE)) locale = saved
  else {
    for (const wanted of browser) {
      const found =
        offered.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ??
        offered.find((tag) => languageOf(tag) === languageOf(wanted))
      if (found) {
        locale = found
        break
      }
    }
  }
  return locale === PSEUDO_LOCALE ? PSEUDO_ACCEPT_LANGUAGE : locale
}

/** Identifies a request the boot started: its URL and the headers that change the answer. */
export const requestKey = (url: string, acceptLanguage: string | null) =>
  `${url} ${acceptLanguage ?? ''}`

/** What the first screen of `pathname` asks the API for, relative to its base URL. */
export function bootRequests(pathname: string, signOutPending: boolean): string[] {
  if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return EVERY_PAGE
  if (signOutPending) return EVERY_PAGE
  return [...EVERY_PAGE, ...MEMBER_PAGES, ...(PAGE_REQUESTS[pathname] ?? [])]
}

type BootWindow = {
  location: { href: string; pathname: string; search: string }
  localStorage?: Pick<Storage, 'getItem'>
  navigator?: { languages?: readonly string[] }
  fetch: typeof fetch
  setTimeout?: (callback: () => void, ms: number) => unknown
}

function warmLocaleData(language: string) {
  try {
    new Intl.NumberFormat(language).format(1)
    new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(0)
  } catch {
    // A language this browser does not know: the portal falls back on its own.
  }
}

/**
 * Starts the requests and returns what the portal takes them from. In mock mode it starts
 * nothing: the mock API's code loads once the first screen is painted (src/main.tsx).
 */
export function boot(win: BootWindow): Boot {
  const requests = new Map<string, Promise<Response>>()
  const stored = (key: string) => {
    try {
      return win.localStorage?.getItem(key) ?? null
    } catch {
      // Storage blocked: nothing can have been kept either.
      return null
    }
  }
  const start = (config: unknown) => {
    if (!config || typeof config !== 'object') return
    const language = bootLanguage(
      config,
      win.location.search,
      stored(LOCALE_KEY),
      win.navigator?.languages ?? [],
    )
    const { mock, apiBaseUrl } = config as { mock?: unknown; apiBaseUrl?: unknown }
    if (mock === false && typeof apiBaseUrl === 'string') startRequests(apiBaseUrl, language)
    // The browser's first number or date format loads its locale data: 20-100 ms on a phone.
    // Done now, while the code downloads, rather than in the middle of the first render.
    win.setTimeout?.(() => warmLocaleData(language), 0)
  }
  const startRequests = (apiBaseUrl: string, language: string) => {
    const pending = stored(SIGN_OUT_PENDING_KEY) !== null
    const headers = { Accept: API_ACCEPT, 'Accept-Language': language }
    const base = apiBaseUrl.replace(/\/+$/, '')
    for (const path of bootRequests(win.location.pathname, pending)) {
      const url = new URL(`${base}${path}`, win.location.href).href
      const request = win.fetch(url, { credentials: 'include', headers })
      // Taken or not, a failure here must never surface as an unhandled rejection.
      request.catch(() => undefined)
      requests.set(requestKey(url, language), request)
    }
  }
  const config = win.fetch(CONFIG_URL, { cache: 'no-store' }).then(async (response) => {
    if (response.ok) {
      try {
        start(await response.clone().json())
      } catch {
        // Not JSON: the portal says what is wrong with the file.
      }
    }
    return response
  })
  config.catch(() => undefined)
  return { config, requests }
}
