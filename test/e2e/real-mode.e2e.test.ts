// Real mode: the build from global-setup.ts, served with `mock: false` against the standalone
// loyalty API (npm run api) over HTTP, with real cookie sessions. No mock code may load.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { VISIBLE, headerBalance, openAffordableReward } from './flows'
import { mockSourcesOf } from './harness'
import { MAYA, NOAH, OUTCOME, openConfirm, useRealMode, type Opened } from './real-mode-harness'

// A 401 is how the API says "sign in", and a 409 how it refuses an email already registered:
// Chromium logs each as a failed resource, and those alone are expected here. Any other console
// error or uncaught error fails the test.
const real = useRealMode({
  expectedConsole: /^Failed to load resource: the server responded with a status of 40[19]\b/,
})
const { open, expectSignInPage, signIn, apiView } = real

/** No request for the mock worker or for a built file that holds mock code, and no MSW worker. */
async function expectNoMockCode({ page, requests }: Opened) {
  expect(requests.filter((url) => url.includes('mockServiceWorker'))).toEqual([])
  const appOrigin = real.appUrl
  const scripts = requests
    .filter((url) => url.startsWith(appOrigin) && new URL(url).pathname.endsWith('.js'))
    .map((url) => new URL(url).pathname.slice(1))
  expect(scripts.length).toBeGreaterThan(0)
  for (const file of scripts) {
    expect(path.basename(file), file).not.toMatch(/^browser-/)
    expect(await mockSourcesOf(real.outDir, file), file).toEqual([])
  }
  // The portal's own service worker (the app shell) may run; MSW's never does.
  const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)
  if (worker !== null) expect(new URL(worker).pathname).toBe('/sw.js')
}

/** What someone who is not signed in sees on a member page: the program, with Join and Sign in. */
async function expectGuestView(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Harbor & Pine Rewards' }).waitFor(VISIBLE)
  await page.getByRole('banner').getByRole('link', { name: 'Join' }).waitFor(VISIBLE)
  const text = await page.evaluate(() => document.body.innerText)
  expect(text).not.toMatch(/session ended/i)
}

describe('real mode against the standalone loyalty API', () => {
  test('sign in, redeem, sign out: nothing of the member is left, and no mock code loaded', async () => {
    const opened = await open('/')
    const { page } = opened
    // A first visit: the guest view, whose Sign in comes back here.
    await expectGuestView(page)
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click()
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
      await page.goto(`${real.appUrl}${pathname}`)
      // Signed out, not a session that ended: the guest view, where they asked.
      await expectGuestView(page)
      expect(new URL(page.url()).pathname).toBe(pathname)
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

  test('signed out on a slow phone, member pages show the guest view without an error', async () => {
    // On a slow CPU the dashboard's 401s race the switch to the guest view: React meets them
    // mid-render and recovers, which is expected and must not surface as an error.
    const { page } = await open('/sign-in', 'mobile')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
    for (let load = 0; load < 4; load++) {
      await page.goto(`${real.appUrl}/`)
      await expectGuestView(page)
    }
    // Each load runs six times slower on purpose: on a busy two-core machine 30 s was not enough.
  }, 90_000)

  test('a first visit joins: welcome bonus on the dashboard, then signs in again with the new password', async () => {
    const { page } = await open('/wallet', 'small')
    await expectGuestView(page)
    await expectNoAxeViolations(page)
    await page
      .getByRole('region', { name: 'Harbor & Pine Rewards' })
      .getByRole('link', { name: 'Join' })
      .click()
    await page
      .getByRole('heading', { level: 1, name: 'Join Harbor & Pine Rewards' })
      .waitFor(VISIBLE)
    await expectNoAxeViolations(page)
    const email = `e2e+${String(Date.now())}@example.com`
    const password = 'a long enough secret'
    await page.getByLabel('First name').fill('Robin')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Join' }).click()

    await page.waitForURL((url) => url.pathname === '/')
    await page.getByRole('heading', { level: 1, name: 'Hi, Robin' }).waitFor(VISIBLE)
    await page.getByText('Your welcome bonus of 100 points is in your balance').waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(100)
    expect((await apiView({ email, password }, 'none')).available).toBe(100)

    // Joining again with that email is refused, and says so.
    const again = await open('/join', 'desktop')
    await again.page.getByLabel('First name').fill('Robin')
    await again.page.getByLabel('Email').fill(email)
    await again.page.getByLabel('Password').fill(password)
    await again.page.getByRole('checkbox').check()
    await again.page.getByRole('button', { name: 'Join' }).click()
    await again.page.getByText('A member with this email already exists.').waitFor(VISIBLE)
    await expectNoAxeViolations(again.page)

    // The new member signs in like any other.
    const later = await open('/sign-in', 'desktop')
    await signIn(later.page, { email, password })
    await later.page.getByRole('heading', { level: 1, name: 'Hi, Robin' }).waitFor(VISIBLE)
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
    await real.api.expireSessions()
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
    expect(after).toMatchObject({
      available: before.available - cost,
      redeemed: before.redeemed + 1,
    })
  })
})
