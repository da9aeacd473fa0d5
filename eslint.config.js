import fs from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import lingui from 'eslint-plugin-lingui'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// ---- Import boundaries (modelled on bulletproof-react): lib/ui/api -> features -> app ----------
// Each block names every restriction for its files: in flat config a later block that sets
// no-restricted-imports replaces an earlier one rather than adding to it.

const TESTS = '**/*.test.{ts,tsx}'

/** `@/<layer>` and, approximately, relative paths that climb into src/<layer>. */
const layer = (name, message) => [
  { group: [`@/${name}`, `@/${name}/*`], message },
  { regex: `^(\\.\\./)+${name}(/|$)`, message },
]

// Shipped code must not pull in mock code: only src/main.tsx loads mocks/browser, lazily. Tests
// beside the code are never bundled, so they may use mocks/node and the scenarios.
const MOCKS_MESSAGE = 'Only src/main.tsx may load mocks/ (lazily, in mock mode).'
const noMocks = [{ group: ['**/mocks/**', '../mocks/*', '**/mocks'], message: MOCKS_MESSAGE }]
const noDynamicMocks = [
  'error',
  // no-restricted-imports does not look at dynamic import().
  { selector: 'ImportExpression[source.value=/(^|\\/)mocks(\\/|$)/]', message: MOCKS_MESSAGE },
]

// React Router's <Link> and <NavLink> bring its framework mode's prefetching along; ours don't.
const routerLinks = {
  name: 'react-router',
  importNames: ['Link', 'NavLink'],
  message: 'Use Link and NavLink from @/ui/link: React Router’s carry code the portal never runs.',
}

const restrict = (...patterns) => [
  'error',
  { paths: [routerLinks], patterns: patterns.flat(Infinity) },
]

/** Two blocks for `glob`: shipped files (no mocks either) and tests beside them. */
const boundary = (name, glob, patterns, ignores = []) => [
  {
    name: `boundaries/${name}`,
    files: [glob],
    ignores: [TESTS, ...ignores],
    rules: {
      'no-restricted-imports': restrict(noMocks, patterns),
      'no-restricted-syntax': noDynamicMocks,
    },
  },
  ...(patterns.length === 0
    ? []
    : [
        {
          name: `boundaries/${name}/tests`,
          files: [[glob, TESTS]],
          rules: { 'no-restricted-imports': restrict(patterns) },
        },
      ]),
]

const featuresDir = new URL('./src/features/', import.meta.url)
const features = fs.existsSync(featuresDir)
  ? fs
      .readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : []

const noApp = layer('app', 'Features must not import from app/.')

