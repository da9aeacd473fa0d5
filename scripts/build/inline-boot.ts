// The page's first script (src/boot/boot.ts), inlined into index.html so it runs before the
// portal's JavaScript has even arrived. Built from TypeScript here, minified, and hashed for a
// Content-Security-Policy (the build writes the hash to dist/csp-script-hashes.txt).
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { minify, transformWithOxc, type Plugin } from 'vite'
import { BOOT_GLOBAL } from '../../src/boot/boot'

const BOOT_SOURCE = fileURLToPath(new URL('../../src/boot/boot.ts', import.meta.url))
/** Beside index.html in the build: what a Content-Security-Policy must allow. */
export const CSP_HASHES_FILE = 'csp-script-hashes.txt'

export type InlineScript = { code: string; hash: string }

/** boot.ts as one minified statement that leaves its hand-over on `window`. */
export async function compileBootScript(): Promise<InlineScript> {
  const source = await readFile(BOOT_SOURCE, 'utf8')
  if (/^\s*import\s/m.test(source)) {
    throw new Error(`${BOOT_SOURCE} must not import anything: it is inlined into index.html.`)
  }
  const stripped = await transformWithOxc(source, BOOT_SOURCE, { lang: 'ts' })
  const plain = stripped.code.replace(/^export\s+(?=(const|function|let|class)\b)/gm, '')
  const wrapped = `(()=>{${plain}\nwindow[${JSON.stringify(BOOT_GLOBAL)}]=boot(window)})()`
  const { code, errors } = await minify('boot.js', wrapped, { compress: true, mangle: true })
  if (errors.length > 0) throw new Error(`boot.ts did not minify: ${errors[0]?.message ?? ''}`)
  const text = code.trim()
  return { code: text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` }
}

/** Puts the boot script first in <head>, and writes its CSP hash beside the build. */
export function inlineBoot(): Plugin {
  let hash: string | undefined
  let outDir = 'dist'
  return {
    name: 'portal:inline-boot',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const script = await compileBootScript()
        hash = script.hash
        // Right after the charset, before any stylesheet: an inline script waits for the
        // stylesheets above it, and this one must not wait for anything.
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('index.html has no <meta charset> to follow')
        const tag = `<script>${script.code}</script>`
        return html.replace(charset, (meta) => `${meta}\n    ${tag}`)
      },
    },
    async writeBundle(options) {
      if (!hash) return
      await writeFile(
        path.join(options.dir ?? outDir, CSP_HASHES_FILE),
        `# script-src hashes of index.html's inline scripts\n'${hash}'\n`,
      )
    },
  }
}
