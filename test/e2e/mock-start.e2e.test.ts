import type { Page, Request, Route } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, openPage, useBrowser } from './browser'
import { VISIBLE } from './flows'

useBrowser()

/** The built chunk of the mock API (mocks/browser.ts and its engine: vite.config.ts names it). */
const MOCK_CHUNK = /\/assets\/browser-[\w-]+\.js$/
const isApi = (url: string) => new URL(url).pathname.startsWith('/api/')

/**
 * Watches the page's API requests: `leaked` lists those the server was asked for (a request
 * the mock did not answer in the page or in its service worker).
 */
function watchApi(page: Page) {
  const asked: string[] = []
  const leaked: string[] = []
  const context = page.context()
  context.on('request', (request: Request) => {
    if (!isApi(request.url())) return
    // A request the service worker makes itself is one that goes on to the server.
    if (request.serviceWorker()) leaked.push(request.url())
    else asked.push(request.url())
  })
  context.on('requestfinished', (request: Request) => {
    if (!isApi(request.url()) || request.serviceWorker()) return
    void request.response().then((response) => {
      if (response && !response.fromServiceWorker()) leaked.push(request.url())
    })
  })
  return { asked, leaked }
}

describe('mock mode (what designers share)', () => {
  test('the page is drawn before the mock API’s code arrives, and no API request leaves the page', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    let mockChunkAsked = false
    let api: ReturnType<typeof watchApi> | undefined
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
    expect(api.asked, 'no API request goes out before the mock can answer it').toEqual([])

    release()
    await balance.getByText(/^\d/).first().waitFor(VISIBLE)
    expect(api.asked.length).toBeGreaterThan(0)
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
    // Let the last answers settle before looking at where they came from.
    await page.waitForLoadState('networkidle')
    expect(api.leaked, 'every API request is answered by the mock').toEqual([])
    await expectNoAxeViolations(page)
  })
})
