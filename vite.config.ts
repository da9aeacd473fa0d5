import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { inlineBoot } from './scripts/build/inline-boot'
import { linguiMacros } from './scripts/build/lingui-macros'
import { serviceWorker } from './scripts/build/service-worker'

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * The scenario builders the mock API loads on demand: every module more-scenarios.ts imports
 * (not `import type`). Read from it, so a new scenario lands in the on-demand chunk without a
 * second list to keep in step here.
 */
const lazyScenarios = [
  ...readFileSync(local('./mocks/scenarios/more-scenarios.ts'), 'utf8').matchAll(
    /^import \{[^}]*\} from '\.\/([\w-]+)'$/gm,
  ),
].map(([, name]) => name)
const lazyScenarioNames = ['more-scenarios', ...lazyScenarios].join('|')

/** The release error reports name: the package version. */
const release = (JSON.parse(readFileSync(local('./package.json'), 'utf8')) as { version: string })
  .version
/** react-router's production build, which the alias below sends every production build to. */
const REACT_ROUTER_PRODUCTION = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]/
/**
 * What the rewrite below finds in react-router 7.18's production build. Fewer means it stopped
 * matching (a new react-router writes its components differently) and every member would
 * download the components the portal never renders again: the build fails instead.
 */
const EXPECTED_REWRITES = { pure: 16, displayName: 15 }

/**
 * React Router's production build creates its components and contexts with calls the bundler
 * must assume have side effects (`React.forwardRef(...)` without a pure annotation, then a
 * `displayName` write), so those the portal never renders (<Form>, <ScrollRestoration> ...)
 * and all they use would ship anyway. Marking the calls pure and dropping the names, which
 * only developer tools read, lets tree-shaking remove them. Lines are blanked, not removed,
 * so source maps still point at the right lines.
 */
function treeShakeReactRouter(): Plugin {
  const found = { pure: 0, displayName: 0 }
  return {
    name: 'portal:tree-shake-react-router',
    apply: 'build',
    buildStart() {
      found.pure = 0
      found.displayName = 0
    },
    transform(code, id) {
      if (!REACT_ROUTER_PRODUCTION.test(id)) return null
      const shaken = code
        .replace(/^(var \w+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm, (_, a, b) => {
          found.pure += 1
          return `${String(a)}/* @__PURE__ */ ${String(b)}`
        })
        .replace(/^\w+\.displayName = "[^"\n]*";$/gm, () => {
          found.displayName += 1
          return ''
        })
      // Every line stays where it was: the existing source map still holds.
      return { code: shaken, map: null }
    },
    buildEnd(error) {
      if (error) return
      const expected = EXPECTED_REWRITES
      if (found.pure < expected.pure || found.displayName < expected.displayName) {
        this.error(
          `treeShakeReactRouter (vite.config.ts) stopped matching react-router's production build: ` +
            `it marked ${String(found.pure)} component calls pure (expected ${String(expected.pure)}) ` +
            `and dropped ${String(found.displayName)} displayName lines (expected ${String(expected.displayName)}). ` +
            `Update its patterns to the new build, or EXPECTED_REWRITES if react-router now has fewer components.`,
        )
      }
    },
  }
}

/** MSW's browser cookie store: what it imports from tough-cookie is what the shim must provide. */
const MSW_COOKIE_STORE = local('./node_modules/msw/lib/core/utils/cookieStore.mjs')
const SHIMMED_COOKIE_NAMES = ['Cookie', 'CookieJar', 'MemoryCookieStore']

/**
 * Production builds give MSW's cookie store mocks/shims/tough-cookie.ts instead of tough-cookie
 * and the public suffix list it carries (see the shim for why that is safe). The build fails
 * if MSW starts importing anything else from tough-cookie, so a new MSW cannot get a shim that
 * lacks what it needs.
 */
