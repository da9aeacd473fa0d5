// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { getCatalogs } from '@lingui/cli/api'
import { getConfig } from '@lingui/conf'
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'

const config = getConfig({
  configPath: fileURLToPath(new URL('../../lingui.config.ts', import.meta.url)),
})
const catalogs = await getCatalogs(config)
const translated = config.locales.filter((locale) => locale !== config.sourceLocale)

type Token = CompiledMessage[number]

/** Placeholder names of a compiled message, and the plural/select keys each one offers. */
function placeholders(message: CompiledMessage, found = new Map<string, Set<string>>()) {
  for (const token of message as Token[]) {
    if (typeof token === 'string') continue
    const [name, type, format] = token
    const keys = found.get(name) ?? new Set<string>()
    found.set(name, keys)
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      for (const [key, choice] of Object.entries(format as Record<string, unknown>)) {
        if (key === 'offset') continue
        keys.add(key)
        if (Array.isArray(choice)) placeholders(choice as CompiledMessage, found)
      }
    }
  }
  return found
}

describe.each(catalogs.map((catalog) => [catalog.path.replace(config.rootDir ?? '', ''), catalog]))(
  'catalog %s',
  (_, catalog) => {
    it('holds exactly the messages the code uses, each translated, with the same placeholders', async () => {
      const used = (await catalog.collect()) ?? {}
      const files = await catalog.readAll()
      const problems: string[] = []
      for (const locale of config.locales) {
        const messages = files[locale] ?? {}
        for (const id of Object.keys(used)) {
          const entry = messages[id]
          if (!entry)
            problems.push(`${locale}: lacks "${used[id]?.message ?? id}" (run npm run messages)`)
          else if (locale !== config.sourceLocale && !entry.translation)
            problems.push(`${locale}: "${used[id]?.message ?? id}" is not translated`)
        }
        for (const [id, entry] of Object.entries(messages)) {
          if (!used[id])
            problems.push(
              `${locale}: "${entry.message ?? id}" is no longer used (run npm run messages)`,
            )
        }
      }
      expect(problems).toEqual([])
    })

    it.each(translated)(
      '%s translations compile and keep the English placeholders',
      async (locale) => {
        const used = (await catalog.collect()) ?? {}
        const messages = (await catalog.read(locale)) ?? {}
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
        const problems: string[] = []
        for (const [id, entry] of Object.entries(messages)) {
          const english = used[id]?.message
          if (!english || !entry.translation) continue
          let ours: Map<string, Set<string>>
          try {
            ours = placeholders(compileMessageOrThrow(entry.translation))
          } catch (error) {
            problems.push(`"${english}": ${String(error)}`)
            continue
          }
          const theirs = placeholders(compileMessageOrThrow(english))
          const names = (map: Map<string, Set<string>>) => [...map.keys()].sort().join(',')
          if (names(ours) !== names(theirs)) {
            problems.push(`"${english}": placeholders {${names(theirs)}} became {${names(ours)}}`)
          }
          for (const [name, keys] of ours) {
            const english = theirs.get(name)
            const isPlural = [...(english ?? [])].includes('one') && keys.has('other')
            const missing = isPlural ? categories.filter((c) => !keys.has(c)) : []
            if (missing.length > 0)
              problems.push(`"${entry.translation}": {${name}} lacks ${missing.join(', ')}`)
          }
        }
        expect(problems).toEqual([])
      },
    )
  },
)
