import { msg } from '@lingui/core/macro'
import { startTransition, StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureClient } from '@/api/client'
import { isApiFailure } from '@/api/errors'
import { setProgramOverrides } from '@/api/endpoints/get-program'
import { App, createBrowserPortal } from '@/app/app'
import { firstAnswersIn, firstScreenSettled } from '@/app/first-screen-settled'
import { ConfigError, loadConfig } from '@/config/load-config'
import { setAccountLinks } from '@/config/account-links'
import { applyBrand } from '@/config/brand'
import { paths } from '@/config/paths'
import {
  activateLocale,
  apiLanguage,
  setOfferedLocales,
  startingLocale,
  visitLocale,
} from '@/lib/i18n/activate'
import { i18n } from '@/lib/i18n/i18n'
import { SHIPPED_LANGUAGES } from '@/lib/i18n/locales'
import { reportProblem, setProblemSink } from '@/lib/problem-report'
import { setThemePreference, themePreference } from '@/lib/theme'
import type * as StartUpError from '@/app/start-up-error'
import './index.css'

async function start() {
  // Before anything renders, so a member who chose dark never sees a flash of light.
  setThemePreference(themePreference())
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  // A failed API request is the API's to explain (and a contract violation is reported where
  // it is found); any other error is the portal's own, and reported when config asks.
  const unexpected = (error: unknown) => {
    if (!isApiFailure(error)) reportProblem({ kind: 'unexpected', error })
  }
  const root = createRoot(container, {
    // Errors caught by a boundary are shown to the member with a way out; a warning is enough
    // for whoever looks at the console.
    onCaughtError: (error) => {
      console.warn('Shown to the member:', error)
      unexpected(error)
    },
    onUncaughtError: (error) => {
      reportError(error)
      unexpected(error)
    },
    // React met an error mid-render, rendered again and got past it. When the error is a
    // failed API request, the page shows it or leaves for sign-in (a 401 racing the redirect,
    // say): a warning is enough. Anything else is reported as React would.
    onRecoverableError: (error) => {
      const cause = error instanceof Error ? error.cause : undefined
      if (isApiFailure(cause)) console.warn('React recovered from:', cause)
      else {
        reportError(error)
        unexpected(error)
      }
    },
  })
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>)

  // Start-up failure pages are rare, so their code loads only when needed; if even that fails
  // (the network is gone), the message is still written into the page as plain text.
  const showStartUpError = async (page: (m: typeof StartUpError) => ReactNode, text: string) => {
    try {
      render(page(await import('@/app/start-up-error')))
    } catch {
      container.textContent = text
    }
  }

  let config
  try {
    config = await loadConfig()
    // The page's code has just run in one task; what follows starts in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const kind = error instanceof ConfigError ? error.kind : 'invalid'
    // No config, so no offered languages: the member's saved choice or browser's, if shipped.
    await activateLocale(startingLocale(SHIPPED_LANGUAGES, 'en')).catch(() => activateLocale('en'))
    await showStartUpError(
      ({ ConfigErrorPage }) => <ConfigErrorPage kind={kind} detail={detail} />,
      `${i18n._(msg`The rewards portal can’t start.`)} ${detail}`,
    )
    return
  }

  configureClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs })
  const reportUrl = config.errorReportUrl
  if (reportUrl) {
    // The reporter loads with the first report: a page with nothing to report never needs it.
    let reporter: Promise<(report: Parameters<typeof reportProblem>[0]) => void> | undefined
    setProblemSink((report) => {
      reporter ??= import('@/lib/error-reporter').then((m) =>
        m.createErrorReporter(reportUrl, {
          pagePaths: Object.values(paths).filter((path) => typeof path === 'string'),
        }),
      )
      void reporter.then((send) => send(report))
    })
  }
  setProgramOverrides(config.program)
  setAccountLinks(config)
  applyBrand(config.brand)

  setOfferedLocales(config.locales)
  const sendLanguage = () =>
    configureClient({ headers: { 'Accept-Language': apiLanguage(i18n.locale) } })
  i18n.subscribe(sendLanguage)
  const { locale, linked } = visitLocale(config, window.location.search)
  // English is in the code; another language's catalogs load alongside the mock API.
  const languageReady = activateLocale(locale, { save: linked })

  // The only way src/ reaches mocks/: a real-mode build never downloads this chunk. It loads
  // once the first screen is on the screen (the shell and its placeholders: the browser
  // presents it a little after it was drawn), so the mock API's code never delays what a
  // designer sees first; at once in a tab opened in the background, which paints nothing until
  // it is shown. It answers the page's requests in the page: they wait for it, and none goes
  // to the network.
  const mockStarted = config.mock
    ? new Promise<void>((resolve) => {
        if (document.visibilityState === 'hidden') resolve()
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return
          observer.disconnect()
          resolve()
        }).observe({ type: 'paint', buffered: true })
      })
        .then(() => import('../mocks/browser'))
        .then(({ startMockApi }) =>
          startMockApi({
            baseUrl: config.apiBaseUrl,
            search: window.location.search,
            locales: config.locales,
            locale,
          }),
        )
    : undefined
  if (mockStarted) {
    // An unknown scenario shows the list of scenarios instead: the page's requests never leave.
    const never = new Promise<never>(() => {})
    configureClient({
      transport: mockStarted.then((mock) => (mock.status === 'started' ? mock.fetch : never)),
    })
  }

  // A language whose catalogs could not load (the network went) falls back to English.
  await languageReady.catch(() => activateLocale('en'))
  const mode = config.mock ? 'mock' : 'real'
  // Real mode shows the answers kept on this device in the very first frame.
  const portal = createBrowserPortal({ persist: mode === 'real' })
  // What must never delay the first screen: keeping the cache, the service worker. Loaded once
  // the first screen's answers are in and drawn, so it never shares the network with them.
  const afterFirstPaint = () => {
    void firstScreenSettled(portal.queryClient)
      .then(() => import('@/app/background'))
      .then(({ startBackgroundWork }) => startBackgroundWork(portal, mode))
      .catch((error: unknown) => console.warn('Background work did not start:', error))
  }
  if (mode === 'real') {
    // The first screen is drawn whole: answers a moment away are waited for rather than
    // drawn as skeletons that React fills in up to 300 ms later (its reveal throttle), so
    // waiting up to that long never shows a section later. (In mock mode the answers wait for
    // the mock API's code, which loads once the shell is on the screen.) The page's loaders start
    // their queries as the portal is made; they are asked for by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0))
    await firstAnswersIn(portal.queryClient, FIRST_SCREEN_WAIT_MS)
  }
  // A transition: React renders the first screen in slices, yielding to the browser between
  // them, instead of one long task that keeps a tap or a scroll waiting.
  startTransition(() => render(<App portal={portal} onFirstPaint={afterFirstPaint} />))

  const mock = await mockStarted
  if (mock?.status === 'unknown-scenario') {
    const requested = mock.requested
    await showStartUpError(
      ({ UnknownScenarioPage }) => (
        <UnknownScenarioPage requested={mock.requested} known={mock.known} />
      ),
      i18n._(msg`There is no mock scenario called “${requested}”`),
    )
  }
}

/** The longest the first screen waits for its answers before it is drawn without them. */
const FIRST_SCREEN_WAIT_MS = 300

void start()
