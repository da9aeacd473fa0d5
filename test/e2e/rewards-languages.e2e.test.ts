import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, useBrowser } from './browser'
import { tabTo, VISIBLE } from './flows'

useBrowser()

// The whole redeem flow on the narrowest phone, by keyboard alone, in Spanish and in Arabic:
// catalog, reward, confirm, code. Free Coffee (150 points) is one the default member can get.
const REWARD_ID = 'rwd_free_coffee'

const LANGUAGES = [
  {
    locale: 'es',
    dir: 'ltr',
    catalog: 'Recompensas',
    allRewards: 'Todas las recompensas',
    backLink: 'Todas las recompensas',
    redeem: 'Canjear',
    confirm: /^Canjear por /,
    cancel: 'Cancelar',
    done: 'Listo',
    outcome: '¡Ya es tuya!',
    spent: /^Has gastado .+\. Tu nuevo saldo es de .+\.$/,
  },
  {
    locale: 'ar',
    dir: 'rtl',
    catalog: 'المكافآت',
    allRewards: 'كل المكافآت',
    backLink: 'كل المكافآت',
    redeem: 'استبدال',
    confirm: /^استبدال مقابل /,
    cancel: 'إلغاء',
    done: 'تم',
    outcome: 'أصبحت لك!',
    spent: /^تم خصم .+\. رصيدك الجديد .+\.$/,
  },
] as const

/** What every step must hold: the language's direction, no sideways scroll, axe clean. */
async function expectStepIsSound(page: Page, dir: string, options: { modal?: boolean } = {}) {
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir)
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page, options)
}

describe.each(LANGUAGES)('redeeming in $locale at 320 px, by keyboard alone', (language) => {
  test('catalog, reward, confirm, code, done', async () => {
    const page = await openPage(`/rewards?scenario=default&locale=${language.locale}`, 'small')
    await page.getByRole('heading', { level: 1, name: language.catalog }).waitFor(VISIBLE)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.locale)
    const catalog = page.getByRole('region', { name: language.allRewards })
    const link = catalog.locator(`a[href="/rewards/${REWARD_ID}"]`)
    await link.waitFor(VISIBLE)
    await expectStepIsSound(page, language.dir)

    await tabTo(page, link)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/rewards/${REWARD_ID}(\\?|$)`))
    await page.locator('#reward-heading').waitFor(VISIBLE)
    await page.getByRole('link', { name: language.backLink }).waitFor(VISIBLE)
    await expectStepIsSound(page, language.dir)

    await tabTo(page, page.getByRole('button', { name: language.redeem, exact: true }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor(VISIBLE)
    await dialog.getByRole('button', { name: language.cancel }).waitFor(VISIBLE)
    await expectStepIsSound(page, language.dir, { modal: true })

    await tabTo(page, dialog.getByRole('button', { name: language.confirm }), 10)
    await page.keyboard.press('Enter')
    await dialog.getByRole('heading', { name: language.outcome }).waitFor(VISIBLE)
    await expect.poll(() => dialog.getByRole('status').first().innerText()).toMatch(language.spent)
    expect((await dialog.locator('code').innerText()).trim()).not.toBe('')
    await expectStepIsSound(page, language.dir, { modal: true })

    await tabTo(page, dialog.getByRole('button', { name: language.done }), 10)
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 })
    // Back on the page, with the keyboard on the redeem button or the reward's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName ?? null))
      .toMatch(/^(BUTTON|H1)$/)
    await expectStepIsSound(page, language.dir)
  })
})
