import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { configureClient } from '@/api/client'
import { setLocale } from '@/lib/locale'
import { resetMockScenario, server, TEST_API_BASE_URL } from '../mocks/node'

let consoleErrors: unknown[][] = []

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

beforeEach(() => {
  configureClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 5_000 })
  setLocale('en-US')
  consoleErrors = []
  // A stray console.error (a React warning, an act() warning) is a failure, not noise.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  resetMockScenario()
  localStorage.clear()
  sessionStorage.clear()
  const errors = consoleErrors
  consoleErrors = []
  if (errors.length > 0) {
    throw new Error(
      `console.error was called:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`,
    )
  }
})

afterAll(() => {
  server.close()
})
