import type { Page, Request, Route } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, openPage, useBrowser } from './browser'
import { VISIBLE } from './flows'

useBrowser()

/** The built chunk of the mock API (mocks/browser.ts and its engine: vite.config.ts names it). */
const MOCK_CHUNK = /\/assets\/browser-[\w-]+\.js$/
const isApi = (url: string) => new URL(url).pathname.startsWith('/api/')

/** The API requests the browser sends (the mock answers in the page: there should be none). */
function watchApi(page: Page) {
  const sent: string[] = []
  page.context().on('request', (request: Request) => {
    if (isApi(request.url())) sent.push(request.url())
  })
  return sent
}

describe('mock mode (what designers share)', () => {
  test('the page is drawn before the mock API’s code arrives, and no API request leaves the page', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    let mockChunkAsked = false
    let api: string[] | undefined
    const page = await openPage('/?scenario=default', 'mobile', {
      beforeOpen: async (opening) => {
        api = watchApi(opening)
        await opening.route(MOCK_CHUNK, async (route: Route) => {
          mockChunkAsked = true
          await held
          await route.continue()
        })
      },
    })
    if (!api) throw new Error('the API requests were not watched')

    // The shell and the dashboard's placeholders are on the screen while the mock's code waits.
    await page.getByRole('banner').waitFor(VISIBLE)
    const balance = page.getByRole('region', { name: 'Your balance' })
    await balance.waitFor(VISIBLE)
    await expect
      .poll(() => mockChunkAsked, { message: 'the mock API’s code was asked for' })
      .toBe(true)
    expect(await balance.getAttribute('aria-busy')).toBe('true')
    expect(await page.getByRole('alert').count(), 'no error shows while the mock starts').toBe(0)

    release()
    await balance.getByText(/^\d/).first().waitFor(VISIBLE)
    // The browser's own timings: the mock's code was asked for after the first paint.
    const timings = await page.evaluate((chunk) => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      const code = performance
        .getEntriesByType('resource')
        .find((entry) => new RegExp(chunk).test(entry.name))
      return { paint: paint?.startTime, code: code?.startTime }
    }, MOCK_CHUNK.source)
    expect(timings.paint).toBeDefined()
    expect(timings.code).toBeGreaterThanOrEqual(timings.paint ?? Infinity)
    // Every answer on the screen came from the mock, in the page.
    await page.waitForLoadState('networkidle')
    expect(api, 'no API request leaves the page').toEqual([])
    await expectNoAxeViolations(page)
  })
})
