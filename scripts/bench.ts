// npm run bench: how fluid the reward catalog stays with 10,000 rewards (`?scenario=large-catalog`),
// and the points activity with over 5,000 entries (`/activity?scenario=long-history`, when the
// build has that page). `npm run bench -- --side-by-side` runs Lighthouse instead (see bench/).
// Builds the app, serves it with `vite preview`, drives Debian's chromium and PRINTS figures:
//   (a) search: each keystroke's interaction latency (Event Timing API) while typing a word;
//   (b) filter: each category change (by keyboard: down through all, then back up, cached), from
//       the change event to the new results on screen, plus the Event Timing duration of the
//       key press that made it;
//   (c) scroll: long tasks while scrolling to the bottom until 5 more pages have loaded;
//   (d) activity: long tasks while scrolling the activity down through 5,000 entries.
// No pass/fail: it prints the 16 ms target (one frame at 60 Hz) and whether each median meets it.
// The mock API runs in the page (MSW answers on the main thread), so the figures include it
// filtering and sorting 10,000 rewards for every request.
import { availableParallelism, loadavg } from 'node:os'
import type { Browser, CDPSession, Page } from 'playwright-core'
import {
  buildApp,
  launchChromium,
  makeTempDir,
  previewApp,
  removeDir,
  type PreviewHandle,
} from '../test/e2e/harness'

const TARGET_MS = 16
/** Typed a key at a time; the catalog answers the first word during the pause after it. */
const SEARCH_WORDS = ['copper', ' pour-over'] as const
const SEARCH_TEXT = SEARCH_WORDS.join('')
const PAUSE_BETWEEN_WORDS_MS = 600
const TYPING_DELAY_MS = 120
const PAGES_TO_SCROLL = 5
const URL_PATH = '/rewards?scenario=large-catalog'
const VIEWPORT = { width: 1280, height: 900 }

type EventEntry = {
  name: string
  startTime: number
  duration: number
  processingStart: number
  processingEnd: number
  interactionId: number
}

type Row = { label: string; unit: string; values: number[]; note?: string }

// ---- In-page instrumentation -------------------------------------------------------------------

/** Installed before the app's code runs: Event Timing and long task observers, key-down marks. */
function instrument() {
  type Win = Window & {
    __bench: {
      events: EventEntry[]
      longTasks: { startTime: number; duration: number }[]
      keydowns: number[]
    }
  }
  const bench: Win['__bench'] = { events: [], longTasks: [], keydowns: [] }
  ;(window as unknown as Win).__bench = bench
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      bench.events.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        interactionId:
          (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
      })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
  document.addEventListener('keydown', (event) => bench.keydowns.push(event.timeStamp), true)
}

type Bench = {
  events: EventEntry[]
  longTasks: { startTime: number; duration: number }[]
  keydowns: number[]
}

const readBench = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Bench }).__bench)

/** Resolves when the catalog grid shows the answer to `matches` (not dimmed), then the next frame. */
async function waitForResults(page: Page, expect: { category?: string; q?: string }) {
  await page.waitForFunction(
    ({ category, q }) => {
      const list = document.querySelector('ul[data-catalog-query]')
      if (!list || list.getAttribute('aria-busy') !== 'false') return false
      const query = JSON.parse(list.getAttribute('data-catalog-query') ?? '{}') as {
        category?: string
        q?: string
      }
      return query.category === category && query.q === q && list.children.length > 0
    },
    expect,
    { timeout: 30_000, polling: 'raf' },
  )
}

async function openCatalog(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions sent to the page
  // need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  await context.addInitScript(instrument)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  await page.goto(`${baseUrl}${URL_PATH}`, { waitUntil: 'load' })
  await waitForResults(page, {})
  // Let the first render, the recommendations and idle work settle.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  return page
}

// ---- (a) search keystrokes ---------------------------------------------------------------------

