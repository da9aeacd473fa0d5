// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { linguiMacros } from '../../scripts/build/lingui-macros'

const plugin = linguiMacros(fileURLToPath(new URL('../../lingui.config.ts', import.meta.url)))

async function transform(code: string): Promise<string> {
  const hook = plugin.transform
  const run = typeof hook === 'function' ? hook : hook?.handler
  const result = (await run?.call({} as never, code, '/src/example.tsx')) as { code: string } | null
  if (!result) throw new Error('the plugin left the file as it was')
  return result.code
}

const source = `
import { Trans } from '@lingui/react/macro'
import { msg } from '@lingui/core/macro'
export const label = msg\`Copy the code\`
export const Button = ({ name }: { name: string }) => <Trans>Copied {name}</Trans>
`

const nodeEnv = process.env.NODE_ENV
afterEach(() => {
  process.env.NODE_ENV = nodeEnv
})

describe('the build’s message macros', () => {
  it.each(['development', 'production'])(
    'keep each English message, compiled, in a %s build',
    async (env) => {
      process.env.NODE_ENV = env
      const code = await transform(source)
      // English has no catalog: a message left out of the code would show its id instead.
      expect(code).toMatch(/message:\s*\[?\s*"Copy the code"/)
      expect(code).toMatch(/message:\s*\[\s*"Copied ",\s*\[\s*"name"\s*\]\s*\]/)
      expect(code).not.toMatch(/comment|context/)
    },
  )
})
