// The guest view, joining, and the tiers and how-it-works pages, in mock mode: every page at
// 320 px and 1280 px, in English and in Arabic (right to left), with axe; joining by keyboard.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPage,
  useBrowser,
  type ViewportName,
} from './browser'
import { headerBalance, tabTo, VISIBLE } from './flows'

useBrowser()

// A guest's member requests are answered 401 ("not signed in"), and a taken email 409: Chromium
// logs each as a failed resource, which is all these tests expect.
const SIGNED_OUT = [/Failed to load resource: the server responded with a status of 401/]
const REFUSED = [/Failed to load resource: the server responded with a status of 409/]

/** Each page, and what shows it has its data in, whatever the language. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    // A guest on a member page: the guest view, its sample rewards loaded.
    path: '/wallet?scenario=guest',
    ready: (page) => page.locator('#samples-heading').waitFor(VISIBLE),
  },
  {
    path: '/tiers?scenario=guest',
    ready: (page) => page.locator('#reset-heading').waitFor(VISIBLE),
  },
  {
    path: '/tiers?scenario=tier-at-risk',
    ready: async (page) => {
      await page.locator('#place-heading').waitFor(VISIBLE)
      await page.locator('#compare-heading').waitFor(VISIBLE)
    },
  },
  {
    path: '/how-it-works?scenario=default',
    ready: (page) => page.locator('#faq-heading').waitFor(VISIBLE),
  },
  {
    path: '/join?scenario=guest',
    ready: (page) => page.getByRole('heading', { level: 1 }).waitFor(VISIBLE),
  },
]

describe.each<[ViewportName, string]>([
  ['small', 'en'],
  ['desktop', 'en'],
  ['small', 'ar'],
  ['desktop', 'ar'],
])('every page fits and passes axe (%s, %s)', (viewport, locale) => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, { path, ready }) => {
    const page = await openPage(`${path}&locale=${locale}`, viewport, {
      expectedErrors: SIGNED_OUT,
    })
    await ready(page)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      locale === 'ar' ? 'rtl' : 'ltr',
    )
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('tiers side by side', () => {
  test('a table on wide screens, a card per tier on small ones', async () => {
    const wide = await openPage('/tiers?scenario=default', 'desktop')
    const table = wide.getByRole('table', { name: 'What each tier takes and gives' })
    await table.waitFor(VISIBLE)
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Bronze',
      expect.stringMatching(/^Silver\s+Your tier$/),
      'Gold',
    ])
    expect(await wide.getByRole('region', { name: 'Gold' }).isVisible()).toBe(false)

    const small = await openPage('/tiers?scenario=default', 'small')
    await small.getByRole('region', { name: 'Gold' }).waitFor(VISIBLE)
    expect(await small.getByRole('table').isVisible()).toBe(false)
  })
})

describe('a guest joins', () => {
  test('by keyboard alone on a small phone, and lands on the dashboard with the welcome bonus', async () => {
    const page = await openPage('/?scenario=guest', 'small', { expectedErrors: SIGNED_OUT })
    const hero = page.getByRole('region', { name: 'Harbor & Pine Rewards' })
    await hero.waitFor(VISIBLE)
    const join = hero.getByRole('link', { name: 'Join' })
    await tabTo(page, join)
    await page.keyboard.press('Enter')
    const firstName = page.getByLabel('First name')
    await firstName.waitFor(VISIBLE)
    await tabTo(page, firstName)
    await page.keyboard.type('Robin')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Quinn')
    await page.keyboard.press('Tab')
    await page.keyboard.type('robin.quinn@example.com')
    await page.keyboard.press('Tab')
    await page.keyboard.type('a long enough secret')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Hi, Robin' }).waitFor(VISIBLE)
    await page.getByText('Your welcome bonus of 100 points is in your balance').waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(100)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)

    // A reload keeps them signed in, like the API's cookie would.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Hi, Robin' }).waitFor(VISIBLE)
  })

  test('with an email already registered: a clear error, and nothing lost', async () => {
    const page = await openPage('/join?scenario=guest', 'desktop', { expectedErrors: REFUSED })
    await page.getByLabel('First name').fill('Maya')
    await page.getByLabel('Email').fill('maya.chen+guest@example.com')
    await page.getByLabel('Password').fill('a long enough secret')
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Join' }).click()
    await page.getByText('A member with this email already exists.').waitFor(VISIBLE)
    expect(await page.getByLabel('Email').evaluate((el) => el === document.activeElement)).toBe(
      true,
    )
    expect(await page.getByLabel('First name').inputValue()).toBe('Maya')
    await expectNoAxeViolations(page)
  })
})
