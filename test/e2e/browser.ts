// Helpers for the browser tests: one chromium per test file, a fresh context per page, and every
// console error or uncaught page error fails the test that opened the page.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { launchChromium, VIEWPORTS, type ViewportName } from './harness'

export { VIEWPORTS, type ViewportName }

interface OpenSession {
  context: BrowserContext
  errors: string[]
}

let browser: Browser | undefined
const sessions: OpenSession[] = []

/** Call once at the top of a test file: launches chromium for the file and checks each test's pages. */
export function useBrowser() {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterEach(async () => {
    const finished = sessions.splice(0)
    await Promise.all(finished.map((session) => session.context.close()))
    const errors = finished.flatMap((session) => session.errors)
    if (errors.length > 0) {
      throw new Error(`The page logged ${String(errors.length)} error(s):\n${errors.join('\n')}`)
    }
  })
  afterAll(async () => {
    await browser?.close()
    browser = undefined
  })
}

/**
 * Opens `path` (e.g. `/?scenario=default`) of the previewed build in a new context.
 * `expectedErrors`: console errors the test provokes on purpose (a fault it injects), which
 * then do not fail it; any other error still does.
 */
export async function openPage(
  path: string,
  viewport: ViewportName = 'desktop',
  options: {
    colorScheme?: 'light' | 'dark'
    expectedErrors?: readonly RegExp[]
    /** Runs before the page is opened: to route or watch its requests from the very first. */
    beforeOpen?: (page: Page) => Promise<void>
  } = {},
): Promise<Page> {
  if (!browser) throw new Error('Call useBrowser() at the top of the test file first.')
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    // No animation mid-way when axe measures contrast (the app honours reduced motion).
    reducedMotion: 'reduce',
  })
  const session: OpenSession = { context, errors: [] }
  sessions.push(session)
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    if (options.expectedErrors?.some((pattern) => pattern.test(message.text()))) return
    const { url, lineNumber } = message.location()
    session.errors.push(
      `console.error: ${message.text()}${url ? ` (${url}:${String(lineNumber)})` : ''}`,
    )
  })
  page.on('pageerror', (error) => {
    session.errors.push(`uncaught: ${error.stack ?? error.message}`)
  })
  await options.beforeOpen?.(page)
  await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'load' })
  return page
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

interface Violation {
  id: string
  impact: string
  help: string
  helpUrl: string
  targets: string[]
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now. With a modal
 * dialog open, pass `{ modal: true }`: the page behind it is inert by design, so the
 * best-practice "page has a level-one heading" cannot hold and is not checked.
 */
export async function expectNoAxeViolations(page: Page, options: { modal?: boolean } = {}) {
  // A page still loading its data shows skeletons where its heading will be: check the page
  // once its level-one heading is in, not the moment a test's own element appeared.
  if (!options.modal) await page.getByRole('heading', { level: 1 }).first().waitFor()
  // Once per document: a second check of the same page reuses it (it is half a megabyte).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const disabled = options.modal ? ['page-has-heading-one'] : []
  const violations = await page.evaluate(
    async ({ tags, disabled }): Promise<Violation[]> => {
      const { axe } = window as unknown as {
        axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> }
      }
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      })
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
    },
    { tags: AXE_TAGS, disabled },
  )
  if (violations.length === 0) return
  const report = violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n` +
        violation.targets.map((target) => `    at ${target}`).join('\n'),
    )
    .join('\n')
  throw new Error(
    `axe found ${String(violations.length)} violation(s) on ${page.url()}:\n${report}`,
  )
}

/** WCAG 1.4.10 (reflow): the page must not scroll sideways at its viewport width. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => {
        const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40)
        return `<${element.tagName.toLowerCase()}> "${label ?? ''}" ends at ${String(Math.round(element.getBoundingClientRect().right))} px`
      })
    return { scrollWidth: document.documentElement.scrollWidth, width, tooWide }
  })
  if (overflow.scrollWidth <= overflow.width) return
  throw new Error(
    `The page is ${String(overflow.scrollWidth)} px wide in a ${String(overflow.width)} px viewport; ` +
      `first elements past the edge:\n${overflow.tooWide.map((line) => `  ${line}`).join('\n')}`,
  )
}
