import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPage,
  useBrowser,
  type ViewportName,
} from './browser'
import { tabTo, VISIBLE } from './flows'

useBrowser()

/**
 * Pages in the states other scenarios put them in, with what shows each has its data in. Every
 * page in the default scenario is checked in every language by the every-page-*.e2e files.
 */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/rewards/rwd_home_weekend_20?scenario=out-of-stock',
    ready: (page) => page.getByText('This reward is no longer offered.').waitFor(VISIBLE),
  },
  {
    path: '/wallet?scenario=long-history',
    ready: (page) =>
      page
        .getByRole('article', { name: 'Free Shipping' })
        .getByText('No expiry date')
        .waitFor(VISIBLE),
  },
  {
    path: '/?scenario=empty-program',
    ready: (page) =>
      page.getByText('The reward catalog is empty right now. Check back soon.').waitFor(VISIBLE),
  },
  {
    path: '/rewards?scenario=empty-program',
    ready: (page) => page.getByText('The catalog is empty right now').waitFor(VISIBLE),
  },
]

describe.each<ViewportName>(['small', 'desktop'])(
  'pages in other states fit and pass axe (%s)',
  (viewport) => {
    test.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, { path, ready }) => {
      const page = await openPage(path, viewport)
      await ready(page)
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
    })
  },
)

describe('navigation by keyboard alone', () => {
  test('wide screens: a group menu opens, leads to its page, and Escape closes it', async () => {
    const page = await openPage('/?scenario=default', 'desktop')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const rewards = nav.getByRole('button', { name: 'Rewards' })
    await rewards.waitFor(VISIBLE)
    await tabTo(page, rewards)
    await page.keyboard.press('Enter')
    await expect.poll(() => rewards.getAttribute('aria-expanded')).toBe('true')
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect.poll(() => rewards.getAttribute('aria-expanded')).toBe('false')
    expect(await rewards.evaluate((el) => el === document.activeElement)).toBe(true)

    await page.keyboard.press('Enter')
    const wallet = nav.getByRole('link', { name: 'Your wallet' })
    await tabTo(page, wallet)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await expect.poll(() => rewards.getAttribute('aria-expanded')).toBe('false')
  })

  test('wide screens: the account menu holds sign out', async () => {
    const page = await openPage('/?scenario=default', 'desktop')
    const account = page.getByRole('button', { name: 'Account' })
    await account.waitFor(VISIBLE)
    await tabTo(page, account)
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Sign out' }).waitFor(VISIBLE)
    await expectNoAxeViolations(page)
  })

  test('phones: the bottom bar and the More sheet, with focus kept and returned', async () => {
    const page = await openPage('/?scenario=default', 'small')
    const bar = page.getByRole('navigation', { name: 'Main' })
    await expect
      .poll(() => bar.getByRole('link', { name: 'Home' }).getAttribute('aria-current'))
      .toBe('page')
    const more = bar.getByRole('button', { name: 'More' })
    await tabTo(page, more)
    await page.keyboard.press('Enter')
    const sheet = page.getByRole('dialog', { name: 'Menu' })
    await sheet.waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    await expectNoHorizontalScroll(page)
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'hidden' })
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true)

    await page.keyboard.press('Enter')
    await sheet.waitFor(VISIBLE)
    await tabTo(page, sheet.getByRole('link', { name: 'Your wallet' }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await sheet.waitFor({ state: 'hidden' })
    await expect
      .poll(() => bar.getByRole('link', { name: 'Rewards' }).getAttribute('aria-current'))
      .toBe('page')
  })
})
