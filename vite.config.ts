import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The release error reports name: the package version. */
const release = (JSON.parse(readFileSync(local('./package.json'), 'utf8')) as { version: string })
  .version

/**
 * React Router's production build creates its components and contexts with calls the bundler
 * must assume have side effects (`React.forwardRef(...)` without a pure annotation, then a
 * `displayName` write), so those the portal never renders (<Form>, <ScrollRestoration> ...)
 * and all they use would ship anyway. Marking the calls pure and dropping the names, which
 * only developer tools read, lets tree-shaking remove them. Lines are blanked, not removed,
 * so source maps still point at the right lines.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'portal:tree-shake-react-router',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]/.test(id)) return null
      const shaken = code
        .replace(
          /^(var \w+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm,
          '$1/* @__PURE__ */ $2',
        )
        .replace(/^\w+\.displayName = "[^"\n]*";$/gm, '')
      // Every line stays where it was: the existing source map still holds.
      return { code: shaken, map: null }
    },
  }
}

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), treeShakeReactRouter()],
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
        // them too: more requests and more bytes for the same code.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
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
    testTimeout: 15_000,
  },
}))
