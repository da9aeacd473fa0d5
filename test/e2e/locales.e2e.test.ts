// Right to left beyond what axe sees, and the member's own choice of language in the footer:
// it switches the page, is kept after a reload, and the API is asked for its words in that
// language. Every page in every language is checked by the every-page-*.e2e files.
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, useBrowser } from './browser'
import { htmlLanguage, settled } from './every-page'
import { VISIBLE } from './flows'

useBrowser()

describe('right to left', () => {
  test('Arabic: the bar fills from the right, arrows point left, menus open from the start edge', async () => {
    const page = await openPage('/?scenario=near-reward&locale=ar', 'desktop')
    await settled(page)
    const bar = page.getByRole('progressbar').first()
    await bar.waitFor(VISIBLE)
    const fill = await bar.evaluate((element) => {
      const outer = element.getBoundingClientRect()
      const inner = element.firstElementChild?.getBoundingClientRect()
      return { outerRight: outer.right, innerRight: inner?.right, innerWidth: inner?.width }
    })
    expect(fill.innerWidth).toBeGreaterThan(0)
    expect(Math.abs((fill.innerRight ?? 0) - fill.outerRight)).toBeLessThan(1)

    // The account menu lines up with its button's end edge: on the left in Arabic.
    const account = page.getByRole('button', { name: 'الحساب' })
    await account.click()
    const panel = page.locator(`#${(await account.getAttribute('aria-controls')) ?? ''}`)
    await panel.waitFor(VISIBLE)
    const [button, menu] = await Promise.all([account.boundingBox(), panel.boundingBox()])
    expect(Math.abs((menu?.x ?? -1) - (button?.x ?? -2))).toBeLessThan(1)
    await expectNoHorizontalScroll(page)
  })

  test('Arabic on a phone: the bottom bar starts on the right, the More sheet fits', async () => {
    const page = await openPage('/?scenario=default&locale=ar', 'small')
    await settled(page)
    const tabs = page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('listitem')
    const first = await tabs.first().boundingBox()
    const last = await tabs.last().boundingBox()
    expect(first?.x ?? 0).toBeGreaterThan(last?.x ?? 0)
    await tabs.last().getByRole('button').click()
    const sheet = page.getByRole('dialog')
    await sheet.waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page, { modal: true })
  })
})

describe('the member’s language', () => {
  test('picked in the footer, it switches the page, stays after a reload and goes to the API', async () => {
    // The tier's name is the API's word (the mock answers in the request's Accept-Language).
    const tierName = (name: string) => page.getByText(name, { exact: true }).first()
    const page = await openPage('/?scenario=default', 'desktop')
    await settled(page)
    expect(await htmlLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' })
    await tierName('Silver').waitFor(VISIBLE)

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
    const nav = page.getByRole('navigation', { name: 'Principal' })
    await nav.getByRole('link', { name: 'Inicio' }).waitFor(VISIBLE)
    expect(await htmlLanguage(page)).toEqual({ lang: 'es', dir: 'ltr' })
    // Changing language asks the API again, in the new language.
    await tierName('Plata').waitFor(VISIBLE)

    await page.reload({ waitUntil: 'load' })
    await settled(page)
    await nav.getByRole('link', { name: 'Inicio' }).waitFor(VISIBLE)
    expect(await htmlLanguage(page)).toEqual({ lang: 'es', dir: 'ltr' })
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es')
    await tierName('Plata').waitFor(VISIBLE)

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('ar')
    await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).first().waitFor(VISIBLE)
    expect(await htmlLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    await tierName('الفضي').waitFor(VISIBLE)
    expect(await tierName('Silver').count()).toBe(0)
  })
})

describe('before the portal can start', () => {
  test('a settings file with a mistake: said in the member’s language, the mistake in English', async () => {
    // A first visit keeps Arabic on the device; then the site's config.json goes wrong.
    const page = await openPage('/sign-in?scenario=default&locale=ar', 'small')
    await settled(page)
    const broken = { mock: true, apiBaseUrl: '/api/v1', locales: ['en', 'fr'] }
    await page
      .context()
      .route('**/config.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
      )
    await page.reload({ waitUntil: 'load' })
    await page
      .getByRole('heading', { level: 1, name: 'تعذّر تشغيل بوابة المكافآت' })
      .waitFor(VISIBLE)
    expect(await htmlLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    await page
      .getByRole('alert')
      .getByText(/إعداداتها على خطأ/)
      .waitFor(VISIBLE)
    expect(await page.getByText(/invalid "locales\.1"/).getAttribute('lang')).toBe('en')
    await page.getByRole('button', { name: 'إعادة التحميل' }).waitFor(VISIBLE)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})