async function benchSearch(browser: Browser, baseUrl: string): Promise<Row[]> {
  const page = await openCatalog(browser, baseUrl)
  const search = page.getByRole('searchbox', { name: 'Search rewards' })
  await search.focus()
  const before = await readBench(page)
  const startIndex = before.keydowns.length
  const eventsFrom = before.events.length

  for (const word of SEARCH_WORDS) {
    for (const char of word) {
      await page.keyboard.type(char)
      await page.waitForTimeout(TYPING_DELAY_MS)
    }
    await page.waitForTimeout(PAUSE_BETWEEN_WORDS_MS)
  }
  await waitForResults(page, { q: SEARCH_TEXT })
  await page.waitForTimeout(300)

  const after = await readBench(page)
  const keydowns = after.keydowns.slice(startIndex)
  const events = after.events
    .slice(eventsFrom)
    .filter((e) => ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'].includes(e.name))
  const latency: number[] = []
  const processing: number[] = []
  keydowns.forEach((start, i) => {
    const end = keydowns[i + 1] ?? Number.POSITIVE_INFINITY
    const mine = events.filter((e) => e.startTime >= start - 1 && e.startTime < end)
    // No entry means every event of the keystroke took under the 16 ms reporting threshold.
    latency.push(Math.max(0, ...mine.map((e) => e.duration)))
    processing.push(Math.max(0, ...mine.map((e) => e.processingEnd - e.processingStart)))
  })
  await page.context().close()
  const below = latency.filter((v) => v === 0).length
  return [
    {
      label: `search keystroke latency (${String(keydowns.length)} keys)`,
      unit: 'ms',
      values: latency,
      note: below > 0 ? `${String(below)} key(s) under 16 ms (not reported; counted as 0)` : '',
    },
    { label: 'search keystroke processing', unit: 'ms', values: processing },
  ]
}

// ---- (b) category changes ----------------------------------------------------------------------

/**
 * In the page: on the next change of the category select, time from the change event to the
 * frame after the grid shows the answer for `expected` (not dimmed). The result is left in
 * `window.__changeToResults`.
 */
function armChangeTimer(expected: string) {
  const win = window as unknown as { __changeToResults: Promise<number> }
  win.__changeToResults = new Promise<number>((resolve) => {
    const select = document.querySelector<HTMLSelectElement>('#catalog-category')
    const done = () => {
      const list = document.querySelector('ul[data-catalog-query]')
      const query = JSON.parse(list?.getAttribute('data-catalog-query') ?? '{}') as {
        category?: string
      }
      return list?.getAttribute('aria-busy') === 'false' && (query.category ?? '') === expected
    }
    select?.addEventListener(
      'change',
      (event) => {
        const changedAt = event.timeStamp
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - changedAt))
        if (done()) return finish()
        const observer = new MutationObserver(() => {
          if (!done()) return
          observer.disconnect()
          finish()
        })
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-busy', 'data-catalog-query'],
        })
      },
      { once: true, capture: true },
    )
  })
}

async function benchFilters(browser: Browser, baseUrl: string): Promise<Row[]> {
  const page = await openCatalog(browser, baseUrl)
  const select = page.getByRole('combobox', { name: 'Category' })
  await select.focus()
  const options = await select
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value).filter(Boolean))

  // Down through every category (each answered by the API for the first time), then back up
  // to "All categories" (each already in the query cache).
  const steps = [
    ...options.map((value) => ({ key: 'ArrowDown', value, cached: false })),
    ...options
      .slice(0, -1)
      .reverse()
      .map((value) => ({ key: 'ArrowUp', value, cached: true })),
    { key: 'ArrowUp', value: '', cached: true },
  ]
  const toResults = { fresh: [] as number[], cached: [] as number[] }
  const keyLatency: number[] = []
  for (const step of steps) {
    const eventsFrom = (await readBench(page)).events.length
    await page.evaluate(armChangeTimer, step.value)
    await page.keyboard.press(step.key)
    const elapsed = await page.evaluate(
      () => (window as unknown as { __changeToResults: Promise<number> }).__changeToResults,
    )
    toResults[step.cached ? 'cached' : 'fresh'].push(elapsed)
    await page.waitForTimeout(300)
    const events = (await readBench(page)).events
      .slice(eventsFrom)
      .filter((e) => e.name === 'keydown' || e.name === 'keyup' || e.name === 'change')
    keyLatency.push(Math.max(0, ...events.map((e) => e.duration)))
  }
  await page.context().close()
  const below = keyLatency.filter((v) => v === 0).length
  return [
    {
      label: 'category change → new results shown, first time',
      unit: 'ms',
      values: toResults.fresh,
      note: 'includes the mock API filtering and sorting 10,000 rewards',
    },
    {
      label: 'category change → new results shown, cached',
      unit: 'ms',
      values: toResults.cached,
    },
    {
      label: `category change key press latency (${String(steps.length)} changes)`,
      unit: 'ms',
      values: keyLatency,
      note: below > 0 ? `${String(below)} under 16 ms (counted as 0)` : '',
    },
  ]
}

// ---- (c) scrolling -----------------------------------------------------------------------------

