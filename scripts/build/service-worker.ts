// Builds src/sw/service-worker.ts into /sw.js with the list of the build's shell files written
// in: index.html, the JavaScript and CSS, never mock code or source maps.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, URL } from 'node:url'
import { minify, transformWithOxc, type Plugin } from 'vite'

const SOURCE = fileURLToPath(new URL('../../src/sw/service-worker.ts', import.meta.url))
export const SERVICE_WORKER_FILE = 'sw.js'

/** A module of mocks/ or of MSW: mock mode's, and never kept for real mode. */
const isMockModule = (id: string) => /[\\/](mocks|msw|@mswjs)[\\/]/.test(id)

export function serviceWorker(): Plugin {
  return {
    name: 'portal:service-worker',
    apply: 'build',
    // After index.html has been written into the bundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const files: string[] = []
      for (const output of Object.values(bundle)) {
        const name = output.fileName
        if (name.endsWith('.map') || name.startsWith('.vite/') || !/\.(html|js|css)$/.test(name))
          continue
        if (output.type === 'chunk' && output.moduleIds.some(isMockModule)) continue
        files.push(`/${name}`)
      }
      if (!files.includes('/index.html')) this.error('the service worker found no index.html')
      files.sort()
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      const source = await readFile(SOURCE, 'utf8')
      const { code: plain } = await transformWithOxc(source, SOURCE, { lang: 'ts' })
      const filled = plain
        .replace(/\b__SHELL_FILES__\b/g, JSON.stringify(files))
        .replace(/\b__SHELL_VERSION__\b/g, JSON.stringify(version))
      const { code, errors } = await minify(SERVICE_WORKER_FILE, filled, {
        compress: true,
        mangle: true,
      })
      if (errors.length > 0) this.error(`sw.js did not minify: ${errors[0]?.message ?? ''}`)
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: code })
    },
  }
}
