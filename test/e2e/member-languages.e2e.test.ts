import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPage,
  useBrowser,
  type ViewportName,
} from './browser'
import { VISIBLE } from './flows'

useBrowser()

/** The words each page shows once its data is in, per language. */
const languages = {
  es: {
    dir: 'ltr',
    balance: 'Tu saldo',
    tier: 'Tu nivel',
    rewards: 'Recompensas que puedes conseguir ya',
    wallet: 'Tu cartera',
    ready: /^Listos para usar/,
    signIn: 'Iniciar sesión',
    see: /^Ver /,
  },
  ar: {
    dir: 'rtl',
    balance: 'رصيدك',
    tier: 'مستواك',
    rewards: 'مكافآت يمكنك الحصول عليها الآن',
    wallet: 'محفظتك',
    ready: /^جاهزة للاستخدام/,
    signIn: 'تسجيل الدخول',
    see: /^اعرض /,
  },
} as const

type Language = keyof typeof languages
type Words = (typeof languages)[Language]

/** Western or Arabic-Indic digits, whichever the locale's numbering uses. */
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/

const pages: { name: string; path: string; ready: (page: Page, words: Words) => Promise<void> }[] =
  [
    {
      name: 'dashboard',
      path: '/?scenario=default',
      ready: async (page, words) => {
        await page
          .getByRole('region', { name: words.balance })
          .getByText(DIGIT)
          .first()
          .waitFor(VISIBLE)
        await page
          .getByRole('region', { name: words.tier })
          .getByRole('progressbar')
          .waitFor(VISIBLE)
        await page
          .getByRole('region', { name: words.rewards })
          .getByRole('link')
          .first()
          .waitFor(VISIBLE)
      },
    },
    {
      name: 'wallet',
      path: '/wallet?scenario=default',
      ready: async (page, words) => {
        await page.getByRole('heading', { level: 1, name: words.wallet }).waitFor(VISIBLE)
        await page.getByRole('region', { name: words.ready }).waitFor(VISIBLE)
      },
    },
    {
      name: 'sign-in',
      path: '/sign-in?scenario=default',
      ready: async (page, words) => {
        await page.getByRole('heading', { level: 1, name: words.signIn }).waitFor(VISIBLE)
      },
    },
  ]

/** Right to left, overflow goes past the left edge: nothing may start before it either. */
async function expectNothingPastTheLeftEdge(page: Page) {
  const past = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().left < -1)
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()}> "${element.textContent?.trim().slice(0, 40) ?? ''}"`,
      ),
  )
  expect(past, 'elements starting past the left edge').toEqual([])
}

describe.each(Object.keys(languages) as Language[])('member pages in %s', (locale) => {
  const words = languages[locale]

  describe.each<ViewportName>(['small', 'desktop'])('at %s width', (viewport) => {
    test.each(pages.map((p) => [p.name, p] as const))(
      '%s: in the language and direction, fits, passes axe',
      async (_name, { path, ready }) => {
        const page = await openPage(`${path}&locale=${locale}`, viewport)
        await ready(page, words)
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(words.dir)
        await page.waitForLoadState('networkidle')
        await expectNoHorizontalScroll(page)
        await expectNothingPastTheLeftEdge(page)
        await expectNoAxeViolations(page)
      },
    )
  })

  test('the tier bar fills from the start edge', async () => {
    const page = await openPage(`/?scenario=default&locale=${locale}`, 'desktop')
    const bar = page.getByRole('region', { name: words.tier }).getByRole('progressbar')
    await bar.waitFor(VISIBLE)
    const edges = await bar.evaluate((track) => {
      const fill = track.firstElementChild
      if (!fill) throw new Error('the progress bar has no fill')
      const outer = track.getBoundingClientRect()
      const inner = fill.getBoundingClientRect()
      return { left: inner.left - outer.left, right: outer.right - inner.right }
    })
    // Part way there: one edge flush with the track, the other short of it.
    const [start, end] = words.dir === 'rtl' ? [edges.right, edges.left] : [edges.left, edges.right]
    expect(Math.abs(start)).toBeLessThanOrEqual(1)
    expect(end).toBeGreaterThan(1)
  })

  test('a nudge’s arrow points the way the line reads', async () => {
    const page = await openPage(`/?scenario=near-reward&locale=${locale}`, 'desktop')
    const link = page.getByRole('link', { name: words.see }).first()
    await link.waitFor(VISIBLE)
    // Arrow drawn pointing right: mirrored (scaled by -1 across) right to left only.
    const mirrored = await link.locator('svg').evaluate((arrow) => {
      const style = getComputedStyle(arrow)
      const scale = style.scale.split(' ')[0]
      const matrix = /^matrix\(([-\d.]+)/.exec(style.transform)?.[1]
      return Number(scale === 'none' || !scale ? 1 : scale) * Number(matrix ?? 1) < 0
    })
    expect(mirrored).toBe(words.dir === 'rtl')
  })
})
