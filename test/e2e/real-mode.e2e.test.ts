// Real mode: the build from global-setup.ts, served with `mock: false` against the standalone
// loyalty API (npm run api) over HTTP, with real cookie sessions. No mock code may load.
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { VISIBLE, headerBalance, openAffordableReward } from './flows'
import {
  copyBuild,
  DIST,
  launchChromium,
  makeTempDir,
  mockSourcesOf,
  previewApp,
  removeDir,
  startLoyaltyApi,
  VIEWPORTS,
  writeRuntimeConfig,
  type LoyaltyApiHandle,
  type PreviewHandle,
  type ViewportName,
} from './harness'

const MAYA = { email: 'maya.chen@example.com', password: 'rewards-demo' }
// Another demo member, so that what one test spends does not change what the next can afford.
const NOAH = { email: 'noah.williams@example.com', password: 'rewards-demo' }

let outDir: string | undefined
let app: PreviewHandle | undefined
let api: LoyaltyApiHandle | undefined
let browser: Browser | undefined

beforeAll(async () => {
  outDir = await makeTempDir('real-mode')
  // The API's CORS needs the portal's origin and config.json the API's address: serve first,
  // then point config.json at the API once it is up (vite preview reads files per request).
  await copyBuild(DIST, outDir, { mock: false, apiBaseUrl: 'http://127.0.0.1:9/api/v1' })
  app = await previewApp(outDir)
  const [started, launched] = await Promise.all([
    startLoyaltyApi({ origins: [app.url] }),
    launchChromium(),
  ])
  api = started
  browser = launched
  await writeRuntimeConfig(outDir, { mock: false, apiBaseUrl: api.url })
})

afterAll(async () => {
  await browser?.close()
  await api?.close()
  await app?.close()
  if (outDir) await removeDir(outDir)
})

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`beforeAll did not start ${what}`)
  return value
}

interface Opened {
  context: BrowserContext
  page: Page
  requests: string[]
  errors: string[]
}

const opened: Opened[] = []

// A 401 is how the API says "sign in": Chromium logs it as a failed resource, and that alone is
// expected here. Any other console error or uncaught error fails the test.
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of 401\b/

afterEach(async () => {
  const finished = opened.splice(0)
  await Promise.all(finished.map((session) => session.context.close()))
  const errors = finished.flatMap((session) => session.errors)
  if (errors.length > 0) {
    throw new Error(`The page logged ${String(errors.length)} error(s):\n${errors.join('\n')}`)
  }
})

