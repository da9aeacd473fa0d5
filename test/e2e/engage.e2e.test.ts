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

/** The pages of earning beyond purchases, with what shows each has its data, in en and ar. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/refer?scenario=referral-champion',
    ready: (page) => page.getByText(/^ROSA-/).waitFor(VISIBLE),
  },
  {
    path: '/refer?scenario=referral-champion&locale=ar',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'ادعُ صديقًا' }).waitFor(VISIBLE),
  },
  {
    path: '/challenges?scenario=challenge-almost-done',
    ready: async (page) => {
      await page
        .getByRole('article', { name: 'Autumn trio' })
        .getByText('9 days left')
        .waitFor(VISIBLE)
      await page
        .getByRole('article', { name: 'Last call' })
        .getByText('Last day today')
        .waitFor(VISIBLE)
    },
  },
  {
    path: '/challenges?scenario=challenge-almost-done&locale=ar',
    ready: (page) => page.getByRole('article', { name: 'ثلاثية الخريف' }).waitFor(VISIBLE),
  },
  {
    path: '/partners?scenario=default',
    ready: (page) =>
      page
        .getByRole('article', { name: 'Northwind Books' })
        .getByText('1 point for every $2 you spend there')
        .waitFor(VISIBLE),
  },
  {
    path: '/partners?scenario=default&locale=ar',
    ready: (page) =>
      page
        .getByRole('article', { name: 'Northwind Books' })
        .getByText('مكتبة', { exact: true })
        .waitFor(VISIBLE),
  },
  {
    path: '/partners?scenario=empty-program',
    ready: (page) =>
      page
        .getByText('No partners at the moment. When the program adds some, they appear here.')
        .waitFor(VISIBLE),
  },
  {
    path: '/challenges?scenario=empty-program',
    ready: (page) => page.getByText('No punch cards in the program right now.').waitFor(VISIBLE),
  },
]

describe.each<ViewportName>(['small', 'desktop'])(
  'every page fits and passes axe (%s)',
  (viewport) => {
    test.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, { path, ready }) => {
      const page = await openPage(path, viewport)
      await ready(page)
      if (path.includes('locale=ar')) {
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
      }
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
    })
  },
)

describe('refer a friend', () => {
  test('reached by keyboard from the More sheet at 320 px; Copy link copies the link', async () => {
    const page = await openPage('/?scenario=default', 'small')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    })
    const bar = page.getByRole('navigation', { name: 'Main' })
    const more = bar.getByRole('button', { name: 'More' })
    await more.waitFor(VISIBLE)
    await tabTo(page, more)
    await page.keyboard.press('Enter')
    const sheet = page.getByRole('dialog', { name: 'Menu' })
    await tabTo(page, sheet.getByRole('link', { name: 'Refer a friend' }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Refer a friend' }).waitFor(VISIBLE)

    const card = page.getByRole('region', { name: 'Your referral link' })
    const link = await card.getByRole('textbox', { name: 'Your link' }).inputValue()
    expect(link).toMatch(/^https:\/\/.+\?ref=MAYA-/)
    await tabTo(page, card.getByRole('button', { name: 'Copy link' }))
    await page.keyboard.press('Enter')
    await card.getByRole('status').getByText('Link copied.').waitFor(VISIBLE)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    await expectNoAxeViolations(page)
  })

  test('at the cap: says so, and Show more friends loads the rest, focus on the first new one', async () => {
    const page = await openPage('/refer?scenario=referral-champion', 'small')
    await page.getByText('You’ve reached this year’s limit of 10 friends').waitFor(VISIBLE)
    const list = page.getByRole('region', { name: /^Friends you referred/ })
    const more = list.getByRole('button', { name: 'Show more friends' })
    await tabTo(page, more, 200)
    await page.keyboard.press('Enter')
    await expect.poll(() => list.getByRole('listitem').count()).toBe(24)
    expect(
      await list
        .getByRole('listitem')
        .nth(20)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('challenges and partners', () => {
  test('one purchase left: the card says so in words and as a bar', async () => {
    const page = await openPage('/challenges?scenario=challenge-almost-done', 'small')
    const trio = page.getByRole('article', { name: 'Autumn trio' })
    await trio.waitFor(VISIBLE)
    await trio.getByText('2 of 3 done: 1 more purchase to go').waitFor(VISIBLE)
    await trio.getByText('9 days left').waitFor(VISIBLE)
    expect(await trio.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('2 of 3 done')
    await page
      .getByRole('article', { name: 'Café coffee card' })
      .getByText('8 of 9 stamps: 1 more to fill this card')
      .waitFor(VISIBLE)
  })

  test('a partner’s link out is reached by keyboard and opens in a new tab without the opener', async () => {
    const page = await openPage('/partners?scenario=default', 'desktop')
    const link = page.getByRole('link', { name: 'Visit Northwind Books (opens in a new tab)' })
    await link.waitFor(VISIBLE)
    await tabTo(page, link)
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await link.getAttribute('href')).toBe('https://northwind-books.example/')
  })

  test('wide screens: the Earn menu leads to each page', async () => {
    const page = await openPage('/?scenario=default', 'desktop')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const earn = nav.getByRole('button', { name: 'Earn' })
    await earn.waitFor(VISIBLE)
    for (const [link, heading] of [
      ['Refer a friend', 'Refer a friend'],
      ['Challenges and punch cards', 'Challenges and punch cards'],
      ['Partners', 'Partners'],
    ] as const) {
      await tabTo(page, earn)
      await page.keyboard.press('Enter')
      await tabTo(page, nav.getByRole('link', { name: link }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: heading }).waitFor(VISIBLE)
    }
  })
})
