// Shared by the browser tests (global-setup.ts, browser.ts) and scripts/size.ts, scripts/screenshot.ts:
// build the app, serve a build with `vite preview`, launch Debian's chromium through playwright-core,
// and (real mode) run the standalone loyalty API.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { preview } from 'vite'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST = path.join(ROOT, 'dist')

const VITE_BIN = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')

export interface BuildOptions {
  outDir: string
  /** Also write `.vite/manifest.json` (scripts/size.ts maps requested files back to sources). */
  manifest?: boolean
  /** Replaces the config.json copied from public/ (e.g. a real-mode config). */
  runtimeConfig?: Record<string, unknown>
}

/**
 * Runs `vite build` with the project's vite.config.ts in a child process. A child process, not the
 * programmatic `build()`, because vitest sets NODE_ENV=test, and Vite would then bundle React's
 * development build.
 */
export async function buildApp({ outDir, manifest = false, runtimeConfig }: BuildOptions) {
  const args = [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']
  if (manifest) args.push('--manifest')
  const output: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) {
    throw new Error(`vite build failed (exit code ${String(code)}):\n${output.join('')}`)
  }
  if (runtimeConfig) {
    await writeFile(path.join(outDir, 'config.json'), `${JSON.stringify(runtimeConfig, null, 2)}\n`)
  }
}

/** Replaces a build's config.json (`vite preview` reads files per request: no restart needed). */
export function writeRuntimeConfig(outDir: string, runtimeConfig: Record<string, unknown>) {
  return writeFile(path.join(outDir, 'config.json'), `${JSON.stringify(runtimeConfig, null, 2)}\n`)
}

/**
 * Copies a finished build (e.g. dist/ as global-setup.ts built it) to `outDir` with another
 * config.json: the same build in another mode, without building again.
 */
export async function copyBuild(
  fromDir: string,
  outDir: string,
  runtimeConfig: Record<string, unknown>,
) {
  await cp(fromDir, outDir, { recursive: true })
  await writeRuntimeConfig(outDir, runtimeConfig)
}

/**
 * The sources of a built file that are mock code (mocks/**, msw, @mswjs/*), read from its
 * source map; empty when it has none. Catches mock code whatever chunk it ends up in. Sources
 * are matched as written in the map, so this works on a copy of a build too.
 */
export async function mockSourcesOf(outDir: string, file: string): Promise<string[]> {
  const mapPath = path.join(outDir, `${file}.map`)
  if (!existsSync(mapPath)) return []
  const map = JSON.parse(await readFile(mapPath, 'utf8')) as { sources?: string[] }
  return (map.sources ?? []).filter((source) =>
    /(^|\/)(mocks\/|node_modules\/(msw|@mswjs)\/)/.test(source.split(path.sep).join('/')),
  )
}

/** A fresh directory under the OS temp dir; remove it with `removeDir`. */
export function makeTempDir(prefix: string) {
  return mkdtemp(path.join(tmpdir(), `${prefix}-`))
}

export function removeDir(dir: string) {
  return rm(dir, { recursive: true, force: true })
}

export interface PreviewHandle {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  close: () => Promise<void>
}

/**
 * Serves a build with `vite preview` on a free port of 127.0.0.1, with `headers` on every
 * answer (a Content-Security-Policy, say).
 */
export async function previewApp(
  outDir: string,
  options: { headers?: Record<string, string> } = {},
): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT,
    // The build is already made; the preview server needs only where it is.
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: true,
      open: false,
      headers: options.headers,
    },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string') {
    await server.close()
    throw new Error('vite preview is not listening on a TCP port')
  }
  return { url: `http://127.0.0.1:${String(address.port)}`, close: () => server.close() }
}

/** Where chromium is: $CHROMIUM_PATH, else what `command -v chromium` prints. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`)
    return fromEnv
  }
  const lookup = spawnSync('/bin/sh', ['-c', 'command -v chromium'], { encoding: 'utf8' })
  const found = (lookup.stdout ?? '').trim()
  if (lookup.status === 0 && found) return found
  throw new Error(
    'No chromium found. Install it (`apt-get install -y chromium` on Debian) or set CHROMIUM_PATH ' +
      'to a Chromium/Chrome executable. playwright-core never downloads a browser.',
  )
}

// Without the networking flags chromium tries to reach Google services and logs the refusals.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

export const VIEWPORTS = {
  /** The narrowest phone the portal supports (WCAG 1.4.10 reflow width). */
  small: { width: 320, height: 640 },
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const

export type ViewportName = keyof typeof VIEWPORTS

export interface LoyaltyApiHandle {
  /** e.g. `http://127.0.0.1:41235/api/v1` */
  url: string
  /** e.g. `http://127.0.0.1:41235` */
  origin: string
  /** Ends every session now (the server's `--admin` test aid). */
  expireSessions: () => Promise<void>
  /** SIGTERM, then waits for the process to exit. */
  close: () => Promise<void>
}

const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/**
 * Starts the standalone loyalty API (`npm run api`, mocks/server/api-server.ts) as a child
 * process on a free port of 127.0.0.1, with the `--admin` test aid, allowing `origins` (CORS).
 */
export async function startLoyaltyApi(options: {
  origins: readonly string[]
  scenario?: string
  /** Each new redemption takes this long before it commits (`--processing-ms`). */
  processingMs?: number
}): Promise<LoyaltyApiHandle> {
  const args = [
    TSX_CLI,
    '--tsconfig',
    'tsconfig.node.json',
    path.join('mocks', 'server', 'api-server.ts'),
    '--port',
    '0',
    '--admin',
    '--quiet',
    '--origin',
    options.origins.join(','),
    ...(options.scenario ? ['--scenario', options.scenario] : []),
    ...(options.processingMs ? ['--processing-ms', String(options.processingMs)] : []),
  ]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The loyalty API did not start in 20 s:\n${output.join('')}`)),
      20_000,
    )
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString())
      const found = /Loyalty API listening on (http:\/\/\S+)/.exec(output.join(''))
      if (found?.[1]) {
        clearTimeout(timer)
        resolve(found[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.once('error', reject)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`The loyalty API exited (${String(code)}):\n${output.join('')}`))
    })
  })
  const origin = new URL(url).origin
  return {
    url,
    origin,
    async expireSessions() {
      const response = await fetch(`${origin}/__admin/expire-sessions`, { method: 'POST' })
      if (!response.ok) throw new Error(`expire-sessions answered ${String(response.status)}`)
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
