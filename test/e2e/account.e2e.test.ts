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

const QUESTION = 'How likely are you to recommend us to a friend?'

/** The words each page shows once its data is in, per language. */
const languages = {
  en: {
    dir: 'ltr',
    question: QUESTION,
    profile: 'Profile',
    channels: 'How we contact you',
    email: 'E-mail',
  },
  ar: {
    dir: 'rtl',
    question: 'ما مدى احتمال أن توصي بنا لصديق؟',
    profile: 'الملف الشخصي',
    channels: 'كيف نتواصل معك',
    email: 'البريد الإلكتروني',
  },
} as const

type Words = (typeof languages)[keyof typeof languages]

const pages: { name: string; path: string; ready: (page: Page, words: Words) => Promise<void> }[] =
  [
    {
      name: 'dashboard with the question',
      path: '/?scenario=survey-due',
      ready: async (page, words) => {
        await page.getByRole('group', { name: words.question }).waitFor(VISIBLE)
      },
    },
    {
      name: 'profile',
      path: '/profile?scenario=survey-due',
      ready: async (page, words) => {
        await page.getByRole('heading', { level: 1, name: words.profile }).waitFor(VISIBLE)
        await page
          .getByRole('region', { name: words.channels })
          .getByRole('switch', { name: words.email })
          .waitFor(VISIBLE)
      },
    },
  ]

describe.each(Object.keys(languages) as (keyof typeof languages)[])(
  'account pages in %s',
  (locale) => {
    const words = languages[locale]
    describe.each<ViewportName>(['small', 'desktop'])('at %s width', (viewport) => {
      test.each(pages.map((p) => [p.name, p] as const))(
        '%s: in the language and direction, fits, passes axe',
        async (_name, { path, ready }) => {
          const page = await openPage(`${path}&locale=${locale}`, viewport)
          await ready(page, words)
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(words.dir)
          await page.waitForLoadState('networkidle')
          await expectNoHorizontalScroll(page)
          await expectNoAxeViolations(page)
        },
      )
    })
  },
)

describe('the net promoter question', () => {
  test('is answered by keyboard alone, thanked with its points once, and not asked again', async () => {
    const page = await openPage('/?scenario=survey-due', 'desktop')
    const group = page.getByRole('group', { name: QUESTION })
    await group.waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')

    // Into the radio group: Tab lands on its first score; arrows move and choose.
    await tabTo(page, page.getByRole('radio', { name: '0, not at all likely' }))
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('ArrowLeft')
    expect(await page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true)

    // Tab leaves the group for the reason, then the send button.
    await page.keyboard.press('Tab')
    const reason = page.getByRole('textbox', { name: /What is the main reason for your score/ })
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('The staff remember my order')
    await page.getByText('473 of 500 characters left').waitFor(VISIBLE)
    await page.keyboard.press('Tab')
    expect(
      await page
        .getByRole('button', { name: 'Send my answer' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true)
    await page.keyboard.press('Enter')

    const thanks = page.getByRole('heading', { name: 'Thank you for your answer' })
    await thanks.waitFor(VISIBLE)
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.getByText('25 points added to your balance.', { exact: false }).waitFor(VISIBLE)
    await expectNoAxeViolations(page)

    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await thanks.waitFor({ state: 'detached' })

    // Remembered: a reload does not ask again.
    await page.reload({ waitUntil: 'load' })
    await page.getByRole('region', { name: 'Your balance' }).waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('group', { name: QUESTION }).count()).toBe(0)
  })

  test('is dismissed by keyboard and stays dismissed after a reload', async () => {
    const page = await openPage('/?scenario=survey-due', 'small')
    await page.getByRole('group', { name: QUESTION }).waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    await tabTo(page, page.getByRole('button', { name: 'Not now' }))
    await page.keyboard.press('Enter')
    await page.getByRole('group', { name: QUESTION }).waitFor({ state: 'detached' })
    await page.reload({ waitUntil: 'load' })
    await page.getByRole('region', { name: 'Your balance' }).waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('group', { name: QUESTION }).count()).toBe(0)
  })
})

describe('profile preferences', () => {
  test('an opt-in earns once, announced; off and on again earns nothing more', async () => {
    const page = await openPage('/profile?scenario=survey-due', 'small')
    const channels = page.getByRole('region', { name: 'How we contact you' })
    const push = channels.getByRole('switch', { name: 'Push notifications' })
    await push.waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    expect(await push.getAttribute('aria-checked')).toBe('false')

    await tabTo(page, push)
    await page.keyboard.press('Space')
    await channels
      .getByRole('status')
      .filter({ hasText: 'Push notifications is on: 30 points added to your balance.' })
      .waitFor(VISIBLE)
    expect(await push.getAttribute('aria-checked')).toBe('true')

    await push.click()
    await channels.getByText('Push notifications is off.').waitFor(VISIBLE)
    await push.click()
    await channels.getByText('Push notifications is on.', { exact: true }).waitFor(VISIBLE)
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)
  })
})
