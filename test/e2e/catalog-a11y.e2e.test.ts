import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, useBrowser } from './browser'
import { VISIBLE } from './flows'

useBrowser()

type AxNode = { nodeId: string; ignored: boolean; role?: { value: string } }

const GRID = '[data-catalog-query]'
const CARDS = `${GRID} article`

/** Scrolls to the end of the page until at least `count` cards are in the grid. */
async function scrollUntil(page: Page, count: number) {
  await expect
    .poll(
      () =>
        page.evaluate((selector) => {
          window.scrollTo(0, document.documentElement.scrollHeight)
          return document.querySelectorAll(selector).length
        }, CARDS),
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count)
  // Halfway back up, out of reach of the next page's loading, until the count holds still.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
  const countCards = () =>
    page.evaluate((selector) => document.querySelectorAll(selector).length, CARDS)
  let previous = -1
  await expect
    .poll(
      async () => {
        const now = await countCards()
        const still = now === previous
        previous = now
        return still
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true)
  await page.locator(`${GRID}[aria-busy="false"]`).waitFor(VISIBLE)
  return countCards()
}

/** Chromium's accessibility tree below the element `selector` matches, as CDP gives it. */
async function accessibleNodes(
  cdp: CDPSession,
  selector: string,
  filter: { role?: string; accessibleName?: string },
) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as {
    root: { nodeId: number }
  }
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as {
    nodeId: number
  }
  const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId, ...filter })) as {
    nodes: AxNode[]
  }
  return nodes.filter((node) => !node.ignored)
}

describe('a large catalog', () => {
  // A screen reader is given the browser's accessibility tree, not the DOM: cards far out of
  // view must be in it with their words (the reward's name as its link and heading).
  test('every loaded card, far out of view too, keeps its words in the accessibility tree', async () => {
    const page = await openPage('/rewards?scenario=large-catalog', 'desktop')
    await page.getByRole('button', { name: 'Show more rewards' }).waitFor(VISIBLE)
    const loaded = await scrollUntil(page, 150)
    const first = page.locator(CARDS).first()
    expect(await first.evaluate((card) => card.getBoundingClientRect().bottom < 0)).toBe(true)
    const name = ((await first.getByRole('heading', { level: 3 }).textContent()) ?? '').trim()
    expect(name).not.toBe('')

    const cdp = await page.context().newCDPSession(page)
    expect(await accessibleNodes(cdp, GRID, { role: 'listitem' })).toHaveLength(loaded)
    const firstCard = CARDS
    const link = await accessibleNodes(cdp, firstCard, { role: 'link', accessibleName: name })
    expect(link).toHaveLength(1)
    const heading = await accessibleNodes(cdp, firstCard, { role: 'heading', accessibleName: name })
    expect(heading).toHaveLength(1)
    // And the card as a whole is named by its reward, as it is on screen.
    const article = await accessibleNodes(cdp, firstCard, { role: 'article', accessibleName: name })
    expect(article).toHaveLength(1)
  })

  test('hundreds of cards at 320 px, right to left: no sideways scroll, no axe violation', async () => {
    const page = await openPage('/rewards?scenario=large-catalog&locale=ar', 'small')
    await page.locator(`${GRID}[aria-busy="false"]`).waitFor(VISIBLE)
    await scrollUntil(page, 100)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})
