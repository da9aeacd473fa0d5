// Real mode for the browser tests: the build from global-setup.ts, served with `mock: false`
// against the standalone loyalty API (npm run api) over HTTP, optionally through a proxy that
// breaks answers (breaking-proxy.ts). One set per test file; every console error or uncaught
// error of a page fails the test that opened it, unless the file expects it.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startBreakingProxy, type BreakingProxy } from './breaking-proxy'
import { VISIBLE } from './flows'
import {
  copyBuild,
  DIST,
  launchChromium,
  makeTempDir,
  previewApp,
  removeDir,
  startLoyaltyApi,
  VIEWPORTS,
  writeRuntimeConfig,
  type LoyaltyApiHandle,
  type PreviewHandle,
  type ViewportName,
} from './harness'

export type Member = { email: string; password: string }
const member = (email: string): Member => ({ email, password: 'rewards-demo' })
export const MAYA = member('maya.chen@example.com')
export const NOAH = member('noah.williams@example.com')
export const PRIYA = member('priya.nair@example.com')
export const ELEANOR = member('eleanor.whitfield@example.com')

export interface Opened {
  context: BrowserContext
  page: Page
  requests: string[]
  errors: string[]
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`beforeAll did not start ${what}`)
  return value
}

/**
 * Starts the preview, the API (and the proxy) and chromium for the file. `expectedConsole`:
 * console errors the file provokes on purpose (the browser logging a failed request).
 */
export function useRealMode(options: {
  expectedConsole: RegExp
  proxy?: boolean
  processingMs?: number
}) {
  let outDir: string | undefined
  let app: PreviewHandle | undefined
  let api: LoyaltyApiHandle | undefined
  let proxy: BreakingProxy | undefined
  let browser: Browser | undefined
  // The contexts of the running test, each with the errors its pages logged.
  const contexts = new Map<BrowserContext, string[]>()

  beforeAll(async () => {
    outDir = await makeTempDir('real-mode')
    // The API's CORS needs the portal's origin and config.json the API's address: serve
    // first, then point config.json at the API once it is up (vite preview reads per request).
    await copyBuild(DIST, outDir, { mock: false, apiBaseUrl: 'http://127.0.0.1:9/api/v1' })
    app = await previewApp(outDir)
    const [started, launched] = await Promise.all([
      startLoyaltyApi({ origins: [app.url], processingMs: options.processingMs }),
      launchChromium(),
    ])
    api = started
    browser = launched
    if (options.proxy) proxy = await startBreakingProxy(api.url)
    await writeRuntimeConfig(outDir, { mock: false, apiBaseUrl: (proxy ?? api).url })
  })

  afterAll(async () => {
    await browser?.close()
    await proxy?.close()
    await api?.close()
    await app?.close()
    if (outDir) await removeDir(outDir)
  })

  afterEach(async () => {
    const finished = [...contexts]
    contexts.clear()
    await Promise.all(finished.map(([context]) => context.close()))
    const errors = finished.flatMap(([, logged]) => logged)
    if (errors.length > 0) {
      throw new Error(`The page logged ${String(errors.length)} error(s):\n${errors.join('\n')}`)
    }
  })

  const appUrl = () => need(app, 'the preview').url

  /** A fresh context (no cookies, empty storage), closed after the test. */
  async function newContext(viewport: ViewportName = 'desktop') {
    const context = await need(browser, 'chromium').newContext({
      viewport: VIEWPORTS[viewport],
      locale: 'en-US',
      colorScheme: 'light',
      reducedMotion: 'reduce',
    })
    contexts.set(context, [])
    return context
  }

  /** Opens `pathname` of the real-mode build in `context` (by default a fresh one). */
  async function open(
    pathname: string,
    viewport: ViewportName = 'desktop',
    context?: BrowserContext,
  ): Promise<Opened> {
    const inContext = context ?? (await newContext(viewport))
    const errors = contexts.get(inContext) ?? []
    const page = await inContext.newPage()
    // A step that cannot happen fails with what it waited for, well before the test's timeout.
    page.setDefaultTimeout(15_000)
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() !== 'error' || options.expectedConsole.test(message.text())) return
      errors.push(`console.error: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`))
    await page.goto(`${appUrl()}${pathname}`, { waitUntil: 'load' })
    return { context: inContext, page, requests, errors }
  }

  async function expectSignInPage(page: Page) {
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(VISIBLE)
    if (new URL(page.url()).pathname !== '/sign-in') {
      throw new Error(`expected the sign-in page, at ${page.url()}`)
    }
  }

  async function signIn(page: Page, credentials: Member = MAYA) {
    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(credentials.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  /** A member's balance and redemptions of one reward, asked over HTTP in a session of its own. */
  async function apiView(credentials: Member, rewardId: string) {
    const base = need(api, 'the API').url
    const signedIn = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? ''
    const get = async (pathname: string) =>
      (await (await fetch(`${base}${pathname}`, { headers: { Cookie: cookie } })).json()) as unknown
    const balance = (await get('/me/balance')) as { available: number }
    const wallet = (await get('/me/redemptions?limit=100')) as {
      items: { rewardId: string; voucher: { code: string } | null }[]
    }
    await fetch(`${base}/session`, { method: 'DELETE', headers: { Cookie: cookie } })
    const mine = wallet.items.filter((item) => item.rewardId === rewardId)
    return {
      available: balance.available,
      redeemed: mine.length,
      codes: mine.flatMap((item) => (item.voucher ? [item.voucher.code] : [])),
    }
  }

  return {
    open,
    newContext,
    expectSignInPage,
    signIn,
    apiView,
    get appUrl() {
      return appUrl()
    },
    get api() {
      return need(api, 'the API')
    },
    get proxy() {
      return need(proxy, 'the proxy')
    },
    get outDir() {
      return need(outDir, 'the build')
    },
  }
}

/** Opens the confirm step of the redeem dialog; returns the confirm button and the cost. */
export async function openConfirm(page: Page) {
  await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor(VISIBLE)
  const confirm = dialog.getByRole('button', { name: /^(Redeem for|Give) / })
  const cost = Number(((await confirm.innerText()).match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''))
  return { dialog, confirm, cost }
}

export const OUTCOME = /It’s yours!|Thank you for giving/
