// npm run bench -- --side-by-side: the portal against the stack's floor app, measured in one run.
// Builds the floor app (shared/floor-app, copied to a temporary folder: npm install, npm run
// build, served by its own `vite preview` with its stand-in API) and the portal (served in real
// mode against `npm run api`, signed in, and in mock mode), then runs Lighthouse 12 (mobile,
// simulated throttling) on each in turn, RUNS times, and PRINTS medians and ratios to the floor.
// No pass/fail: figures on a shared machine are noisy; the goals are printed beside them.
import { spawn } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import lighthouse from 'lighthouse'
import type { Result as LighthouseResult } from 'lighthouse'
import { chromium } from 'playwright-core'
import {
  buildApp,
  copyBuild,
  findChromium,
  makeTempDir,
  previewApp,
  removeDir,
  ROOT,
  startLoyaltyApi,
  type LoyaltyApiHandle,
  writeRuntimeConfig,
  type PreviewHandle,
} from '../../test/e2e/harness'

const FLOOR_SOURCE = path.resolve(ROOT, '..', 'shared', 'floor-app')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/**
 * `simulate` (Lighthouse's default, the goals' measure): the page loads at full speed and a
 * model of a slow phone and network replays it. BENCH_THROTTLING=devtools slows the real load
 * instead (each request waits out the latency, the CPU runs 4x slower): slower to run, noisier,
 * but no model stands between the page and its figures, a cross-check of the simulation.
 */
const THROTTLING = process.env.BENCH_THROTTLING === 'devtools' ? 'devtools' : 'simulate'
const MEMBER = { email: 'maya.chen@example.com', password: 'rewards-demo' }
// Without the networking flags chromium tries to reach Google services while it is measured.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
]

type Target = {
  name: string
  url: string
  /** Where the served files are, to weigh the scripts the page downloaded (gzip level 6). */
  dir: string
  /** A repeat visit: the storage of the run before is kept (a warm-up run goes first). */
  repeat?: boolean
}

type Sample = { score: number; lcp: number; fcp: number; tbt: number; cls: number; js: number }

/** `--details`: what Lighthouse saw on each target's last run (LCP element, shifts, requests). */
const DETAILS = process.argv.includes('--details')

type Item = Record<string, unknown>
const itemsOf = (lhr: LighthouseResult, id: string): Item[] => {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined
  return details?.items ?? []
}

function printDetails(name: string, lhr: LighthouseResult) {
  const snippet = (item: Item) => {
    const node = (item.node ?? item) as { snippet?: string; nodeLabel?: string }
    return (node.snippet ?? node.nodeLabel ?? '').slice(0, 140)
  }
  console.log(`\n--- ${name}`)
  const lcpItems = itemsOf(lhr, 'largest-contentful-paint-element')
  const lcpTable = (lcpItems[0] as { items?: Item[] } | undefined)?.items ?? lcpItems
  for (const item of lcpTable.slice(0, 1)) console.log(`LCP element: ${snippet(item)}`)
  for (const item of lcpItems.slice(1)) {
    for (const phase of (item as { items?: Item[] }).items ?? [])
      console.log(`  LCP phase ${String(phase.phase)}: ${Number(phase.timing).toFixed(0)} ms`)
  }
  for (const item of itemsOf(lhr, 'mainthread-work-breakdown'))
    console.log(
      `main thread ${String(item.groupLabel ?? item.group)}: ${Number(item.duration).toFixed(0)} ms`,
    )
  for (const item of itemsOf(lhr, 'bootup-time').slice(0, 4))
    console.log(
      `script ${String(item.url).slice(-40)}: total ${Number(item.total).toFixed(0)} ms, ` +
        `evaluation ${Number(item.scripting).toFixed(0)} ms, parse ${Number(item.scriptParseCompile).toFixed(0)} ms`,
    )
  for (const item of itemsOf(lhr, 'layout-shifts'))
    console.log(`shift ${Number(item.score).toFixed(3)}: ${snippet(item)}`)
  for (const item of itemsOf(lhr, 'network-requests')) {
    const url = String(item.url)
    console.log(
      `  ${String(Math.round(Number(item.networkRequestTime))).padStart(5)}–${String(Math.round(Number(item.networkEndTime))).padStart(5)} ms ` +
        `${String(item.resourceType ?? '').padEnd(10)} ${String(item.transferSize ?? '').padStart(7)} B ${url.slice(0, 110)}`,
    )
  }
}

