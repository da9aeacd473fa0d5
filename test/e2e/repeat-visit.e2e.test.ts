// Real mode, fast: the first screen's requests start while the code loads, a returning member
// sees their kept balance before any API answer, a reload with no network shows the kept
// dashboard, and a sign-out leaves nothing of the member in any of the browser's stores.
// Each test serves its own copy of the build (with a Content-Security-Policy that allows the
// inline boot script by its hash) against its own loyalty API, so it can take both away.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { getHome, homeParts } from '../../src/api/contract/get-home'
import { expectNoAxeViolations } from './browser'
import { headerBalance, VISIBLE } from './flows'
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
} from './harness'

const MAYA = { email: 'maya.chen@example.com', password: 'rewards-demo', name: 'Maya' }
/**
 * The requests index.html's inline script starts for the dashboard (src/boot/boot.ts): the
 * program and the first screen in one answer, whose parts the portal takes instead of asking.
 */
const FIRST_SCREEN = ['/program', getHome.path]
// A 401 before signing in is how the API says "sign in"; a request the test cut off, or that
// found the servers gone, is the point of the test. Anything else fails it.
const EXPECTED_CONSOLE =
  /^Failed to load resource: (the server responded with a status of 401\b|net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|FAILED))/

type Stack = {
  app: PreviewHandle
  api: LoyaltyApiHandle
  outDir: string
  /** Takes the portal and the API away (no network for either); safe to call twice. */
  stop: () => Promise<void>
}

let browser: Browser | undefined
const stacks: Stack[] = []
const contexts: { context: BrowserContext; errors: string[] }[] = []

beforeAll(async () => {
  browser = await launchChromium()
})
afterEach(async () => {
  const finished = contexts.splice(0)
  await Promise.all(finished.map(({ context }) => context.close()))
  await Promise.all(stacks.splice(0).map((stack) => stack.stop()))
  const errors = finished.flatMap(({ errors: logged }) => logged)
  if (errors.length > 0) throw new Error(`The page logged:\n${errors.join('\n')}`)
})
afterAll(async () => {
  await browser?.close()
})

/** A copy of the build in real mode, served with a strict CSP, against a fresh loyalty API. */
async function startStack(): Promise<Stack> {
  const outDir = await makeTempDir('repeat-visit')
  await copyBuild(DIST, outDir, { mock: false, apiBaseUrl: 'http://127.0.0.1:9/api/v1' })
  const hashes = (await readFile(path.join(outDir, 'csp-script-hashes.txt'), 'utf8'))
    .split('\n')
    .filter((line) => line.startsWith("'sha256-"))
  expect(hashes).toHaveLength(1)
  // The API's origin is known only once it runs: connect-src allows any http origin here.
  const csp = `default-src 'self'; script-src 'self' ${hashes.join(' ')}; connect-src 'self' http:; img-src 'self' data:; style-src 'self'`
  const app = await previewApp(outDir, { headers: { 'Content-Security-Policy': csp } })
  const api = await startLoyaltyApi({ origins: [app.url] })
  await writeRuntimeConfig(outDir, { mock: false, apiBaseUrl: api.url })
  let stopped = false
  const stack: Stack = {
    app,
    api,
    outDir,
    async stop() {
      if (stopped) return
      stopped = true
      await Promise.all([app.close(), api.close()])
      await removeDir(outDir)
    },
  }
  stacks.push(stack)
  return stack
}

/**
 * A fresh context and page. `enforceCsp`: the page keeps to the served Content-Security-Policy;
 * otherwise the test may inject axe (an inline script the policy rightly refuses).
 */