function shimToughCookie(): Plugin {
  return {
    name: 'portal:shim-tough-cookie',
    apply: 'build',
    // Before Vite's own resolver, which would find the real package first.
    enforce: 'pre',
    buildStart() {
      const source = readFileSync(MSW_COOKIE_STORE, 'utf8')
      const imports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']tough-cookie["']/g)]
      const names = imports.flatMap((m) =>
        (m[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name && !name.startsWith('type ')),
      )
      const missing = names.filter((name) => !SHIMMED_COOKIE_NAMES.includes(name))
      if (imports.length === 0 || missing.length > 0) {
        this.error(
          `MSW's cookie store (${MSW_COOKIE_STORE}) no longer imports from tough-cookie what ` +
            `mocks/shims/tough-cookie.ts provides (${SHIMMED_COOKIE_NAMES.join(', ')}); it ` +
            `imports: ${names.join(', ') || 'nothing found'}. Extend the shim and its tests.`,
        )
      }
    },
    resolveId(source) {
      return source === 'tough-cookie' ? local('./mocks/shims/tough-cookie.ts') : null
    },
  }
}

export default defineConfig(({ command }) => ({
  plugins: [
    linguiMacros(local('./lingui.config.ts')),
    react(),
    // Spanish and Arabic PO catalogs, compiled when a locale's chunk is built; a message that
    // does not compile fails the build.
    lingui({ configPath: local('./lingui.config.ts'), failOnCompileError: true }),
    tailwindcss(),
    inlineBoot(),
    treeShakeReactRouter(),
    shimToughCookie(),
    serviceWorker(),
  ],
  define: { __APP_RELEASE__: JSON.stringify(release) },
  resolve: {
    alias: [
      { find: '@', replacement: local('./src') },
      // React Router's package exports point browsers at its development build, which keeps
      // dev-only warnings; production builds use the build it ships for production.
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: local('./node_modules/react-router/dist/production/index.mjs'),
            },
          ]
        : []),
    ],
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the portal supports preloads modules natively; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk. Without this group Rolldown splits
        // modules the entry already loads into extra shared chunks whenever a lazy page uses
        // them too: more requests and more bytes for the same code. What lazy pages share
        // with each other (or with the mock API) goes into one `shared` chunk rather than one
        // per combination: the entry names every chunk a lazy page preloads, so each extra
        // chunk costs every member bytes on the first screen. Mock code never joins it. The
        // contract (schemas, declarations, rules) is a chunk of its own: the mock API needs it
        // before its first answer, the rest of `shared` (components, hooks) it never uses.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            {
              name: 'contract',
              minShareCount: 2,
              test: /[\\/]src[\\/](api[\\/](contract|schemas|rules)|lib[\\/]calendar)/,
            },
            // The mock API and its engine in one chunk: without this group, what the scenarios
            // loaded on demand share with it becomes a chunk of its own, one more download.
            {
              name: 'browser',
              test: new RegExp(
                `[\\\\/]mocks[\\\\/](browser\\.ts|(engine|scenarios|handlers)[\\\\/](?!words[\\\\/](es|ar)\\.ts|fault-answers|large-catalog-generator|large-catalog\\.ts|${lazyScenarioNames}))`,
              ),
            },
            // The scenarios a designer starts by URL, loaded one start at a time, in one chunk.
            {
              name: 'more-scenarios',
              test: new RegExp(
                `[\\\\/]mocks[\\\\/](scenarios[\\\\/](${lazyScenarioNames})|engine[\\\\/]large-catalog-generator)\\.ts$`,
              ),
            },
            { name: 'shared', minShareCount: 2, test: /^(?!.*[\\/](mocks|msw|@mswjs)[\\/])/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    env: { TZ: 'UTC' },
    // Two cores run a few hundred component tests: leave room for a busy machine.
    testTimeout: 30_000,
    // Component tests spend much of their time waiting (timers, the mock API, lazy pages): a
    // worker more than the two cores halved the suite on the CI machine (331 s to 164 s).
    maxWorkers: 3,
    // Each file used to import the mock API, MSW and React afresh: over half the suite's time
    // (205 s of wall time, 113 s without). Files share a worker's modules instead; what a test
    // changes is reset around each one (test/setup.ts), and the suite passes in any file order
    // (`--sequence.shuffle.files`).
    isolate: false,
  },
}))