/** Opens `pathname` of the real-mode build in a fresh context (no cookies, empty storage). */
async function open(pathname: string, viewport: ViewportName = 'desktop'): Promise<Opened> {
  const context = await need(browser, 'chromium').newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'en-US',
    colorScheme: 'light',
  })
  const page = await context.newPage()
  // A step that cannot happen fails with what it waited for, well before the test's timeout.
  page.setDefaultTimeout(15_000)
  const session: Opened = { context, page, requests: [], errors: [] }
  opened.push(session)
  page.on('request', (request) => session.requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() !== 'error' || EXPECTED_CONSOLE.test(message.text())) return
    session.errors.push(`console.error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => session.errors.push(`uncaught: ${error.stack ?? error.message}`))
  await page.goto(`${need(app, 'the preview').url}${pathname}`, { waitUntil: 'load' })
  return session
}

/** No request for the mock worker or for a built file that holds mock code, and no worker. */
async function expectNoMockCode({ page, requests }: Opened) {
  expect(requests.filter((url) => url.includes('mockServiceWorker'))).toEqual([])
  const appOrigin = need(app, 'the preview').url
  const scripts = requests
    .filter((url) => url.startsWith(appOrigin) && new URL(url).pathname.endsWith('.js'))
    .map((url) => new URL(url).pathname.slice(1))
  expect(scripts.length).toBeGreaterThan(0)
  for (const file of scripts) {
    expect(path.basename(file), file).not.toMatch(/^browser-/)
    expect(await mockSourcesOf(need(outDir, 'the build'), file), file).toEqual([])
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true)
}

async function expectSignInPage(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(VISIBLE)
  expect(new URL(page.url()).pathname).toBe('/sign-in')
}

async function signIn(page: Page, credentials = MAYA) {
  await page.getByLabel('Email').fill(credentials.email)
  await page.getByLabel('Password').fill(credentials.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Opens the confirm step of the redeem dialog; returns the confirm button and the cost. */
async function openConfirm(page: Page) {
  await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor(VISIBLE)
  const confirm = dialog.getByRole('button', { name: /^(Redeem for|Give) / })
  const cost = Number(((await confirm.innerText()).match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''))
  return { dialog, confirm, cost }
}

const OUTCOME = /It’s yours!|Thank you for giving/

/** A member's balance and redemptions of one reward, asked over HTTP in a session of its own. */
async function apiView(member: typeof MAYA, rewardId: string) {
  const base = need(api, 'the API').url
  const signedIn = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(member),
  })
  const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  const get = async (pathname: string) =>
    (await (await fetch(`${base}${pathname}`, { headers: { Cookie: cookie } })).json()) as unknown
  const balance = (await get('/me/balance')) as { available: number }
  const wallet = (await get('/me/redemptions?limit=100')) as { items: { rewardId: string }[] }
  await fetch(`${base}/session`, { method: 'DELETE', headers: { Cookie: cookie } })
  return {
    available: balance.available,
    redeemed: wallet.items.filter((item) => item.rewardId === rewardId).length,
  }
}

describe('real mode against the standalone loyalty API', () => {
  test('sign in, redeem, sign out: nothing of the member is left, and no mock code loaded', async () => {
    const opened = await open('/')
    const { page } = opened
    await expectSignInPage(page)
    expect(new URL(page.url()).searchParams.get('returnTo') ?? '/').toBe('/')

    await signIn(page)
    await page.waitForURL((url) => url.pathname === '/')
    const balance = page.getByRole('region', { name: 'Your balance' })
    await balance.getByText(/^\d/).first().waitFor(VISIBLE)
    const before = await headerBalance(page)
    expect((await apiView(MAYA, 'none')).available).toBe(before)
    expect((await balance.innerText()).replace(/[^\d\n]/g, '')).toContain(String(before))

    const name = await openAffordableReward(page)
    const { dialog, confirm, cost } = await openConfirm(page)
    await confirm.click()
    await dialog.getByRole('heading', { name: OUTCOME }).waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before - cost)

    await dialog.getByRole('link', { name: /View in your wallet|See your receipts/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page.getByRole('article', { name }).first().waitFor(VISIBLE)

    await page.getByRole('button', { name: 'Account' }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expectSignInPage(page)

    const balanceText = (before - cost).toLocaleString('en-US')
    for (const pathname of ['/', '/wallet']) {
      await page.goto(`${need(app, 'the preview').url}${pathname}`)
      await expectSignInPage(page)
      expect(new URL(page.url()).searchParams.get('returnTo') ?? '/').toBe(pathname)
      const text = await page.evaluate(() => document.body.innerText)
      expect(text, pathname).not.toContain('Maya')
      expect(text, pathname).not.toContain(balanceText)
      const storage = await page.evaluate(() => Object.keys(localStorage))
      expect(storage.filter((key) => key.startsWith('rewards:'))).toEqual([])
    }
    await expectNoMockCode(opened)
  })

  test('a wrong password says so; the sign-in page passes axe on desktop and mobile', async () => {
    const { page } = await open('/sign-in')
    await expectSignInPage(page)
    await expectNoAxeViolations(page)
    await signIn(page, { email: MAYA.email, password: 'not-the-password' })
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Email or password is incorrect')]))
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    await expectNoAxeViolations(page)

    const mobile = await open('/sign-in', 'mobile')
    await expectSignInPage(mobile.page)
    await expectNoAxeViolations(mobile.page)
  })

  test('signed out on a slow phone, member pages go to sign-in without an error', async () => {
    // On a slow CPU the dashboard's 401s race the redirect to sign-in: React meets them
    // mid-render and recovers, which is expected and must not surface as an error.
    const { page } = await open('/sign-in', 'mobile')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
    for (let load = 0; load < 6; load++) {
      await page.goto(`${need(app, 'the preview').url}/`)
      await expectSignInPage(page)
      expect(new URL(page.url()).searchParams.get('returnTo') ?? '/').toBe('/')
    }
  })

  test('the session expires in the middle of a redemption: sign in again, it resumes, spends once', async () => {
    const { page } = await open('/sign-in')
    await signIn(page, NOAH)
    await page.waitForURL((url) => url.pathname === '/')
    await openAffordableReward(page)
    const rewardPath = new URL(page.url()).pathname
    const rewardId = rewardPath.split('/').at(-1) ?? ''
    const before = await apiView(NOAH, rewardId)

    const { confirm, cost } = await openConfirm(page)
    await need(api, 'the API').expireSessions()
    await confirm.click()

    await expectSignInPage(page)
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(rewardPath)
    await signIn(page, NOAH)
    await page.waitForURL((url) => url.pathname === rewardPath)

    // The unfinished attempt is re-sent with its key, by itself or when the member asks.
    const outcome = page.getByRole('dialog').getByRole('heading', { name: OUTCOME })
    const checkNow = page.getByRole('button', { name: /^Check (now|again)$/ })
    await outcome.or(checkNow).first().waitFor(VISIBLE)
    if (await checkNow.isVisible()) await checkNow.click()
    await outcome.waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before.available - cost)

    const after = await apiView(NOAH, rewardId)
    expect(after).toEqual({ available: before.available - cost, redeemed: before.redeemed + 1 })
  })
})