async function newPage(
  options: { enforceCsp?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('no browser')
  const context = await browser.newContext({
    bypassCSP: options.enforceCsp !== true,
    viewport: VIEWPORTS.mobile,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  const errors: string[] = []
  contexts.push({ context, errors })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  page.on('console', (message) => {
    if (message.type() !== 'error' || EXPECTED_CONSOLE.test(message.text())) return
    errors.push(`console.error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`))
  return { context, page }
}

const balanceCard = (page: Page) => page.getByRole('region', { name: 'Your balance' })

/** Signs Maya in from the sign-in page and waits for her dashboard's balance. */
async function signIn(page: Page, stack: Stack) {
  await page.goto(`${stack.app.url}/sign-in`)
  await page.getByLabel('Email').fill(MAYA.email)
  await page.getByLabel('Password').fill(MAYA.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await balanceCard(page)
    .getByText(/^\d[\d,]*$/)
    .waitFor(VISIBLE)
  return headerBalance(page)
}

/** Until the member's answers are kept on the device. */
async function untilKept(page: Page) {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rewards:query-cache')?.length ?? 0))
    .toBeGreaterThan(0)
}

/** Until the portal's service worker controls the page (it claims it once installed). */
async function untilServiceWorker(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), {
      timeout: 15_000,
    })
    .toMatch(/\/sw\.js$/)
}

describe('real mode, fast and offline', () => {
  test('the first screen’s API requests start before the portal’s code arrives, once each, under a strict CSP', async () => {
    const stack = await startStack()
    // Any script the policy refuses (the inline boot script, if its hash were wrong) fails this.
    const { page } = await newPage({ enforceCsp: true })
    await signIn(page, stack)

    // Hold the portal's entry script back: the API requests must not wait for it.
    const started: { url: string; at: number }[] = []
    let scriptServedAt = Number.POSITIVE_INFINITY
    page.on('request', (request) => started.push({ url: request.url(), at: Date.now() }))
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      scriptServedAt = Date.now()
      await route.continue()
    })
    await page.goto(`${stack.app.url}/`)
    await balanceCard(page)
      .getByText(/^\d[\d,]*$/)
      .waitFor(VISIBLE)

    for (const apiPath of FIRST_SCREEN) {
      const asked = started.filter((request) => request.url === `${stack.api.url}${apiPath}`)
      expect(asked, apiPath).toHaveLength(1)
      expect(asked[0]?.at ?? Infinity, apiPath).toBeLessThan(scriptServedAt)
    }
    for (const apiPath of Object.values(homeParts)) {
      expect(started.map((request) => request.url)).not.toContain(`${stack.api.url}${apiPath}`)
    }
  })

  test('a returning member sees the kept balance before any API answer, then the fresh one', async () => {
    const stack = await startStack()
    const { page } = await newPage()
    const balance = await signIn(page, stack)
    await untilKept(page)

    // Every API answer waits until the test lets it through.
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await page.route(`${stack.api.origin}/**`, async (route) => {
      held += 1
      await released
      await route.continue()
    })
    await page.reload()
    const card = balanceCard(page)
    await card.getByText(balance.toLocaleString('en-US'), { exact: true }).waitFor(VISIBLE)
    await card.getByText(/^As of \d{1,2}:\d{2}\s?[AP]M$/).waitFor(VISIBLE)
    expect(held).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    release()
    await card.getByText(/^As of/).waitFor({ state: 'detached' })
    expect(await headerBalance(page)).toBe(balance)
  })

  test(
    'a reload with no network shows the kept dashboard, says since when, and pauses redeeming',
    { timeout: 90_000 },
    async () => {
      const stack = await startStack()
      const { context, page } = await newPage()
      const balance = await signIn(page, stack)
      // A reward the member could redeem, visited once while online.
      const reward = page
        .getByRole('region', { name: 'Rewards you can get now' })
        .getByRole('link')
        .first()
      const rewardName = (await reward.innerText()).split('\n')[0] ?? ''
      await reward.click()
      await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).waitFor(VISIBLE)
      await page.goBack()
      await balanceCard(page)
        .getByText(/^\d[\d,]*$/)
        .waitFor(VISIBLE)
      await untilServiceWorker(page)
      await untilKept(page)

      await stack.stop()
      await context.setOffline(true)
      await page.reload()

      const banner = page.getByRole('status').filter({ hasText: 'You’re offline.' })
      await expect
        .poll(() => banner.innerText())
        .toMatch(/^You’re offline\. Showing what you last saw, as of \d{1,2}:\d{2}\s?[AP]M\./)
      const card = balanceCard(page)
      await card.getByText(balance.toLocaleString('en-US'), { exact: true }).waitFor(VISIBLE)
      await card.getByText(/^As of /).waitFor(VISIBLE)
      await expectNoAxeViolations(page)

      await page
        .getByRole('region', { name: 'Rewards you can get now' })
        .getByRole('link', {
          name: new RegExp(`^${rewardName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        })
        .first()
        .click()
      const redeem = page.getByRole('button', { name: /^(Redeem|Donate points)$/ })
      await redeem.waitFor(VISIBLE)
      expect(await redeem.isDisabled()).toBe(true)
      const describedBy = (await redeem.getAttribute('aria-describedby')) ?? ''
      expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(
        'You’re offline. Spending and earning points is paused until you’re back online.',
      )
      await expectNoAxeViolations(page)
    },
  )

  test('after signing out and reloading, no store of the browser holds anything of the member', async () => {
    const stack = await startStack()
    const { page } = await newPage()
    const balance = await signIn(page, stack)
    await untilServiceWorker(page)
    await untilKept(page)

    await page.getByRole('button', { name: 'More', exact: true }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(VISIBLE)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(VISIBLE)
    await page.waitForTimeout(1500)

    const stores = await page.evaluate(async () => {
      const local = Object.entries(localStorage).map(([key, value]) => `${key}=${value}`)
      const session = Object.entries(sessionStorage).map(([key, value]) => `${key}=${value}`)
      const databases = (await indexedDB.databases()).map((db) => db.name ?? '')
      const cached: string[] = []
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        for (const request of await cache.keys()) {
          const response = await cache.match(request)
          cached.push(`${name} ${request.url} ${(await response?.text()) ?? ''}`)
        }
      }
      return { local, session, databases, cached }
    })
    // The shell is kept (that is the point of it), but nothing of the member.
    expect(stores.cached.length).toBeGreaterThan(0)
    expect(stores.databases).toEqual([])
    const everything = [...stores.local, ...stores.session, ...stores.cached].join('\n')
    expect(stores.local.filter((entry) => entry.startsWith('rewards:'))).toEqual([])
    for (const secret of [MAYA.name, MAYA.email, `"available":${String(balance)}`]) {
      expect(everything, secret).not.toContain(secret)
    }
  })
})
