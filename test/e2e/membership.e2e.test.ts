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

/** The VIP pages in every state a member meets, in en and ar, with what shows each is ready. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/membership?scenario=default',
    ready: (page) => page.getByRole('button', { name: 'Join VIP' }).waitFor(VISIBLE),
  },
  {
    path: '/membership?scenario=default&locale=ar',
    ready: (page) => page.getByRole('button', { name: 'الانضمام إلى VIP' }).waitFor(VISIBLE),
  },
  {
    path: '/membership?scenario=vip-member',
    ready: (page) => page.getByRole('button', { name: 'Cancel VIP membership' }).waitFor(VISIBLE),
  },
  {
    path: '/membership?scenario=vip-member&locale=ar',
    ready: (page) => page.getByRole('button', { name: 'إلغاء عضوية VIP' }).waitFor(VISIBLE),
  },
  {
    path: '/membership/return?outcome=success&session=chk_demo&scenario=vip-member',
    ready: (page) => page.getByRole('heading', { name: 'You’re a VIP member' }).waitFor(VISIBLE),
  },
  {
    path: '/membership/return?outcome=success&session=chk_demo&scenario=vip-member&locale=ar',
    ready: (page) => page.getByRole('heading', { name: 'أنت عضو VIP' }).waitFor(VISIBLE),
  },
  {
    path: '/membership/return?outcome=cancelled&session=chk_demo&scenario=default',
    ready: (page) => page.getByRole('heading', { name: 'Nothing was charged' }).waitFor(VISIBLE),
  },
  {
    path: '/membership/return?outcome=failed&session=chk_demo&scenario=default&locale=ar',
    ready: (page) => page.getByRole('heading', { name: 'لم يُخصم أي مبلغ' }).waitFor(VISIBLE),
  },
]

describe.each<ViewportName>(['small', 'desktop'])('VIP pages fit and pass axe (%s)', (viewport) => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, { path, ready }) => {
    const page = await openPage(path, viewport)
    await ready(page)
    if (path.includes('locale=ar')) {
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    }
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('a payment the provider confirms late', () => {
  test('the return page and the membership page say it is being confirmed, nothing to pay twice', async () => {
    const page = await openPage('/membership?scenario=default&checkout=late', 'small')
    const join = page.getByRole('button', { name: 'Join VIP' })
    await join.waitFor(VISIBLE)
    await join.click()
    await page.waitForURL(/\/membership\/return\?outcome=success&session=chk_/)
    const confirming = page.getByRole('heading', { name: 'We’re confirming your payment' })
    await confirming.waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'See your VIP membership' }).click()
    await page.getByRole('heading', { name: 'Your payment is being confirmed' }).waitFor(VISIBLE)
    expect(await page.getByRole('button', { name: 'Join VIP' }).count()).toBe(0)
    await expectNoAxeViolations(page)
  })
})

describe('VIP membership, by keyboard alone', () => {
  test('join monthly: hand-off to the checkout, back on the return page, VIP; then cancel', async () => {
    const page = await openPage('/membership?scenario=default', 'small')
    const join = page.getByRole('button', { name: 'Join VIP' })
    await join.waitFor(VISIBLE)
    // The radio group: Tab reaches the chosen plan, an arrow picks the other.
    const yearly = page.getByRole('radio', { name: /^Yearly/ })
    expect(await yearly.isChecked()).toBe(true)
    await tabTo(page, yearly)
    await page.keyboard.press('ArrowUp')
    expect(await page.getByRole('radio', { name: /^Monthly/ }).isChecked()).toBe(true)
    await tabTo(page, join)
    await page.keyboard.press('Enter')

    // Mock mode: the provider's checkout is the portal's own return page, with the outcome.
    await page.waitForURL(/\/membership\/return\?outcome=success&session=chk_/)
    await page.getByRole('heading', { level: 1, name: 'Welcome to VIP' }).waitFor(VISIBLE)
    const welcome = page.getByRole('region', { name: 'You’re a VIP member' })
    await welcome.getByText(/Your monthly plan renews on/).waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)

    const status = page.getByRole('link', { name: 'See your VIP membership' })
    await tabTo(page, status)
    await page.keyboard.press('Enter')
    const card = page.getByRole('region', { name: 'Your VIP membership' })
    await card.getByRole('heading', { name: 'You’re a VIP member' }).waitFor(VISIBLE)
    await card.getByText('Monthly', { exact: true }).waitFor(VISIBLE)

    const cancel = card.getByRole('button', { name: 'Cancel VIP membership' })
    await tabTo(page, cancel)
    await page.keyboard.press('Enter')
    // The question has focus; the confirm step says the day benefits end.
    const question = card.getByText('Cancel your VIP membership?')
    expect(await question.evaluate((el) => el === document.activeElement)).toBe(true)
    await card.getByText(/Your VIP benefits last until .+, the end of the period/).waitFor(VISIBLE)
    await expectNoAxeViolations(page)
    await tabTo(page, card.getByRole('button', { name: 'Yes, cancel VIP' }))
    await page.keyboard.press('Enter')
    const cancelled = card.getByRole('heading', { name: 'Your VIP membership is cancelled' })
    await cancelled.waitFor(VISIBLE)
    expect(await cancelled.evaluate((el) => el === document.activeElement)).toBe(true)
    await card.getByText(/days? of VIP benefits left/).waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)

    // A reload keeps it: the mock API's journal.
    await page.reload()
    await cancelled.waitFor(VISIBLE)
  })

  test('the designer’s failed checkout: the return page says so and the member is not VIP', async () => {
    const page = await openPage('/membership?scenario=default&checkout=failed', 'desktop')
    const join = page.getByRole('button', { name: 'Join VIP' })
    await join.waitFor(VISIBLE)
    await tabTo(page, join)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/membership\/return\?outcome=failed&session=chk_/)
    await page
      .getByRole('heading', { level: 1, name: 'Your payment didn’t go through' })
      .waitFor(VISIBLE)
    await tabTo(page, page.getByRole('link', { name: 'Try again' }))
    await page.keyboard.press('Enter')
    await join.waitFor(VISIBLE)
  })

  test('a checkout left at the provider: nothing charged, Try again leads back to the plans', async () => {
    const page = await openPage(
      '/membership/return?outcome=cancelled&session=chk_demo&scenario=default',
      'desktop',
    )
    await page.getByRole('heading', { level: 1, name: 'Checkout cancelled' }).waitFor(VISIBLE)
    await tabTo(page, page.getByRole('link', { name: 'Try again' }))
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Join VIP' }).waitFor(VISIBLE)
    expect(new URL(page.url()).pathname).toBe('/membership')
  })
})
