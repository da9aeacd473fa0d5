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
import { MAYA, useRealMode } from './real-mode-harness'

useBrowser()

/** Ways to earn and the activity, with what shows each has its data, in en and ar. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/earn?scenario=default',
    ready: (page) => page.getByRole('article', { name: 'Get the app' }).waitFor(VISIBLE),
  },
  {
    path: '/earn?scenario=new-member&locale=ar',
    ready: (page) => page.getByRole('button', { name: 'اشترك' }).waitFor(VISIBLE),
  },
  {
    path: '/earn?scenario=default&locale=ar',
    ready: (page) => page.getByRole('textbox', { name: 'المبلغ (USD)' }).waitFor(VISIBLE),
  },
  {
    path: '/activity?scenario=default',
    ready: (page) =>
      page
        .getByRole('list', { name: 'Activity entries' })
        .getByRole('listitem')
        .first()
        .waitFor(VISIBLE),
  },
  {
    path: '/activity?scenario=default&locale=ar',
    ready: (page) =>
      page.getByRole('list').filter({ hasText: 'Greenway Car Share' }).waitFor(VISIBLE),
  },
  {
    path: '/activity?scenario=long-history&type=adjustment',
    ready: (page) =>
      page
        .getByRole('list', { name: 'Activity entries' })
        .getByText('Goodwill credit: sorry your order arrived late')
        .waitFor(VISIBLE),
  },
  {
    path: '/activity?scenario=long-history&locale=ar',
    ready: (page) => page.getByRole('button', { name: 'اعرض الحركات الأقدم' }).waitFor(VISIBLE),
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

describe('ways to earn', () => {
  test('subscribe by keyboard: the header balance grows and the activity lists the points', async () => {
    const page = await openPage('/earn?scenario=just-joined', 'small')
    const card = page.getByRole('article', { name: 'Subscribe to the newsletter' })
    const subscribe = card.getByRole('button', { name: 'Subscribe' })
    await subscribe.waitFor(VISIBLE)
    const before = await headerBalance(page)
    await tabTo(page, subscribe, 200)
    await page.keyboard.press('Enter')
    await card
      .getByRole('status')
      .getByText(/^Done: 50 points added/)
      .waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before + 50)
    await expectNoAxeViolations(page)

    // The activity, reached as a link: the new entry first, with its points.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Activity' })
      .click()
    const first = page.getByRole('list', { name: 'Activity entries' }).getByRole('listitem').first()
    await first.waitFor(VISIBLE)
    await expect.poll(() => first.innerText()).toContain('+50 points')
  })

  test('the estimator and the birthday form work from the keyboard; the birthday is then read-only', async () => {
    const page = await openPage('/earn?scenario=new-member', 'small')
    const amount = page.getByRole('textbox', { name: 'Amount (USD)' })
    await amount.waitFor(VISIBLE)
    await tabTo(page, page.getByRole('combobox', { name: 'Product type' }), 200)
    await page.keyboard.press('ArrowDown')
    await tabTo(page, amount, 5)
    await page.keyboard.type('40')
    await page.getByText(/^\$40 would earn you \d+ points\.$/).waitFor(VISIBLE)

    const birthday = page.getByRole('region', { name: 'Birthday gift' })
    await tabTo(page, birthday.getByRole('combobox', { name: 'Month' }), 200)
    await birthday.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'March' })
    await birthday.getByRole('combobox', { name: 'Day' }).selectOption({ label: '14' })
    await tabTo(page, birthday.getByRole('button', { name: 'Continue' }), 10)
    await page.keyboard.press('Enter')
    const save = birthday.getByRole('button', { name: 'Save my birthday' })
    await save.waitFor(VISIBLE)
    await tabTo(page, save, 10)
    await page.keyboard.press('Enter')
    await birthday.getByText('Saved: your birthday is').waitFor(VISIBLE)
    expect(await birthday.innerText()).toContain('March 14')
    expect(await birthday.getByRole('combobox').count()).toBe(0)
    await birthday.getByText('A birthday can be set only once').waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('done on another device just before (designer fault)', () => {
  test('?fail=actions:done-elsewhere: the card says it was done already, its points added once', async () => {
    const page = await openPage('/earn?scenario=default&fail=actions:done-elsewhere', 'small')
    const card = page.getByRole('article', { name: 'Get the app' })
    const connect = card.getByRole('button', { name: 'Connect the app' })
    await connect.waitFor(VISIBLE)
    const before = await headerBalance(page)
    await connect.click()
    await card.getByText(/^You did this already/).waitFor(VISIBLE)
    // The other device's completion: its points, once.
    await expect.poll(() => headerBalance(page)).toBe(before + 100)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('activity', () => {
  test('filtered by type from the keyboard; a reload keeps the filter', async () => {
    const page = await openPage('/activity?scenario=default', 'small')
    const list = page.getByRole('list', { name: 'Activity entries' })
    await list.getByRole('listitem').first().waitFor(VISIBLE)
    const type = page.getByRole('combobox', { name: 'Type' })
    await tabTo(page, type, 200)
    await type.selectOption('partner')
    await page.waitForURL((url) => url.searchParams.get('type') === 'partner')
    const partnersOnly = async () => {
      const rows = await list.getByRole('listitem').allInnerTexts()
      return rows.length > 0 && rows.every((row) => row.includes('Partner'))
    }
    await expect.poll(partnersOnly).toBe(true)
    const shown = await list.getByRole('listitem').count()

    await page.reload({ waitUntil: 'load' })
    await list.getByRole('listitem').first().waitFor(VISIBLE)
    expect(await type.inputValue()).toBe('partner')
    await expect.poll(partnersOnly).toBe(true)
    expect(await list.getByRole('listitem').count()).toBe(shown)
    await expectNoAxeViolations(page)
  })

  test('5,000 entries: older ones load by keyboard, then on scroll', async () => {
    const page = await openPage('/activity?scenario=long-history', 'desktop')
    const list = page.getByRole('list', { name: 'Activity entries' })
    const more = page.getByRole('button', { name: 'Show older entries' })
    await more.waitFor(VISIBLE)
    expect(await list.getByRole('listitem').count()).toBe(50)
    await tabTo(page, more, 200)
    // Focusing the button scrolls it into view, which may already load the next page: wait
    // for that page before counting what the press will add to.
    await expect.poll(() => more.getAttribute('aria-busy')).not.toBe('true')
    const shown = await list.getByRole('listitem').count()
    await page.keyboard.press('Enter')
    // Focus lands on the first entry the press loaded.
    await expect
      .poll(() =>
        list
          .getByRole('listitem')
          .nth(shown)
          .evaluate((el) => el === document.activeElement)
          .catch(() => false),
      )
      .toBe(true)
    const loaded = await list.getByRole('listitem').count()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(loaded)
  })
})

describe('real mode', () => {
  const real = useRealMode({
    expectedConsole: /^Failed to load resource: the server responded with a status of 401\b/,
  })

  test('an action completes against the standalone API, once', async () => {
    const { page } = await real.open('/sign-in')
    await real.expectSignInPage(page)
    await real.signIn(page, MAYA)
    await page.waitForURL((url) => url.pathname === '/')
    await page
      .getByRole('banner')
      .getByText(/\d points?$/)
      .waitFor(VISIBLE)
    const before = await headerBalance(page)

    await page.goto(`${real.appUrl}/earn`)
    const card = page.getByRole('article', { name: 'Get the app' })
    await card.getByRole('button', { name: 'Connect the app' }).click()
    await card
      .getByRole('status')
      .getByText(/^Done: 100 points added/)
      .waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before + 100)
    expect((await real.apiView(MAYA, 'none')).available).toBe(before + 100)

    // Opened again: done, with nothing to do twice.
    await page.reload({ waitUntil: 'load' })
    await card.getByText(/^Done on /).waitFor(VISIBLE)
    expect(await card.getByRole('button').count()).toBe(0)
    expect((await real.apiView(MAYA, 'none')).available).toBe(before + 100)
  })
})
