import { getResponse, type HttpHandler } from 'msw'
import { OFFLINE_LATER_MS, resolveSettings, type DesignerSettings } from './designer-settings'
import { commandSubject, createJournaledEngine, storageJournal } from './engine/journal'
import { loadWords } from './engine/words/words'
import { withDesignerSettings } from './handlers/faults'
import { createHandlers } from './handlers/handlers'
import { negotiateLanguage } from './handlers/language'
import { localSessions } from './local-sessions'
import { drawDesignerButton } from './panel/designer-button'
import { loadScenario } from './scenarios/build-scenario'
import { scenarioDescriptions, scenarioNames, type ScenarioName } from './scenarios/scenarios'

/** Answers a request to the loyalty API in the page, as `fetch` would answer it over the network. */
export type MockFetch = (request: Request) => Promise<Response>

export type StartMockApiResult =
  | { status: 'started'; scenario: ScenarioName; settings: DesignerSettings; fetch: MockFetch }
  | {
      status: 'unknown-scenario'
      requested: string
      known: readonly { name: string; description: string }[]
    }

/**
 * Starts the mock API in the browser, with the designer panel. It answers in the page: the
 * portal's API client calls the returned `fetch` instead of the network, so no request to the
 * API ever leaves the page, and no service worker has to start before the first answer. The
 * settings (scenario, latency, faults) come from the query
 * (`?scenario=near-tier&latency=300&fail=balance:500`), which is then remembered for the
 * session; without any, the remembered ones (or the defaults) are used. Invalid values are ignored with a warning; an unknown scenario starts
 * nothing. What the member changes (redemptions ...) is journaled in localStorage per
 * scenario and replayed on the next start.
 */
export async function startMockApi(options: {
  baseUrl: string
  search: string
  /** The locales the portal offers, for the designer panel's language switch. */
  locales?: readonly string[]
  /** The locale the page starts in: its words load with the mock API (English is built in). */
  locale?: string
}): Promise<StartMockApiResult> {
  // Requests wait for their language's words anyway (serve()); this saves the first one a trip.
  const startingWords = loadWords(negotiateLanguage(options.locale)).catch(() => {
    // Not fatal here: the requests in that language wait for it again, and fail if it cannot load.
  })
  const session = safeStorage(() => globalThis.sessionStorage)
  const resolved = resolveSettings(options.search, session)
  for (const warning of resolved.warnings) console.warn(`[mock] ${warning}`)
  if (resolved.status === 'unknown-scenario') {
    return {
      status: 'unknown-scenario',
      requested: resolved.requested,
      known: scenarioNames.map((name) => ({ name, description: scenarioDescriptions[name] })),
    }
  }
  const { settings } = resolved
  // Only this scenario's builder is needed: the others never download.
  await loadScenario(settings.scenario)

  const warn = (message: string) => console.warn(`[mock] ${message}`)
  const engine = createJournaledEngine({
    scenario: settings.scenario,
    store: storageJournal(
      safeStorage(() => globalThis.localStorage),
      warn,
    ),
    onReplayError: (command, error) =>
      warn(
        `A saved ${command.type} (${commandSubject(command)}) no longer applies and was dropped: ${error instanceof Error ? error.message : String(error)}`,
      ),
  })
  engine.setCheckoutOutcome(settings.checkout ?? 'success')
  const sessions = localSessions({
    scenario: settings.scenario,
    engine,
    storage: safeStorage(() => globalThis.localStorage),
    warn,
  })
  let offline = false
  if (settings.latency === 'offline-later') {
    setTimeout(() => {
      offline = true
      pretendOffline()
    }, OFFLINE_LATER_MS)
  }
  const handlers = withDesignerSettings(
    createHandlers({ baseUrl: options.baseUrl, getSessions: () => sessions }),
    () => (offline ? { ...settings, latency: 'offline' } : settings),
    options.baseUrl,
    () => sessions,
  )
  await startingWords
  // The panel is for designers, not for the page: its button comes once the page is drawn,
  // and the panel's code when a designer opens it.
  afterPaint(() => {
    drawDesignerButton(settings, options.locales)
    void forgetMockWorker()
  })
  return {
    status: 'started',
    scenario: settings.scenario,
    settings,
    fetch: (request) => answerInPage(handlers, request),
  }
}

/**
 * What the browser does when the network goes: `navigator.onLine` turns false and the page is
 * told, so the portal's offline banner shows and spending and earning pause.
 */
function pretendOffline() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  window.dispatchEvent(new Event('offline'))
}

/**
 * The handlers' answer to `request`, with what `fetch` would do around it: it gives up when
 * the request's signal aborts (a timeout, a page left), and a network error (the designer's
 * "offline") rejects. A request no handler answers is the API's 404: nothing goes out.
 */
export async function answerInPage(handlers: HttpHandler[], request: Request): Promise<Response> {
  const { signal } = request
  signal.throwIfAborted()
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  const response = await Promise.race([getResponse(handlers, request), aborted])
  if (!response) {
    console.warn(`[mock] nothing answers ${request.method} ${request.url}`)
    return new Response(null, { status: 404 })
  }
  if (response.type === 'error') throw new TypeError('Failed to fetch')
  return response
}

/**
 * MSW's service worker, which mock mode ran before it answered in the page: where an earlier
 * visit left it registered, it would stand between the page and every file it loads.
 */
async function forgetMockWorker() {
  try {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? []
    const mockWorker = (registration: ServiceWorkerRegistration) =>
      [registration.active, registration.waiting, registration.installing].some((worker) =>
        worker?.scriptURL.endsWith('/mockServiceWorker.js'),
      )
    await Promise.all(registrations.filter(mockWorker).map((r) => r.unregister()))
  } catch {
    // Nothing to remove, or the browser would not say.
  }
}

/** Runs `task` when the browser is idle after drawing the page (or within a second). */
function afterPaint(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 })
  else setTimeout(task, 200)
}

/** The storage, or null where it is blocked (some privacy modes throw on access). */
function safeStorage(get: () => Storage | undefined): Storage | null {
  try {
    return get() ?? null
  } catch {
    return null
  }
}
