// Shared by the browser tests (global-setup.ts, browser.ts) and scripts/size.ts, scripts/screenshot.ts:
// build the app, serve a build with `vite preview`, launch Debian's chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
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

/** Serves a build with `vite preview` on a free port of 127.0.0.1. */
export async function previewApp(outDir: string): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT,
    // The build is already made; the preview server needs only where it is.
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
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
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const

export type ViewportName = keyof typeof VIEWPORTS