const featureBoundaries = features.flatMap((feature) => {
  const others = features.filter((other) => other !== feature)
  const message = `A feature never imports another feature; move what ${feature} shares into ui/, lib/ or api/.`
  const noOtherFeatures =
    others.length === 0
      ? []
      : [
          { group: others.flatMap((o) => [`@/features/${o}`, `@/features/${o}/*`]), message },
          { regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`, message },
        ]
  return boundary(`features/${feature}`, `src/features/${feature}/**/*.{ts,tsx}`, [
    noApp,
    noOtherFeatures,
  ])
})

const apiPatterns = ['ui', 'features', 'app'].map((name) =>
  layer(name, `api/ sits below features: it must not import from ${name}/.`),
)

const CONTRACT_MESSAGE =
  'The contract (declarations, schemas) is loaded by mocks and tools: no client, query or React code.'
const contractPatterns = [
  { group: ['react', 'react-*', '@tanstack/*'], message: CONTRACT_MESSAGE },
  { regex: '^(\\.\\./)+(client|query|query-keys|endpoints)(/|$)', message: CONTRACT_MESSAGE },
  { regex: '^@/api/(client|query|query-keys|endpoints)(/|$)', message: CONTRACT_MESSAGE },
]

const MOCKS_IMPORT_MESSAGE =
  'mocks/ may import from src/ only the contract: @/api/schemas/*, @/api/contract/*, @/api/rules/*, @/api/endpoint, @/api/endpoint-docs.'
/**
 * The contract's modules under src/api/: what mocks/ may import. rules/ holds the program's
 * calculations both sides must agree on (points for a purchase, the birthday gift).
 */
const CONTRACT = '(schemas|contract|rules)(/|$)|endpoint(-docs)?$'

/**
 * Files whose words are not messages yet. Shrinks to nothing: remove a file when its words
 * move into catalogs. New files are never added here.
 */
const NOT_YET_TRANSLATED = []

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'coverage', 'test-results']),

  {
    name: 'base',
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'react',
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
    extends: [
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
  },

  {
    name: 'testing-library',
    files: ['**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react']],
  },

  // ---- Words -------------------------------------------------------------------------------
  // Every word a member reads is a message (Lingui macros, catalogs in locales/): JSX text and
  // string literals that read as words fail here. Identifiers, class names, URLs, keys, test ids
  // are not
  // words.
  {
    name: 'words',
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      TESTS,
      'src/api/contract/**',
      'src/api/schemas/**',
      'src/api/endpoint-docs.ts',
      ...NOT_YET_TRANSLATED,
    ],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          // Not sentences: CSS classes and lists, paths, media queries, keys, MIME types, tags.
          ignore: [
            '^!?[\\w./:@#?=&%+*-]+$',
            '^(?:[a-z0-9:[\\]()./%_!-]+\\s+)*[a-z0-9:[\\]()./%_!-]+$',
            '^\\(.*\\)$',
          ],
          ignoreNames: [
            { regex: { pattern: 'className', flags: 'i' } },
            {
              regex: {
                pattern:
                  '^(?:key|id|to|href|src|type|role|name|method|path|url|rel|target|lang|dir|mode|variant|tone|size|as|inputMode|autoComplete|pattern|encType|accept|kind|code|event|storageKey|channel|header|queryKey|mutationKey)$',
              },
            },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
            {
              regex: {
                pattern:
                  '^(?:aria-(?:controls|describedby|labelledby|haspopup|live|current|hidden|expanded|busy|atomic|relevant|orientation|sort)|data-.*)$',
              },
            },
          ],
          ignoreFunctions: [
            'cn',
            'clsx',
            'console.*',
            '*.getItem',
            '*.setItem',
            '*.removeItem',
            '*.get',
            '*.has',
            '*.set',
            '*.append',
            '*.delete',
            'document.querySelector',
            'document.getElementById',
            'document.createElement',
            'new URL',
            'new URLSearchParams',
            'new Error',
            'Error',
            'new TypeError',
            'new BroadcastChannel',
            'addEventListener',
            'removeEventListener',
            '*.addEventListener',
            '*.removeEventListener',
            'matchMedia',
            'window.matchMedia',
            'import',
            'require',
            'fetch',
            'lazy',
          ],
          ignoreMethodsOnTypes: ['Map.get', 'Map.has', 'Headers.get', 'URLSearchParams.get'],
        },
      ],
      'lingui/t-call-in-function': 'error',
      'lingui/no-trans-inside-trans': 'error',
      'lingui/no-expression-in-message': 'error',
      'lingui/no-single-variables-to-translate': 'error',
    },
  },

  // ---- Globals ----------------------------------------------------------------------------
  {
    name: 'globals/browser',
    files: ['src/**', 'mocks/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'globals/node',
    files: ['scripts/**', 'test/**', 'mocks/node.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // jsdom tests and the MSW node server see both.
    name: 'globals/test',
    files: ['test/**', '**/*.test.{ts,tsx}'],
    ignores: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // ---- Boundaries ------------------------------------------------------------------------
  ...boundary('src', 'src/**/*.{ts,tsx}', [], ['src/main.tsx']),
  ...boundary(
    'lib',
    'src/lib/**/*.{ts,tsx}',
    ['api', 'ui', 'features', 'app', 'config'].map((name) =>
      layer(name, `lib/ holds pure helpers: it must not import from ${name}/.`),
    ),
  ),
  ...boundary('api', 'src/api/**/*.{ts,tsx}', apiPatterns),
  {
    // The mock API, the OpenAPI generator and verify-api load the contract too: it stays free
    // of the portal's client and of React.
    name: 'boundaries/contract',
    files: [
      'src/api/contract/**/*.ts',
      'src/api/schemas/**/*.ts',
      'src/api/rules/**/*.ts',
      'src/api/endpoint.ts',
      'src/api/endpoint-docs.ts',
    ],
    ignores: [TESTS],
    rules: { 'no-restricted-imports': restrict(noMocks, apiPatterns, contractPatterns) },
  },
  ...boundary(
    'ui',
    'src/ui/**/*.{ts,tsx}',
    ['features', 'app'].map((name) =>
      layer(name, `ui/ primitives carry no feature words or data: no imports from ${name}/.`),
    ),
  ),
  ...boundary('features', 'src/features/**/*.{ts,tsx}', [noApp]),
  ...featureBoundaries,
  {
    name: 'boundaries/mocks',
    files: ['mocks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: `^@/(?!api/(${CONTRACT}))`, message: MOCKS_IMPORT_MESSAGE },
        { regex: `^(\\.\\./)+src(/(?!api/(${CONTRACT})).*)?$`, message: MOCKS_IMPORT_MESSAGE },
      ]),
    },
  },
])
