import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { Portal } from '@/app/app'
import { createPortal } from '@/app/portal'
import { serveScenario } from '../mocks/node'
import type { ScenarioName } from '../mocks/scenarios/scenarios'

/**
 * Renders the real route tree (loaders included) at `url` against the mock engine in the
 * given scenario, with a fresh query client that never retries.
 */
export function renderApp(url = '/', options: { scenario?: ScenarioName; retry?: boolean } = {}) {
  const engine = serveScenario(options.scenario ?? 'default')
  const { queryClient, router } = createPortal(
    (routes) => createMemoryRouter(routes, { initialEntries: [url] }),
    { retry: options.retry ?? false },
  )
  const user = userEvent.setup()
  const view = render(
    <Portal queryClient={queryClient} router={router} />,
    // Errors caught by a boundary are shown to the member and asserted by the tests; React
    // would also log each one with console.error, which the harness treats as a failure.
    { onCaughtError: () => {} },
  )
  return { ...view, user, engine, queryClient, router }
}