async function benchScroll(browser: Browser, baseUrl: string): Promise<Row[]> {
  const page = await openCatalog(browser, baseUrl)
  const cards = page.locator('ul[data-catalog-query] > li')
  const startedAt = await page.evaluate(() => performance.now())
  const pageTimes: number[] = []

  for (let i = 0; i < PAGES_TO_SCROLL; i += 1) {
    const count = await cards.count()
    const t0 = Date.now()
    // Scroll down in steps, as a wheel would, until the next page is in.
    while ((await cards.count()) <= count) {
      await page.mouse.wheel(0, 1200)
      await page.waitForTimeout(50)
      if (Date.now() - t0 > 20_000) throw new Error(`page ${String(i + 2)} did not load`)
    }
    pageTimes.push(Date.now() - t0)
  }
  await page.waitForTimeout(500)
  const { longTasks } = await readBench(page)
  const during = longTasks.filter((task) => task.startTime >= startedAt).map((t) => t.duration)
  const loaded = await cards.count()
  await page.context().close()
  return [
    {
      label: `scroll: long tasks while loading ${String(PAGES_TO_SCROLL)} pages (${String(loaded)} cards)`,
      unit: 'ms',
      values: during,
      note: `${String(during.length)} long task(s), ${fmt(during.reduce((a, b) => a + b, 0))} ms in total`,
    },
    {
      label: 'scroll: wall time per page (wheel steps to next page)',
      unit: 'ms',
      values: pageTimes,
    },
  ]
}

// ---- (d) the activity ledger --------------------------------------------------------------------

/** The points activity of a member with over 5,000 entries, scrolled to its end. */
const ACTIVITY_PATH = '/activity?scenario=long-history'
/** Its entries: list items of the list (an `ol` of `li` in builds before page groups). */
const ACTIVITY_ROWS = '[data-activity-query] [role="listitem"], ol[data-activity-query] > li'
const ACTIVITY_TARGET_ROWS = 5000
const ACTIVITY_MAX_MS = 180_000

/**
 * Long tasks while scrolling the activity page down through 5,000 entries (pages load as the
 * end comes near). Null when this build has no activity page yet (or no long-history scenario).
 */
async function benchActivity(browser: Browser, baseUrl: string): Promise<Row[] | null> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  await context.addInitScript(instrument)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  try {
    await page.goto(`${baseUrl}${ACTIVITY_PATH}`, { waitUntil: 'commit' })
    // Counted with the browser's own querySelectorAll: a locator's count walks every element of
    // the page (looking for shadow roots) on the page's main thread, about 20 ms at 5,000
    // entries, every step, and its tasks were counted as the page's long tasks.
    const countRows = () =>
      page.evaluate((selector) => document.querySelectorAll(selector).length, ACTIVITY_ROWS)
    // The first frame with an entry in it, in ms since the navigation started.
    const firstView = await page.evaluate(
      ({ selector, timeout }) =>
        new Promise<number | null>((resolve) => {
          const check = () => {
            if (document.querySelector(selector)) resolve(performance.now())
            else if (performance.now() > timeout) resolve(null)
            else requestAnimationFrame(check)
          }
          check()
        }),
      { selector: ACTIVITY_ROWS, timeout: 15_000 },
    )
    if (firstView === null) return null
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const cpu = await traceMainThreadTasks(page)
    const startedAt = await page.evaluate(() => performance.now())
    const started = Date.now()
    let count = await countRows()
    let still = 0
    // Wheel steps, as a member scrolls, until 5,000 entries are in (or the list ends).
    while (count < ACTIVITY_TARGET_ROWS && Date.now() - started < ACTIVITY_MAX_MS) {
      await page.mouse.wheel(0, 2400)
      await page.waitForTimeout(40)
      const next = await countRows()
      still = next === count ? still + 1 : 0
      count = next
      if (still > 100) break
    }
    const seconds = (Date.now() - started) / 1000
    const { longTasks } = await readBench(page)
    const during = longTasks.filter((task) => task.startTime >= startedAt).map((t) => t.duration)
    const cpuTimes = await cpu.stop()
    const cpuLong = cpuTimes.filter((ms) => ms > LONG_TASK_MS)
    const [load] = loadavg()
    return [
      {
        label: 'activity: first entries shown, from navigation (mock mode)',
        unit: 'ms',
        values: [firstView],
      },
      {
        label: `activity scroll: long tasks down to ${formatCount(count)} entries`,
        unit: 'ms',
        values: during,
        note:
          `${String(during.length)} long task(s), ${fmt(during.reduce((a, b) => a + b, 0))} ms in total, ` +
          `${fmt(seconds)} s of scrolling; machine load ${(load ?? 0).toFixed(1)} on ` +
          `${String(availableParallelism())} cores (a busy machine stretches tasks: see the next line)`,
      },
      {
        label: 'activity scroll: tasks over 50 ms of main-thread CPU',
        unit: 'ms',
        values: cpuLong,
        note:
          `${String(cpuLong.length)} of ${formatCount(cpuTimes.length)} tasks; the longest took ` +
          `${fmt(Math.max(0, ...cpuTimes))} ms of CPU (the work itself, not time spent waiting for a core)`,
      },
    ]
  } finally {
    await context.close()
  }
}

