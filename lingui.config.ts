import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

/**
 * Message catalogs. English is written in the source (Lingui macros) and compiled into the code
 * that uses it, so each page carries its own English words and nothing else. Spanish and Arabic
 * live in PO files, one per feature and one for the shell, so features are translated and
 * loaded independently; a locale's catalogs load only when a member chooses it.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es', 'ar'],
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}',
      include: [
        '<rootDir>/src/app/',
        '<rootDir>/src/ui/',
        '<rootDir>/src/lib/',
        '<rootDir>/src/api/',
        '<rootDir>/src/config/',
      ],
      exclude: ['**/*.test.*'],
    },
    {
      path: '<rootDir>/src/features/{name}/locales/{locale}',
      include: ['<rootDir>/src/features/{name}/'],
      exclude: ['**/*.test.*'],
    },
  ],
  // The macros' output calls the portal's own small runtime (src/lib/i18n/), not @lingui/core.
  runtimeConfigModule: {
    i18n: ['@/lib/i18n/i18n', 'i18n'],
    Trans: ['@/lib/i18n/react', 'Trans'],
    useLingui: ['@/lib/i18n/react', 'useLingui'],
  },
})
