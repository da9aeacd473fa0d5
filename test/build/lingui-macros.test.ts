// @vitest-environment node
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { linguiMacros } from '../../scripts/build/lingui-macros'

const configPath = fileURLToPath(new URL('../../lingui.config.ts', import.meta.url))
const environment = process.env.NODE_ENV

afterEach(() => {
  process.env.NODE_ENV = environment
})

async function transform(code: string) {
  const plugin: Plugin = linguiMacros(configPath)
  const hook = plugin.transform
  const run = typeof hook === 'function' ? hook : hook?.handler
  const result: unknown = await run?.call({} as never, code, '/src/features/x/x.tsx')
  return typeof result === 'object' && result !== null && 'code' in result
    ? String(result.code)
    : ''
}

describe('the build’s Lingui macros', () => {
  it('keep each English message, compiled, in a production build (English has no catalog)', async () => {
    process.env.NODE_ENV = 'production'
    const code = await transform(
      "import { Trans } from '@lingui/react/macro'\nexport const A = ({ name }: { name: string }) => <Trans>Hello {name}</Trans>\n",
    )
    expect(code).toMatch(/message: \["Hello ", \["name"\]\]/)
  })
})
