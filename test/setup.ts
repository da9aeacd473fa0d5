import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { configureClient } from '@/api/client'
import { setLocale } from '@/lib/locale'
import { resetMockScenario, server, TEST_API_BASE_URL } from '../mocks/node'

// A test file that asks for the node environment (the standalone API server's test, which
// talks real HTTP) has no DOM, and must not have MSW intercept its requests.
const inDom = typeof document !== 'undefined'

// Lazy routes load their code on first visit, and a page's first load also compiles its
// messages; on a busy two-core machine the first test of a file once took 11 s to see its
// page. Waiting longer changes no assertion: a page that never shows still fails.
configure({ asyncUtilTimeout: 20_000 })

// jsdom has <dialog> but not its methods: open and close it the way a browser would.
if (inDom) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

let consoleErrors: unknown[][] = []

beforeAll(() => {
  if (inDom) server.listen({ onUnhandledRequest: 'error' })
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
  if (inDom) {
    localStorage.clear()
    sessionStorage.clear()
  }
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
