// Points are never spent twice, in real mode: the standalone loyalty API behind a proxy that
// lets it commit a redemption and then breaks the answer (the connection drops, a gateway's
// 502 page, JSON cut off, a 200 outside the contract), two tabs confirming at once, and a
// sign-out before the outcome is known. Every trial checks the API's own wallet and balance.
import type { Locator, Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { BREAKS, type Break } from './breaking-proxy'
import { expectNoAxeViolations } from './browser'
import { headerBalance, openFromMenu, VISIBLE } from './flows'
import { ELEANOR, MAYA, OUTCOME, PRIYA, openConfirm, useRealMode } from './real-mode-harness'

// A broken or refused request is logged by Chromium as a failed resource: that is the point
// here. Any other console error or uncaught error fails the test.
const real = useRealMode({
  expectedConsole: /^Failed to load resource: /,
  proxy: true,
  // Long enough for a second tab's confirm to arrive while the first is being processed.
  processingMs: 300,
})
const { open, signIn, apiView, expectSignInPage } = real

// 60 points, no limit per member, no stock: every trial can redeem it again.
const REWARD = 'rwd_extra_shot'
const UNCONFIRMED = 'We couldn’t confirm your redemption yet'
/** What the wallet says of an attempt it checked and found made. */
const CODE_IN_WALLET = /went through\. Your code is (\S+)\./

/** Waits for the dialog's outcome and returns the code it shows. */
async function outcomeCode(dialog: Locator) {
  await dialog.getByRole('heading', { name: OUTCOME }).waitFor(VISIBLE)
  return (await dialog.locator('code').innerText()).trim()
}

async function signedInAt(page: Page, member: typeof PRIYA, pathname: string) {
  await signIn(page, member)
  await page.waitForURL((url) => url.pathname === '/')
  await page.goto(`${real.appUrl}${pathname}`)
  await page.locator('#reward-heading').waitFor(VISIBLE)
}

async function goToWallet(page: Page) {
  await openFromMenu(page, 'Rewards', 'Your wallet')
  await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
}

type Recovery = 'automatic' | 'check again' | 'reload' | 'back'
const RECOVERIES: readonly Recovery[] = ['automatic', 'check again', 'reload', 'back']
const trials: { how: Break; recovery: Recovery; redeemed: number; spent: number }[] = []

describe('the API committed, then the answer broke', () => {
  test.each(BREAKS.flatMap((how) => RECOVERIES.map((recovery) => ({ how, recovery }))))(
    '$how, then $recovery: one spend, and the code reaches the wallet',
    async ({ how, recovery }) => {
      // The first trial of each way on also checks its screens with axe.
      const checkAxe = how === BREAKS[0]
      real.proxy.restore()
      const before = await apiView(PRIYA, REWARD)
      const { page } = await open('/sign-in')
      await signedInAt(page, PRIYA, `/rewards/${REWARD}`)
      const { dialog, confirm, cost } = await openConfirm(page)

      real.proxy.breakNextRedemption(how, { thenCutOff: recovery !== 'automatic' })
      await confirm.click()
      await real.proxy.broken()

      let code: string
      if (recovery === 'automatic') {
        // Checked again by itself: a replay with the key, or the wallet lookup by it.
        code = await outcomeCode(dialog)
      } else if (recovery === 'check again') {
        await dialog.getByRole('heading', { name: UNCONFIRMED }).waitFor(VISIBLE)
        if (checkAxe) await expectNoAxeViolations(page, { modal: true })
        real.proxy.restore()
        await dialog.getByRole('button', { name: 'Check again' }).click()
        code = await outcomeCode(dialog)
      } else if (recovery === 'reload') {
        await dialog
          .getByRole('heading', { name: /Checking your redemption…|We couldn’t confirm/ })
          .waitFor(VISIBLE)
        if (checkAxe) await expectNoAxeViolations(page, { modal: true })
        real.proxy.restore()
        await page.reload()
        await page.getByText('Your earlier redemption hasn’t been confirmed yet').waitFor(VISIBLE)
        expect(await page.getByRole('button', { name: 'Redeem', exact: true }).isDisabled()).toBe(
          true,
        )
        if (checkAxe) await expectNoAxeViolations(page)
        await page.getByRole('button', { name: 'Check now' }).click()
        code = await outcomeCode(page.getByRole('dialog'))
      } else {
        await dialog.getByRole('heading', { name: UNCONFIRMED }).waitFor(VISIBLE)
        await dialog.getByRole('button', { name: 'Close' }).click()
        real.proxy.restore()
        await page.goBack()
        await page.waitForURL((url) => url.pathname === '/')
        await goToWallet(page)
        // The wallet checks the attempt as it opens and says how it ended.
        const status = page
          .getByRole('region', { name: 'A redemption that wasn’t confirmed' })
          .getByRole('status')
        await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(CODE_IN_WALLET)
        if (checkAxe) await expectNoAxeViolations(page)
        code = CODE_IN_WALLET.exec(await status.innerText())?.[1] ?? 'no code'
      }

      if (recovery !== 'back') {
        await page.getByRole('dialog').getByRole('link', { name: 'View in your wallet' }).click()
        await page.getByRole('heading', { level: 1, name: 'Your wallet' }).waitFor(VISIBLE)
      }
      await page.getByText(code, { exact: true }).first().waitFor(VISIBLE)

      const after = await apiView(PRIYA, REWARD)
      trials.push({
        how,
        recovery,
        redeemed: after.redeemed - before.redeemed,
        spent: before.available - after.available,
      })
      expect(after.codes).toContain(code)
      expect(after.redeemed - before.redeemed).toBe(1)
      expect(before.available - after.available).toBe(cost)
    },
    60_000,
  )

  afterAll(() => {
    const twice = trials.filter((trial) => trial.redeemed > 1)
    console.log(
      `[redeem-safety] ${String(trials.length)} broken-answer trials in real mode; ${String(twice.length)} spent twice`,
    )
  })
})

describe('two tabs, one intent', () => {
  test('two pages confirm the same reward at once: one spend, the same code in both, balances follow', async () => {
    const context = await real.newContext()
    const first = await open('/sign-in', 'desktop', context)
    await signedInAt(first.page, ELEANOR, `/rewards/${REWARD}`)
    const second = await open(`/rewards/${REWARD}`, 'desktop', context)
    const dashboard = await open('/', 'desktop', context)
    await second.page.locator('#reward-heading').waitFor(VISIBLE)
    await dashboard.page.getByRole('region', { name: 'Your balance' }).waitFor(VISIBLE)
    const before = await apiView(ELEANOR, REWARD)
    expect(await headerBalance(dashboard.page)).toBe(before.available)

    const a = await openConfirm(first.page)
    const b = await openConfirm(second.page)
    // Both members click at the same instant, before either tab can hear of the other.
    const at = Date.now() + 300
    await Promise.all(
      [a, b].map(({ confirm }) =>
        confirm.evaluate((button, when) => {
          setTimeout(
            () => button.dispatchEvent(new MouseEvent('click', { bubbles: true })),
            when - Date.now(),
          )
        }, at),
      ),
    )
    const codes = await Promise.all([outcomeCode(a.dialog), outcomeCode(b.dialog)])
    expect(codes[0]).toBe(codes[1])

    const after = await apiView(ELEANOR, REWARD)
    expect(after.redeemed - before.redeemed).toBe(1)
    expect(after.available).toBe(before.available - a.cost)
    expect(after.codes).toContain(codes[0])
    for (const { page } of [first, second, dashboard]) {
      await expect.poll(() => headerBalance(page)).toBe(after.available)
    }
  })
})

describe('signing out before the outcome is known', () => {
  test('warned; signed out anyway (other tabs too); signed back in, the wallet shows the code; one spend', async () => {
    const context = await real.newContext()
    const { page } = await open('/sign-in', 'desktop', context)
    await signedInAt(page, MAYA, `/rewards/${REWARD}`)
    const other = await open('/', 'desktop', context)
    const before = await apiView(MAYA, REWARD)

    const { dialog, confirm } = await openConfirm(page)
    real.proxy.breakNextRedemption('drop', { thenCutOff: true })
    await confirm.click()
    await dialog.getByRole('heading', { name: UNCONFIRMED }).waitFor(VISIBLE)
    await dialog.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('button', { name: 'Account' }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    const warning = page.getByRole('dialog', {
      name: 'A redemption of Free Extra Shot hasn’t been confirmed yet',
    })
    await warning.waitFor(VISIBLE)
    await expectNoAxeViolations(page, { modal: true })
    await warning.getByRole('button', { name: 'Sign out anyway' }).click()
    await expectSignInPage(page)
    // The member's other tab is signed out as well.
    await expectSignInPage(other.page)
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('rewards:')),
    )
    expect(kept).toEqual([
      expect.stringMatching(/^rewards:redemption-attempt:[^:]+:rwd_extra_shot$/),
    ])

    real.proxy.restore()
    await signIn(page, MAYA)
    await page.waitForURL((url) => url.pathname === '/wallet')
    const status = page
      .getByRole('region', { name: 'A redemption that wasn’t confirmed' })
      .getByRole('status')
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(CODE_IN_WALLET)
    await expectNoAxeViolations(page)
    const code = CODE_IN_WALLET.exec(await status.innerText())?.[1] ?? 'no code'
    await page.getByText(code, { exact: true }).first().waitFor(VISIBLE)

    const after = await apiView(MAYA, REWARD)
    expect(after.redeemed - before.redeemed).toBe(1)
    expect(after.codes).toContain(code)
  })
})
