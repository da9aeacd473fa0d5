import type { Locator, Page } from 'playwright-core'
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

const catalog = (page: Page) => page.getByRole('region', { name: /^(All|Matching) rewards$/ })
/** The reward names in the catalog grid (each card's heading). */
const cardNames = (page: Page) => catalog(page).getByRole('heading', { level: 3 })

/** Waits until the grid has cards and is not waiting for a new answer. */
async function loadedGrid(page: Page): Promise<Locator> {
  const list = catalog(page).locator('[data-catalog-query][aria-busy="false"]')
  await list.waitFor(VISIBLE)
  await cardNames(page).first().waitFor(VISIBLE)
  return list
}

describe.each<ViewportName>(['mobile', 'desktop'])('reward catalog (%s)', (viewport) => {
  test('shows the rewards and recommendations, and passes axe', async () => {
    const page = await openPage('/rewards?scenario=default', viewport)
    await page.getByRole('heading', { level: 1, name: 'Rewards' }).waitFor(VISIBLE)
    await loadedGrid(page)
    await page.getByRole('region', { name: 'Recommended for you' }).waitFor(VISIBLE)
    expect(await cardNames(page).count()).toBeGreaterThan(1)
    await page.getByRole('button', { name: 'Show more rewards' }).waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
    if (viewport === 'mobile') await expectNoHorizontalScroll(page)
  })
})

describe('finding a reward', () => {
  test('search by name, see it, open it', async () => {
    const page = await openPage('/rewards?scenario=default', 'desktop')
    await loadedGrid(page)
    // A reward from further down the first page, so the search has to bring it up.
    const name = ((await cardNames(page).nth(5).textContent()) ?? '').trim()
    expect(name).not.toBe('')

    const search = page.getByRole('searchbox', { name: 'Search rewards' })
    await search.fill('')
    await search.pressSequentially(name, { delay: 20 })
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(name)
    await expect
      .poll(async () => (await cardNames(page).first().textContent())?.trim(), { timeout: 10_000 })
      .toBe(name)
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.getByRole('heading', { level: 2, name: 'Matching rewards' }).waitFor(VISIBLE)
    await expectNoAxeViolations(page)

    await catalog(page).getByRole('link', { name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name }).waitFor(VISIBLE)
    expect(new URL(page.url()).pathname).toMatch(/^\/rewards\/[^/]+$/)
  })

  test('the filters work by keyboard alone', async () => {
    const page = await openPage('/rewards?scenario=default', 'desktop')
    await loadedGrid(page)
    const before = await cardNames(page).allTextContents()

    const category = page.getByRole('combobox', { name: 'Category' })
    let focused = false
    for (let i = 0; i < 30 && !focused; i += 1) {
      await page.keyboard.press('Tab')
      focused = await category.evaluate((element) => element === document.activeElement)
    }
    expect(focused, 'the category select is reachable with Tab').toBe(true)

    // On a closed select, the arrow keys pick the next option straight away.
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => category.inputValue()).not.toBe('')
    const chosen = await category.inputValue()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('category'), { timeout: 5_000 })
      .toBe(chosen)
    await page.getByRole('heading', { level: 2, name: 'Matching rewards' }).waitFor(VISIBLE)
    await expect
      .poll(async () => {
        await loadedGrid(page)
        return cardNames(page).allTextContents()
      })
      .not.toEqual(before)
    const label = (await category.locator('option:checked').textContent())?.trim() ?? ''
    const cards = await catalog(page).getByRole('article').allTextContents()
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) expect(card).toContain(label)
    expect(await category.evaluate((element) => element === document.activeElement)).toBe(true)

    // The toggle works with the keyboard too, and keeps focus.
    const affordable = page.getByRole('button', { name: 'I can afford it' })
    for (let i = 0; i < 5; i += 1) {
      if (await affordable.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Space')
    await expect.poll(() => affordable.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => new URL(page.url()).searchParams.get('affordable')).toBe('true')
    expect(await affordable.evaluate((element) => element === document.activeElement)).toBe(true)
  })

  test('the dark theme passes axe too', async () => {
    const page = await openPage('/rewards?scenario=default', 'desktop', { colorScheme: 'dark' })
    await loadedGrid(page)
    await page.getByRole('region', { name: 'Recommended for you' }).waitFor(VISIBLE)
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
  })
})