const run = (command: string, args: string[], cwd: string) =>
  new Promise<void>((resolve, reject) => {
    const output: string[] = []
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed:\n${output.join('')}`)),
    )
  })

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** The floor app, built as its README says and served by its own preview (with its API). */
async function startFloor(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = await makeTempDir('floor-app')
  await cp(FLOOR_SOURCE, dir, { recursive: true })
  console.log(`building the floor app in ${dir} …`)
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], dir)
  await run('npm', ['run', 'build'], dir)
  const port = await freePort()
  const vite = path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js')
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = `http://127.0.0.1:${String(port)}`
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      if ((await fetch(`${url}/api/me`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the floor app’s preview did not start')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    dir: path.join(dir, 'dist'),
    close: async () => {
      child.kill('SIGTERM')
      await removeDir(dir)
    },
  }
}

/** Chromium with a DevTools port for Lighthouse; the caller closes it. */
async function startChromium() {
  const profile = await makeTempDir('bench-chromium')
  const port = await freePort()
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_FLAGS,
      `--remote-debugging-port=${String(port)}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const endpoint = `http://127.0.0.1:${String(port)}`
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      if ((await fetch(`${endpoint}/json/version`)).ok) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('chromium did not open its DevTools port')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    port,
    endpoint,
    close: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      await removeDir(profile)
    },
  }
}

/** Signs the member in over HTTP and gives the browser the session cookie, as a sign-in would. */
async function signInBrowser(endpoint: string, api: LoyaltyApiHandle) {
  const response = await fetch(`${api.url}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(MEMBER),
  })
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  const [name = '', value = ''] = cookie.split('=')
  if (!response.ok || !name) throw new Error(`signing in answered ${String(response.status)}`)
  // Connected over CDP, close() only disconnects: the browser and its cookie stay.
  const browser = await chromium.connectOverCDP(endpoint)
  const [context] = browser.contexts()
  if (!context) throw new Error('chromium has no default context')
  await context.addCookies([
    { name, value, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
  ])
  await browser.close()
}

/** gzip (level 6) bytes of the scripts the page downloaded, read from the served files. */
async function scriptBytes(lhr: LighthouseResult, target: Target): Promise<number> {
  const details = lhr.audits['network-requests']?.details as
    { items?: { url: string; resourceType?: string }[] } | undefined
  const origin = new URL(target.url).origin
  let total = 0
  for (const item of details?.items ?? []) {
    if (item.resourceType !== 'Script' || !item.url.startsWith(origin)) continue
    const file = path.join(target.dir, decodeURIComponent(new URL(item.url).pathname))
    total += gzipSync(await readFile(file), { level: 6 }).length
  }
  return total
}

async function measure(target: Target, port: number): Promise<Sample> {
  const result = await lighthouse(
    target.url,
    { port, logLevel: 'error', output: 'json', disableStorageReset: target.repeat === true },
    {
      extends: 'lighthouse:default',
      settings: {
        onlyCategories: ['performance'],
        throttlingMethod: THROTTLING,
        // A first visit: no service worker, caches or kept data of an earlier run. Cookies
        // stay, so the real-mode member is still signed in.
        clearStorageTypes: [
          'file_systems',
          'shader_cache',
          'service_workers',
          'cache_storage',
          'local_storage',
          'indexeddb',
        ],
      },
    },
  )
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse gave no result for ${target.name}`)
  if (lhr.runtimeError) throw new Error(`${target.name}: ${lhr.runtimeError.message}`)
  if (DETAILS) printDetails(target.name, lhr)
  // BENCH_ARTIFACTS=/tmp/run: each target's trace and DevTools log (/tmp/run-<target>.json), to
  // replay Lighthouse's simulation of the load and see which requests and tasks set its LCP.
  const artifactsPrefix = process.env.BENCH_ARTIFACTS
  if (artifactsPrefix) {
    const artifacts = result.artifacts
    await writeFile(
      `${artifactsPrefix}-${target.name.replace(/\W+/g, '_')}.json`,
      JSON.stringify({
        trace: artifacts.Trace,
        devtoolsLog: artifacts.DevtoolsLog,
        gatherContext: artifacts.GatherContext,
        URL: artifacts.URL,
        SourceMaps: artifacts.SourceMaps ?? [],
        settings: lhr.configSettings,
      }),
    )
  }
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    js: await scriptBytes(lhr, target),
  }
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function printTable(targets: Target[], samples: Map<string, Sample[]>) {
  const medians = targets.map((target) => {
    const list = samples.get(target.name) ?? []
    const pick = (key: keyof Sample) => median(list.map((sample) => sample[key]))
    return {
      name: target.name,
      score: pick('score'),
      lcp: pick('lcp'),
      fcp: pick('fcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      js: pick('js'),
    }
  })
  const floor = medians[0]
  const ratio = (value: number, base: number | undefined) =>
    base && Number.isFinite(value) ? ` (${(value / base).toFixed(2)}x)` : ''
  const header = ['', ...medians.map((m) => m.name)]
  const rows: string[][] = [
    header,
    ['Lighthouse performance', ...medians.map((m) => String(m.score))],
    [
      'LCP',
      ...medians.map(
        (m, i) => `${(m.lcp / 1000).toFixed(2)} s${i ? ratio(m.lcp, floor?.lcp) : ''}`,
      ),
    ],
    [
      'FCP',
      ...medians.map(
        (m, i) => `${(m.fcp / 1000).toFixed(2)} s${i ? ratio(m.fcp, floor?.fcp) : ''}`,
      ),
    ],
    ['TBT', ...medians.map((m) => `${m.tbt.toFixed(0)} ms`)],
    ['CLS', ...medians.map((m) => m.cls.toFixed(3))],
    [
      'JS transferred (gzip)',
      ...medians.map((m, i) => `${(m.js / 1000).toFixed(1)} KB${i ? ratio(m.js, floor?.js) : ''}`),
    ],
  ]
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows.slice(1)) console.log(line(row))
  console.log(
    `\nMedians of ${String(RUNS)} Lighthouse 12 runs each (mobile, ${THROTTLING === 'devtools' ? 'DevTools (applied)' : 'simulated'} throttling), taken in turn. ` +
      'Goals: real mode LCP ≤ 1.00x the floor’s and performance ≥ the floor’s; mock mode ' +
      'performance ≥ 95, CLS 0 and JS ≤ 200 KB gzip. A busy machine moves every figure.',
  )
  for (const target of targets) {
    const list = samples.get(target.name) ?? []
    console.log(
      `  ${target.name}: LCP ${list.map((s) => (s.lcp / 1000).toFixed(2)).join(', ')} s; ` +
        `score ${list.map((s) => String(s.score)).join(', ')}`,
    )
  }
}

export async function sideBySide() {
  const cleanups: (() => Promise<void>)[] = []
  try {
    const floor = await startFloor()
    cleanups.push(floor.close)

    const built = await makeTempDir('bench-portal')
    cleanups.push(() => removeDir(built))
    console.log('building the portal …')
    await buildApp({ outDir: built })
    const realDir = await makeTempDir('bench-real')
    const mockDir = await makeTempDir('bench-mock')
    cleanups.push(
      () => removeDir(realDir),
      () => removeDir(mockDir),
    )
    await removeDir(realDir)
    await removeDir(mockDir)
    await copyBuild(built, mockDir, { mock: true, apiBaseUrl: '/api/v1' })
    await copyBuild(built, realDir, { mock: false, apiBaseUrl: 'http://127.0.0.1:9/api/v1' })
    const real: PreviewHandle = await previewApp(realDir)
    const mock: PreviewHandle = await previewApp(mockDir)
    cleanups.push(real.close, mock.close)
    const api = await startLoyaltyApi({ origins: [real.url] })
    cleanups.push(api.close)
    await writeRuntimeConfig(realDir, { mock: false, apiBaseUrl: api.url })

    const browser = await startChromium()
    cleanups.push(browser.close)
    await signInBrowser(browser.endpoint, api)

    // A repeat visit right after a first one: that visit leaves the shell and the answers.
    const targets: Target[] = [
      { name: 'floor', url: `${floor.url}/`, dir: floor.dir },
      { name: 'portal, real mode', url: `${real.url}/`, dir: realDir },
      { name: 'portal, real, repeat visit', url: `${real.url}/`, dir: realDir, repeat: true },
      { name: 'portal, mock mode', url: `${mock.url}/`, dir: mockDir },
    ]
    // BENCH_TARGETS=floor,real: only the named columns (names as printed, by their start).
    const only = process.env.BENCH_TARGETS?.split(',').map((name) => name.trim())
    const chosen = targets.filter(
      (target) =>
        !only ||
        only.some((name) => target.name === name || target.name.startsWith(`portal, ${name}`)),
    )
    const samples = new Map<string, Sample[]>()
    for (let round = 1; round <= RUNS; round += 1) {
      for (const target of chosen) {
        process.stdout.write(`run ${String(round)}/${String(RUNS)}: ${target.name} … `)
        const sample = await measure(target, browser.port)
        console.log(`LCP ${(sample.lcp / 1000).toFixed(2)} s, score ${String(sample.score)}`)
        samples.set(target.name, [...(samples.get(target.name) ?? []), sample])
      }
    }
    console.log('')
    printTable(chosen, samples)
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
  }
}
