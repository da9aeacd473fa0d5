// Every page in one language the portal ships (or the designers' pseudo-locale), at the
// narrowest phone and on a wide screen: nothing scrolls sideways, axe finds nothing, and
// <html lang dir> say what the page is written in. One file per language (every-page-*.e2e),
// so the four run side by side rather than one after another.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { paths } from '../../src/config/paths'
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, VIEWPORTS } from './browser'
import { VISIBLE } from './flows'

/**
 * Each page of the portal: every route in src/config/paths.ts (a new page is checked here the day
 * its path is added), a reward's page, and a page that does not exist.
 */
export const PAGES = [
  ...Object.values(paths).filter((path) => typeof path === 'string'),
  paths.reward('rwd_free_coffee'),
  '/no-such-page',
]

export const LOCALES = [
  { locale: 'en', dir: 'ltr' },
  { locale: 'es', dir: 'ltr' },
  { locale: 'ar', dir: 'rtl' },
  { locale: 'en-XA', dir: 'ltr' },
] as const

/** The page's heading is up and nothing on it is loading any more. */
export async function settled(page: Page) {
  await page.locator('main h1').first().waitFor(VISIBLE)
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0)
}

export const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }))

export type Locale = (typeof LOCALES)[number]

/**
 * Where axe also checks the wide layout: English, and Arabic for its mirrored one. Spanish and
 * the pseudo-locale change the words, not the elements, their roles or their colours: at the
 * widest, what they can break is the layout, which the sideways-scroll check sees.
 */
const AXE_ON_WIDE_SCREENS: readonly string[] = ['en', 'ar']

/** The checks of every page in `wanted`: one test per page. */
export function everyPageIn(wanted: Locale['locale']) {
  const { locale, dir } = LOCALES.find((entry) => entry.locale === wanted) ?? LOCALES[0]
  describe(`every page in ${locale}`, () => {
    // One visit per page: checked at the narrowest phone, then widened to a desktop and checked again.
    test.each(PAGES)('%s at 320 and 1280 px', async (path) => {
      const page = await openPage(`${path}?scenario=default&locale=${locale}`, 'small')
      for (const viewport of ['small', 'desktop'] as const) {
        await page.setViewportSize(VIEWPORTS[viewport])
        await settled(page)
        expect(await htmlLanguage(page)).toEqual({ lang: locale, dir })
        await expectNoHorizontalScroll(page)
        if (viewport === 'small' || AXE_ON_WIDE_SCREENS.includes(locale)) {
          await expectNoAxeViolations(page)
        }
      }
    })
  })
}
