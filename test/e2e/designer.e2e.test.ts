import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, openPage, useBrowser } from './browser'
import { VISIBLE, headerBalance, tabTo } from './flows'

useBrowser()

const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

const designerButton = (page: Page) => page.getByRole('button', { name: /^Designer/ })
const designerPanel = (page: Page) => page.getByRole('dialog', { name: 'Designer panel' })

/** Waits until the dashboard's balance card shows a number, and returns the header's. */
async function dashboardReady(page: Page): Promise<number> {
  await page.getByRole('region', { name: 'Your balance' }).getByText(/^\d/).first().waitFor(VISIBLE)
  return headerBalance(page)
}

describe('designer panel (mock mode)', () => {
  test('a shared link reproduces the scenario, the latency and a fault', async () => {
    const page = await openPage('/?scenario=near-tier&latency=300&fail=balance:500', 'desktop', {
      // The fault the link asks for, as the browser and the app's error boundary log it.
      expectedErrors: [
        /status of 500 \(Internal Server Error\)/,
        /^ApiError: Internal Server Error/,
      ],
    })

    // near-tier: the tier nudge; the tier endpoint answers, only slowly.
    await page
      .getByText(/Spend \$25(\.00)? more by .+ to reach Gold/)
      .first()
      .waitFor(VISIBLE)
    // balance:500: the balance card says so and offers to try again (after the app's retries).
    const balance = page.getByRole('region', { name: 'Your balance' })
    await balance
      .getByText('The rewards service is having trouble')
      .waitFor({ state: 'visible', timeout: 25_000 })
    await balance.getByRole('button', { name: 'Try again' }).waitFor(VISIBLE)
    await expect.poll(() => designerButton(page).innerText()).toContain('Designer')
    expect(await designerButton(page).getAttribute('aria-expanded')).toBe('false')

    // The panel shows the state the link set.
    await designerButton(page).click()
    const panel = designerPanel(page)
    await panel.waitFor(VISIBLE)
    expect(await panel.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe('near-tier')
    expect(await panel.getByRole('radio', { name: '300 ms' }).isChecked()).toBe(true)
    expect(await panel.getByRole('combobox', { name: /^Balance/ }).inputValue()).toBe('500')
  }, 45_000)

  test('?latency=offline-later: the page loads, then the network goes and the portal says so', async () => {
    const page = await openPage('/rewards/rwd_free_coffee?scenario=default&latency=offline-later')
    const redeem = page.getByRole('button', { name: 'Redeem', exact: true })
    await redeem.waitFor(VISIBLE)
    const banner = page.getByRole('status').filter({ hasText: 'You’re offline.' })
    await banner.waitFor({ ...VISIBLE, timeout: 10_000 })
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    // What was loaded stays; spending waits for the network, and says why.
    await page.locator('#reward-heading').waitFor(VISIBLE)
    await expect.poll(() => redeem.isDisabled()).toBe(true)
    const describedBy = (await redeem.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(
      'You’re offline. Spending and earning points is paused until you’re back online.',
    )
    await expectNoAxeViolations(page)
  })

  test('opens by keyboard, closes with Escape, and passes axe closed and open', async () => {
    const page = await openPage('/?scenario=default')
    await dashboardReady(page)
    await expectNoAxeViolations(page)

    const toggle = designerButton(page)
    await tabTo(page, toggle)
    await page.keyboard.press('Enter')
    const panel = designerPanel(page)
    await panel.waitFor(VISIBLE)
    const scenario = panel.getByRole('combobox', { name: 'Scenario' })
    await expect.poll(() => hasFocus(scenario)).toBe(true)
    await expectNoAxeViolations(page)

    // Non-modal: the page stays reachable, and Tab moves on through the panel.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'hidden', timeout: 5_000 })
    await expect.poll(() => hasFocus(toggle)).toBe(true)
  })

  test('switches the portal and the mock API to Spanish, the pseudo-locale and Arabic', async () => {
    const page = await openPage('/?scenario=default')
    await dashboardReady(page)
    const programName = page
      .getByRole('banner')
      .getByText(/Harbor|هاربر|Hårbör/)
      .first()
    expect(await programName.innerText()).toBe('Harbor & Pine Rewards')

    /** Picks a language in the panel and applies it; the page loads again in it. */
    async function switchTo(label: string, locale: string) {
      await designerButton(page).click()
      const panel = designerPanel(page)
      await panel.waitFor(VISIBLE)
      await panel.getByRole('combobox', { name: 'Language' }).selectOption({ label })
      await panel.getByRole('button', { name: 'Apply' }).click()
      await page.waitForURL((url) => url.searchParams.get('locale') === locale)
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale)
    }

    // Spanish: the program's name comes from the mock API, asked in Spanish.
    await switchTo('Spanish (es)', 'es')
    await expect.poll(() => programName.innerText()).toBe('Recompensas Harbor & Pine')

    // The pseudo-locale stretches the API's words as well as the portal's.
    await switchTo('Pseudo-locale (en-XA)', 'en-XA')
    await expect.poll(() => programName.innerText()).toMatch(/^\[Hårbör & Pîñé Réwårdš~+\]$/)

    // Arabic: right to left, the API's words in Arabic; the panel stays English, left to right.
    await switchTo('Arabic (ar)', 'ar')
    await expect.poll(() => programName.innerText()).toBe('مكافآت هاربر آند باين')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    const tools = page.getByRole('complementary', { name: 'Designer tools' })
    expect(await tools.getAttribute('lang')).toBe('en')
    expect(await tools.getAttribute('dir')).toBe('ltr')
    await designerButton(page).click()
    await designerPanel(page).waitFor(VISIBLE)
    expect(await designerPanel(page).getByRole('combobox', { name: 'Language' }).inputValue()).toBe(
      'ar',
    )
    await expectNoAxeViolations(page)
  }, 60_000)

  test('looks part of the product in the dark theme too (axe, panel open)', async () => {
    const page = await openPage('/?scenario=default&latency=300', 'mobile', {
      colorScheme: 'dark',
    })
    await dashboardReady(page)
    await designerButton(page).click()
    await designerPanel(page).waitFor(VISIBLE)
    await expectNoAxeViolations(page)
  })

  test('at 320 px the button leaves the footer readable at the end of the page', async () => {
    const page = await openPage('/?scenario=default', 'mobile')
    await page.setViewportSize({ width: 320, height: 640 })
    await dashboardReady(page)
    // The button (and the room it keeps below the footer) comes once the page is drawn.
    await designerButton(page).waitFor(VISIBLE)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const footer = page.getByRole('contentinfo')
    await footer.waitFor(VISIBLE)
    const overlap = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.startsWith('Designer'),
      )
      const text = document.querySelector('footer')
      if (!button || !text) return 'missing'
      const range = document.createRange()
      range.selectNodeContents(text)
      const a = button.getBoundingClientRect()
      return [...range.getClientRects()].some(
        (r) => r.left < a.right && a.left < r.right && r.top < a.bottom && a.top < r.bottom,
      )
    })
    expect(overlap).toBe(false)
  })

  test('a redemption survives a reload, and Reset brings the original balance back', async () => {
    const page = await openPage('/?scenario=default')
    const before = await dashboardReady(page)

    // Redeem the first reward the member can get now, as a member would.
    const teaserLink = page
      .getByRole('region', { name: 'Rewards you can get now' })
      .getByRole('link')
      .first()
    await teaserLink.waitFor(VISIBLE)
    await teaserLink.click()
    await page.waitForURL(/\/rewards\/[^/]+$/)
    await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).click()
    const dialog = page.getByRole('dialog')
    const confirm = dialog.getByRole('button', { name: /^(Redeem for|Give) / })
    await confirm.waitFor(VISIBLE)
    const cost = Number(((await confirm.innerText()).match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''))
    await confirm.click()
    await dialog.getByRole('heading', { name: /It’s yours!|Thank you for giving/ }).waitFor(VISIBLE)
    const proof = (await dialog.innerText()).match(
      /\bHP-[A-Z0-9]{4}-[A-Z0-9]{4}\b|\bHPG-\d{4}-\d{6}\b/,
    )?.[0]
    expect(proof, 'the voucher code or receipt number').toBeDefined()
    await expect.poll(() => headerBalance(page)).toBe(before - cost)

    // A reload rebuilds the engine from the journal: the wallet and balance are as they were.
    await page.goto(new URL('/wallet', page.url()).href)
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page
      .getByText(proof ?? '(none)')
      .first()
      .waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before - cost)

    // Reset: the journal goes, the page reloads, the scenario is as it was built.
    await designerButton(page).click()
    await Promise.all([
      page.waitForEvent('load'),
      designerPanel(page).getByRole('button', { name: 'Reset mock state' }).click(),
    ])
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page), { timeout: 10_000 }).toBe(before)
    expect(await page.getByText(proof ?? '(none)').count()).toBe(0)
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('mock:journal:')),
      ),
    ).toEqual([])
  })

  test('Apply puts the settings in the address and reloads with them', async () => {
    const page = await openPage('/?scenario=default', 'desktop', {
      expectedErrors: [/^ContractError: GET \/me\/balance answered outside the contract/],
    })
    await dashboardReady(page)
    await designerButton(page).click()
    const panel = designerPanel(page)
    await panel.getByRole('combobox', { name: 'Scenario' }).selectOption('new-member')
    await panel.getByText('Joined today: no points, no history, Bronze.').waitFor(VISIBLE)
    await panel.getByRole('combobox', { name: /^Balance/ }).selectOption('malformed')
    await Promise.all([
      page.waitForURL(/\?scenario=new-member&fail=balance:malformed$/),
      panel.getByRole('button', { name: 'Apply' }).click(),
    ])
    await page
      .getByRole('region', { name: 'Your balance' })
      .getByText('We received something we couldn’t read')
      .waitFor(VISIBLE)
    await page.getByRole('heading', { level: 1, name: /^Hi, / }).waitFor(VISIBLE)
    expect(await designerButton(page).innerText()).toContain('Designer')
    expect(await designerButton(page).getAttribute('aria-expanded')).toBe('false')
  })
})
