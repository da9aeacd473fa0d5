import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureClient } from '@/api/client'
import { setProgramOverrides } from '@/api/endpoints/get-program'
import { App } from '@/app/app'
import { ConfigErrorPage, UnknownScenarioPage } from '@/app/start-up-error'
import { loadConfig } from '@/config/load-config'
import { setLocale } from '@/lib/locale'
import './index.css'

async function start() {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>)

  let config
  try {
    config = await loadConfig()
  } catch (error) {
    render(<ConfigErrorPage message={error instanceof Error ? error.message : String(error)} />)
    return
  }

  configureClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs })
  setProgramOverrides(config.program)
  setLocale(config.locale)

  if (config.mock) {
    // The only way src/ reaches mocks/: a real-mode build never downloads this chunk.
    const { startMockApi } = await import('../mocks/browser')
    const mock = await startMockApi({ baseUrl: config.apiBaseUrl, search: window.location.search })
    if (mock.status === 'unknown-scenario') {
      render(<UnknownScenarioPage requested={mock.requested} known={mock.known} />)
      return
    }
  }

  render(<App />)
}

void start()
