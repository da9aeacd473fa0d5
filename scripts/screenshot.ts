// npm run screenshot: docs/dashboard.png (desktop) and docs/dashboard-mobile.png of the mock-mode
// dashboard (`/?scenario=default`), for the README.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import {
  buildApp,
  launchChromium,
  makeTempDir,
  previewApp,
  removeDir,
  ROOT,
  type PreviewHandle,
} from '../test/e2e/harness'

const SHOTS = [
  { file: 'docs/dashboard.png', viewport: { width: 1280, height: 900 } },
  { file: 'docs/dashboard-mobile.png', viewport: { width: 390, height: 844 } },
]

async function shoot(browser: Browser, url: string, shot: (typeof SHOTS)[number]) {
  const context = await browser.newContext({
    viewport: shot.viewport,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  try {
    const page = await context.newPage()
    await page.goto(`${url}/?scenario=default`, { waitUntil: 'networkidle' })
    await page
      .getByRole('region', { name: 'Your balance' })
      .or(page.getByText('Your balance'))
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
    const target = path.join(ROOT, shot.file)
    await page.screenshot({ path: target, fullPage: false, animations: 'disabled' })
    console.log(
      `wrote ${shot.file} (${String(shot.viewport.width)}x${String(shot.viewport.height)})`,
    )
  } finally {
    await context.close()
  }
}

async function main() {
  const outDir = await makeTempDir('rewards-screenshot')
  let server: PreviewHandle | undefined
  let browser: Browser | undefined
  try {
    await buildApp({ outDir })
    server = await previewApp(outDir)
    browser = await launchChromium()
    await mkdir(path.join(ROOT, 'docs'), { recursive: true })
    for (const shot of SHOTS) await shoot(browser, server.url, shot)
  } finally {
    await browser?.close()
    await server?.close()
    await removeDir(outDir)
  }
}

await main()
