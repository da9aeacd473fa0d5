import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, expectNoHorizontalScroll, openPage, useBrowser } from './browser'
import { VISIBLE } from './flows'

useBrowser()

type AxNode = { nodeId: string; ignored: boolean; name?: { value: string } }

/** Scrolls to the end of the page until at least `count` entries are in the list `name`. */
async function scrollUntil(page: Page, count: number, name = 'Activity entries') {
  const entries = page.getByRole('list', { name }).getByRole('listitem')
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
        return entries.count()
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count)
  return entries
}

describe('a long activity', () => {
  // What a screen reader is given is the browser's accessibility tree, not the DOM: entries far
  // out of view must be in it, words and all, and counted in the list.
  test('every loaded entry, far out of view too, is in the accessibility tree with its words', async () => {
    const page = await openPage('/activity?scenario=long-history', 'desktop')
    await page.getByRole('button', { name: 'Show older entries' }).waitFor(VISIBLE)
    const entries = await scrollUntil(page, 300)
    // Away from the end, so no further page loads, and once a page on its way is in.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
    let loaded = -1
    await expect
      .poll(
        async () => {
          const before = loaded
          loaded = await entries.count()
          return loaded === before
        },
        { interval: 500, timeout: 10_000 },
      )
      .toBe(true)
    const first = entries.first()
    expect(await first.evaluate((row) => row.getBoundingClientRect().bottom < 0)).toBe(true)
    const description = await first.getByRole('paragraph').first().innerText()

    const cdp = await page.context().newCDPSession(page)
    const nodeOf = async (selector: string) => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as {
        root: { nodeId: number }
      }
      const { nodeId } = (await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector,
      })) as { nodeId: number }
      return nodeId
    }
    const query = async (nodeId: number, filter: { role?: string; accessibleName?: string }) =>
      ((await cdp.send('Accessibility.queryAXTree', { nodeId, ...filter })) as { nodes: AxNode[] })
        .nodes
    const list = await nodeOf('[role="list"][aria-label="Activity entries"]')
    const items = (await query(list, { role: 'listitem' })).filter((node) => !node.ignored)
    expect(items).toHaveLength(loaded)
    const firstRow = await nodeOf('[role="list"][aria-label="Activity entries"] [role="listitem"]')
    const words = (await query(firstRow, { accessibleName: description })).filter(
      (node) => !node.ignored,
    )
    expect(words.length).toBeGreaterThan(0)
  })

  test('hundreds of entries at 320 px, right to left: no sideways scroll, no axe violation', async () => {
    const page = await openPage('/activity?scenario=long-history&locale=ar', 'small')
    await page.getByRole('button', { name: 'اعرض الحركات الأقدم' }).waitFor(VISIBLE)
    await scrollUntil(page, 150, 'الحركات')
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

describe('a later page that fails (designer fault)', () => {
  test('?fail=activity:next-page-500: the entries stay, the error says so under them with a retry', async () => {
    const page = await openPage(
      '/activity?scenario=long-history&fail=activity:next-page-500',
      'small',
    )
    const entries = page.getByRole('list', { name: 'Activity entries' }).getByRole('listitem')
    const more = page.getByRole('button', { name: 'Show older entries' })
    await more.waitFor(VISIBLE)
    const shown = await entries.count()
    await more.click()
    await page.getByText('The rewards service is having trouble').waitFor(VISIBLE)
    await page.getByRole('button', { name: 'Try again' }).waitFor(VISIBLE)
    expect(await entries.count()).toBe(shown)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})