const formatCount = (value: number) => value.toLocaleString('en-US')

const LONG_TASK_MS = 50

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  tdur?: number
  args?: { name?: string }
}

/**
 * Records the page's main-thread tasks (Chrome's `toplevel` trace category: little overhead)
 * until `stop`, which answers each task's CPU time in ms. A long task's wall time also counts
 * the time its thread waited for a core, which on a shared machine can be most of it.
 */
async function traceMainThreadTasks(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]))
  })
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel'] },
  })
  return {
    async stop(): Promise<number[]> {
      const complete = new Promise<void>((resolve) => {
        cdp.once('Tracing.tracingComplete', () => resolve())
      })
      await cdp.send('Tracing.end')
      await complete
      await cdp.detach()
      const mainThreads = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${String(e.pid)}:${String(e.tid)}`),
      )
      return events
        .filter(
          (e) =>
            e.name === 'ThreadControllerImpl::RunTask' &&
            e.ph === 'X' &&
            mainThreads.has(`${String(e.pid)}:${String(e.tid)}`),
        )
        .map((e) => (e.tdur ?? 0) / 1000)
    },
  }
}

// ---- report ------------------------------------------------------------------------------------

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–')

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function printTable(rows: Row[]) {
  const header = ['measure', 'n', 'median', 'max', `median ≤ ${String(TARGET_MS)} ms?`]
  const lines = rows.map((row) => {
    const med = median(row.values)
    const max = row.values.length ? Math.max(...row.values) : Number.NaN
    const meets =
      row.label.startsWith('scroll: wall') ||
      row.label.includes('→') ||
      row.label.includes('shown,')
        ? '(not a frame budget)'
        : row.values.length === 0
          ? 'yes (none)'
          : med <= TARGET_MS
            ? 'yes'
            : 'no'
    return [row.label, String(row.values.length), fmt(med), fmt(max), meets]
  })
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.map((line) => line[i]?.length ?? 0)),
  )
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')
  console.log(format(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const line of lines) console.log(format(line))
  const notes = rows.filter((row) => row.note)
  if (notes.length) {
    console.log('')
    for (const row of notes) console.log(`* ${row.label}: ${row.note ?? ''}`)
  }
}

async function main() {
  const outDir = await makeTempDir('rewards-bench')
  let server: PreviewHandle | undefined
  let browser: Browser | undefined
  try {
    // BENCH_DIST=<dir>: measure a build made elsewhere (another branch, say) instead.
    const dist = process.env.BENCH_DIST
    if (!dist) {
      console.log('building…')
      await buildApp({ outDir })
    }
    server = await previewApp(dist ?? outDir)
    browser = await launchChromium()
    console.log(`measuring ${URL_PATH} at ${String(VIEWPORT.width)}×${String(VIEWPORT.height)}…\n`)
    // BENCH_ONLY=search,filters,scroll,activity: some of the measures.
    const only = process.env.BENCH_ONLY?.split(',')
    const wanted = (name: string) => !only || only.includes(name)
    const rows: Row[] = []
    if (wanted('search')) rows.push(...(await benchSearch(browser, server.url)))
    if (wanted('filters')) rows.push(...(await benchFilters(browser, server.url)))
    if (wanted('scroll')) rows.push(...(await benchScroll(browser, server.url)))
    const activity = wanted('activity') ? await benchActivity(browser, server.url) : []
    rows.push(...(activity ?? []))
    printTable(rows)
    if (!activity) {
      console.log(
        `\n(activity: ${ACTIVITY_PATH} shows no entries in this build: no activity page or no ` +
          'long-history scenario yet, so it was not measured)',
      )
    }
    console.log(
      `\nTarget: ${String(TARGET_MS)} ms per interaction (one frame at 60 Hz). Headless chromium, ` +
        'no CPU throttling; the in-page mock API answers every 10,000-reward query on the main thread.',
    )
  } finally {
    await browser?.close()
    await server?.close()
    await removeDir(outDir)
  }
}

// `npm run bench -- --side-by-side`: Lighthouse, the portal against the stack's floor app.
if (process.argv.includes('--side-by-side')) {
  const { sideBySide } = await import('./bench/side-by-side')
  await sideBySide()
} else {
  await main()
}
