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

/**
 * The dashboard's first screen in one answer (src/api/contract/get-home.ts): each part
 * stands for the separate request named here, which the portal then takes from it. On a phone
 * six requests in flight slow each other and the portal's code; one does not.
 */
export const HOME_PATH = '/me/home'
export const HOME_PARTS = {
  member: '/me',
  balance: '/me/balance',
  tier: '/me/tier',
  affordableRewards: '/rewards?affordable=true&sort=cost_desc&limit=4',
  nextRewards: '/rewards?affordable=false&sort=cost_asc&limit=12',
  // Whether the net promoter question is due: asked with the rest, not after the page's code.
  survey: '/me/survey',
}
/** What each page's first screen asks for beyond the program, when it differs from MEMBER_PAGES. */
const PAGE_REQUESTS: Record<string, string[]> = { '/': [HOME_PATH] }

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

/** What the boot sends for the first screen of `pathname`, relative to the API's base URL. */
export function bootFetches(pathname: string, signOutPending: boolean): string[] {
  if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return EVERY_PAGE
  if (signOutPending) return EVERY_PAGE
  return [...EVERY_PAGE, ...(PAGE_REQUESTS[pathname] ?? MEMBER_PAGES)]
}

/**
 * The answers the portal finds started for the first screen of `pathname`: what it would
 * otherwise ask for itself, the parts of GET /me/home included.
 */
export function bootRequests(pathname: string, signOutPending: boolean): string[] {
  return bootFetches(pathname, signOutPending).flatMap((path) =>
    path === HOME_PATH ? Object.values(HOME_PARTS) : [path],
  )
}

type HomePart = keyof typeof HOME_PARTS

/**
 * GET /me/home's answer as the separate answers it stands for. A 401 is every part's answer
 * (the session is over). Anything else that is not a 200 with every part fails them all, and
 * the portal asks the separate endpoints itself: one part failing then fails only its section.
 * Each part is checked against its own endpoint's schema when the portal takes it.
 */
function splitHome(home: Promise<Response>): [HomePart, Promise<Response>][] {
  const answer = home.then(async (response) => ({
    status: response.status,
    type: response.headers.get('Content-Type') ?? 'application/json',
    body: (await response.json()) as unknown,
  }))
  return (Object.keys(HOME_PARTS) as HomePart[]).map((part) => [
    part,
    answer.then(({ status, type, body }) => {
      const parts = body as Partial<Record<HomePart, unknown>> | null
      const json = (value: unknown) =>
        new Response(JSON.stringify(value), { status, headers: { 'Content-Type': type } })
      if (status === 401) return json(body)
      if (status !== 200 || typeof parts !== 'object' || parts === null || !(part in parts)) {
        throw new Error(`GET ${HOME_PATH}: no ${part}`)
      }
      return json(parts[part])
    }),
  ])
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
    const urlOf = (path: string) => new URL(`${base}${path}`, win.location.href).href
    const keep = (path: string, request: Promise<Response>) => {
      // Taken or not, a failure here must never surface as an unhandled rejection.
      request.catch(() => undefined)
      requests.set(requestKey(urlOf(path), language), request)
    }
    for (const path of bootFetches(win.location.pathname, pending)) {
      const request = win.fetch(urlOf(path), { credentials: 'include', headers })
      if (path !== HOME_PATH) keep(path, request)
      else for (const [part, answer] of splitHome(request)) keep(HOME_PARTS[part], answer)
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
