import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, openPage, useBrowser } from './browser'
import { headerBalance, openAffordableReward, openFromMenu, tabTo, VISIBLE } from './flows'

useBrowser()

describe('redeeming (desktop)', () => {
  test('confirm, code, new balance in the header and on the dashboard; axe on each step', async () => {
    const page = await openPage('/?scenario=default')
    await page
      .getByRole('region', { name: 'Your balance' })
      .getByText(/^\d/)
      .first()
      .waitFor(VISIBLE)
    const before = await headerBalance(page)
    const name = await openAffordableReward(page)
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    const confirm = dialog.getByRole('button', { name: /^(Redeem for|Give) / })
    const cost = Number(((await confirm.innerText()).match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''))
    await confirm.click()

    await dialog.getByRole('heading', { name: /It’s yours!|Thank you for giving/ }).waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    await expect.poll(() => headerBalance(page)).toBe(before - cost)

    await dialog.getByRole('link', { name: /View in your wallet|See your receipts/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page.getByRole('article', { name }).first().waitFor(VISIBLE)
    await expectNoAxeViolations(page)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
    const balance = page.getByRole('region', { name: 'Your balance' })
    await expect
      .poll(async () => (await balance.innerText()).replace(/[^\d\n]/g, ''))
      .toContain(String(before - cost))
  })

  test('a double click on confirm makes exactly one redemption', async () => {
    const page = await openPage('/?scenario=default')
    const name = await openAffordableReward(page)
    const before = await headerBalance(page)
    await openFromMenu(page, 'Rewards', 'Your wallet')
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page.getByRole('region', { name: /^Ready to use/ }).waitFor(VISIBLE)
    const copiesBefore = await page.getByRole('article', { name }).count()
    await page.goBack()
    await page.getByRole('heading', { level: 1, name }).waitFor(VISIBLE)

    await page.getByRole('button', { name: /^(Redeem|Donate points)$/ }).click()
    const confirm = page.getByRole('dialog').getByRole('button', { name: /^(Redeem for|Give) / })
    const cost = Number(((await confirm.innerText()).match(/[\d,]+/)?.[0] ?? '').replace(/,/g, ''))
    await confirm.dblclick()
    await page
      .getByRole('dialog')
      .getByRole('heading', { name: /It’s yours!|Thank you for giving/ })
      .waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before - cost)

    await page
      .getByRole('dialog')
      .getByRole('link', { name: /View in your wallet|See your receipts/ })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    // The wallet seen before may show first while its new answer comes in.
    await expect.poll(() => page.getByRole('article', { name }).count()).toBe(copiesBefore + 1)
  })
})

describe('the answer to a redemption breaks after the points were spent (mock mode)', () => {
  test('?fail=redemptions:malformed: no second confirm; the code shows; spent once', async () => {
    const page = await openPage(
      '/rewards/rwd_free_coffee?scenario=default&fail=redemptions:malformed',
    )
    await page.locator('#reward-heading').waitFor(VISIBLE)
    const before = await headerBalance(page)
    await page.getByRole('button', { name: 'Redeem', exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: /^Redeem for / }).click()

    await dialog.getByRole('heading', { name: 'It’s yours!' }).waitFor(VISIBLE)
    expect(await dialog.getByRole('button', { name: /^Redeem for / }).count()).toBe(0)
    const code = (await dialog.locator('code').innerText()).trim()
    await expectNoAxeViolations(page, { modal: true })
    await expect.poll(() => headerBalance(page)).toBe(before - 150)

    await dialog.getByRole('link', { name: 'View in your wallet' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
    await page.getByText(code, { exact: true }).first().waitFor(VISIBLE)
    // One Free Coffee in the member's history (used), and this one.
    expect(await page.getByRole('article', { name: 'Free Coffee' }).count()).toBe(2)
  })
})

describe('redeeming by keyboard alone (mobile)', () => {
  test('from the dashboard to the code and back, without a pointer', async () => {
    const page = await openPage('/?scenario=default', 'mobile')
    const teaserLink = page
      .getByRole('region', { name: 'Rewards you can get now' })
      .getByRole('link')
      .first()
    await teaserLink.waitFor(VISIBLE)

    await tabTo(page, teaserLink)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/rewards\/[^/]+$/)
    const redeem = page.getByRole('button', { name: /^(Redeem|Donate points)$/ })
    await tabTo(page, redeem)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor(VISIBLE)
    const confirm = dialog.getByRole('button', { name: /^(Redeem for|Give) / })
    await tabTo(page, confirm, 10)
    await page.keyboard.press('Enter')
    await dialog.getByRole('heading', { name: /It’s yours!|Thank you for giving/ }).waitFor(VISIBLE)
    const done = dialog.getByRole('button', { name: 'Done' })
    await tabTo(page, done, 10)
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 })
    // Focus goes back to the page: the redeem button, or the reward's heading when the
    // button is now disabled (the member may not afford a second one).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement
          return el && el !== document.body ? el.tagName : null
        }),
      )
      .toMatch(/^(BUTTON|H1)$/)
  })
})

describe('refusals a designer sets from the panel (mock mode)', () => {
  test('?fail=redemptions:price-changed: the new cost is said, and confirming it redeems once', async () => {
    const page = await openPage(
      '/rewards/rwd_free_coffee?scenario=default&fail=redemptions:price-changed',
    )
    await page.locator('#reward-heading').waitFor(VISIBLE)
    const before = await headerBalance(page)
    await page.getByRole('button', { name: 'Redeem', exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Redeem for 150 points' }).click()

    await dialog.getByRole('heading', { name: 'The cost has changed' }).waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    expect(await headerBalance(page)).toBe(before)
    await dialog.getByRole('button', { name: 'Redeem for 200 points' }).click()
    await dialog.getByRole('heading', { name: 'It’s yours!' }).waitFor(VISIBLE)
    await expect.poll(() => headerBalance(page)).toBe(before - 200)
  })

  test('?fail=redemptions:sold-out: it just ran out, nothing spent, other rewards offered', async () => {
    const page = await openPage(
      '/rewards/rwd_free_coffee?scenario=default&fail=redemptions:sold-out',
    )
    await page.locator('#reward-heading').waitFor(VISIBLE)
    const before = await headerBalance(page)
    await page.getByRole('button', { name: 'Redeem', exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Redeem for 150 points' }).click()

    await dialog.getByRole('heading', { name: 'Free Coffee just ran out' }).waitFor(VISIBLE)
    await dialog.getByText('No points were spent.').waitFor(VISIBLE)
    await dialog.getByRole('link', { name: 'See other rewards' }).waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    expect(await headerBalance(page)).toBe(before)
  })
})
