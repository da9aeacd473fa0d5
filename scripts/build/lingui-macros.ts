import { transformAsync, transformFromAstAsync, types as t, type PluginObj } from '@babel/core'
import linguiMacro from '@lingui/babel-plugin-lingui-macro'
import { getConfig } from '@lingui/conf'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'

/**
 * Lingui's macros (`<Trans>`, `t`, `msg`, `plural` ...) turned into message descriptors, with
 * each English message compiled at build time into the small structure the runtime formats
 * (src/lib/i18n/i18n.ts). The runtime therefore never parses ICU MessageFormat, and English,
 * the source language, needs no catalog: every page carries its own words.
 */
export function linguiMacros(configPath: string): Plugin {
  const linguiConfig = getConfig({ configPath })
  return {
    name: 'portal:lingui-macros',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/')) return null
      if (!code.includes('@lingui/')) return null
      const parserOpts = { plugins: ['jsx', 'typescript'] as ['jsx', 'typescript'] }
      const expanded = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        ast: true,
        code: false,
        parserOpts,
        // Kept in production builds too: English has no catalog, so its words are these messages.
        plugins: [[linguiMacro, { linguiConfig, stripMessageField: false }]],
      })
      if (!expanded?.ast) return null
      const compiled = await transformFromAstAsync(expanded.ast, code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts,
        plugins: [precompileMessages],
      })
      if (!compiled?.code) return null
      return { code: compiled.code, map: compiled.map }
    },
  }
}

const key = (property: t.ObjectProperty) =>
  t.isIdentifier(property.key)
    ? property.key.name
    : t.isStringLiteral(property.key)
      ? property.key.value
      : undefined

/** Descriptors the macros wrote (`/*i18n*\/ { id, message, ... }`): compile `message`, drop notes. */
const precompileMessages: PluginObj = {
  visitor: {
    ObjectExpression(path) {
      const marked = path.node.leadingComments?.some((c) => c.value.trim() === 'i18n')
      if (!marked) return
      for (const property of path.get('properties')) {
        if (!property.isObjectProperty()) continue
        const name = key(property.node)
        if (name === 'comment' || name === 'context') property.remove()
        else if (name === 'message' && t.isStringLiteral(property.node.value)) {
          property.node.value = t.valueToNode(compileMessage(property.node.value.value))
        }
      }
    },
  },
}
