import type { Locator } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPage,
  useBrowser,
  type ViewportName,
} from './browser'
import { VISIBLE } from './flows'

useBrowser()

/** Digit groups as a member reads them ("1,240", "12 500"), with the separators removed. */
function numbersIn(text: string): string[] {
  return (text.match(/\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+/g) ?? []).map((n) =>
    n.replace(/\D/g, ''),
  )
}

describe.each<ViewportName>(['mobile', 'desktop'])('dashboard (%s)', (viewport) => {
  test('shows the balance in the page and in the header', async () => {
    const page = await openPage('/?scenario=default', viewport)

    await page.getByRole('heading', { level: 1 }).first().waitFor(VISIBLE)
    const balance = page.getByRole('region', { name: 'Your balance' })
    await balance.waitFor(VISIBLE)
    // Both may show a placeholder first: poll until the numbers are in.
    await expect
      .poll(async () => numbersIn(await balance.innerText()), {
        message: 'the balance region shows the available points',
        timeout: 10_000,
      })
      .not.toEqual([])
    const inRegion = numbersIn(await balance.innerText())

    const header = page.getByRole('banner')
    await header.waitFor(VISIBLE)
    await expect
      .poll(async () => numbersIn(await header.innerText()).filter((n) => inRegion.includes(n)), {
        message: `the header shows the balance (balance region numbers ${JSON.stringify(inRegion)})`,
        timeout: 10_000,
      })
      .not.toEqual([])

    await expectNoAxeViolations(page)
  })

  test('nudges toward a reward that is 10 points away', async () => {
    const page = await openPage('/?scenario=near-reward', viewport)

    const nudge: Locator = page.getByText(/You['’]re just 10 points away from /i).first()
    await nudge.waitFor(VISIBLE)
    // The nudge text is a link, sits inside one, or shares its card (a few levels up) with one.
    const href = await nudge.evaluate((element) => {
      const inside = element.closest('a[href]')
      if (inside) return inside.getAttribute('href') ?? ''
      let scope: Element | null = element
      for (let depth = 0; scope && depth < 4; depth += 1, scope = scope.parentElement) {
        const link = scope.querySelector('a[href*="/rewards/"]') ?? scope.querySelector('a[href]')
        if (link) return link.getAttribute('href') ?? ''
        if (scope.matches('article, li, section, aside, main, [role="region"], [role="status"]'))
          break
      }
      return '(no link near the nudge)'
    })
    expect(href, 'the nudge links to the reward').toMatch(/^(https?:\/\/[^/]+)?\/rewards\/[^/?#]+$/)

    await expectNoAxeViolations(page)
  })

  if (viewport === 'mobile') {
    test('fits the screen without scrolling sideways', async () => {
      const page = await openPage('/?scenario=default', viewport)
      const balance = page.getByRole('region', { name: 'Your balance' })
      await balance.waitFor(VISIBLE)
      // Measure the page with its data in, not its loading placeholders.
      await expect
        .poll(async () => numbersIn(await balance.innerText()), { timeout: 10_000 })
        .not.toEqual([])
      await page.waitForLoadState('networkidle')
      await expectNoHorizontalScroll(page)
    })
  }
})

describe('beyond the dashboard', () => {
  test('the nudge leads to its reward page, which passes axe', async () => {
    const page = await openPage('/?scenario=near-reward', 'desktop')
    const link = page.getByRole('link', { name: /^See / }).first()
    await link.waitFor(VISIBLE)
    const name = ((await link.textContent()) ?? '').replace(/^See /, '')
    await link.click()
    await page.getByRole('heading', { level: 1, name }).waitFor(VISIBLE)
    await page.getByText('Still needed').waitFor(VISIBLE)
    await expectNoAxeViolations(page)
  })

  test('the dark theme passes axe too', async () => {
    const page = await openPage('/?scenario=expiring-points', 'desktop', { colorScheme: 'dark' })
    await page.getByRole('region', { name: 'Your tier' }).getByRole('progressbar').waitFor(VISIBLE)
    await page
      .getByRole('region', { name: 'Rewards you can get now' })
      .getByRole('link')
      .first()
      .waitFor(VISIBLE)
    await expectNoAxeViolations(page)
  })

  test('a nudge can be dismissed by keyboard alone', async () => {
    const page = await openPage('/?scenario=near-reward', 'desktop')
    const dismiss = page.getByRole('button', { name: /^Dismiss: You’re just 10 points away/ })
    await dismiss.waitFor(VISIBLE)
    // Tab from the top of the page until the dismiss button has focus.
    let focused = false
    for (let i = 0; i < 30 && !focused; i += 1) {
      await page.keyboard.press('Tab')
      focused = await dismiss.evaluate((element) => element === document.activeElement)
    }
    expect(focused, 'the dismiss button is reachable with Tab').toBe(true)
    await page.keyboard.press('Enter')
    await dismiss.waitFor({ state: 'detached', timeout: 5_000 })
    expect(await page.getByText(/You’re just 10 points away/).count()).toBe(0)
  })

  test('an unknown page says so and passes axe', async () => {
    const page = await openPage('/no-such-page', 'mobile')
    await page.getByRole('heading', { name: 'We couldn’t find that page' }).waitFor(VISIBLE)
    await expectNoAxeViolations(page)
  })

  test('an unknown scenario lists the scenarios that exist', async () => {
    const page = await openPage('/?scenario=nope', 'mobile')
    await page.getByRole('heading', { name: /no mock scenario called “nope”/ }).waitFor(VISIBLE)
    for (const name of [
      'default',
      'new-member',
      'near-reward',
      'near-tier',
      'expiring-points',
      'top-tier',
    ]) {
      await page.getByRole('link', { name, exact: true }).waitFor(VISIBLE)
    }
    await expectNoAxeViolations(page)
  })
})
