import type { Locator } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPage,
  useBrowser,
  type ViewportName,
} from './browser'

useBrowser()

const VISIBLE = { state: 'visible', timeout: 15_000 } as const

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
