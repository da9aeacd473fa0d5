import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UNSAFE_createMemoryHistory as createMemoryHistory, type Location } from 'react-router'
import { PortalRouter } from '@/app/app'
import { createPortal } from '@/app/portal'
import { serveScenario } from '../mocks/node'
import type { ScenarioName } from '../mocks/scenarios/scenarios'

/**
 * Renders the real route tree (page loaders included) at `url` against the mock engine in the
 * given scenario, with a fresh query client that never retries. `router` reads and moves the
 * portal's history the way a member's browser would.
 */
export function renderApp(
  url = '/',
  options: { scenario?: ScenarioName; retry?: boolean; persist?: boolean } = {},
) {
  const engine = serveScenario(options.scenario ?? 'default')
  const portal = createPortal(createMemoryHistory({ initialEntries: [url], v5Compat: true }), {
    retry: options.retry ?? false,
    persist: options.persist ?? false,
  })
  const { history, queryClient } = portal
  const user = userEvent.setup()
  const view = render(
    <PortalRouter portal={portal} />,
    // Errors caught by a boundary are shown to the member and asserted by the tests; React
    // would also log each one with console.error, which the harness treats as a failure.
    { onCaughtError: () => {} },
  )
  const router = {
    state: {
      get location(): Location {
        return history.location
      },
      /** How the current entry was reached: PUSH, REPLACE or POP. */
      get historyAction() {
        return history.action
      },
    },
    /** Opens `to` as a link would (or replaces the entry). */
    navigate: async (to: string, options_: { replace?: boolean } = {}) => {
      if (options_.replace) history.replace(to)
      else history.push(to)
      await Promise.resolve()
    },
  }
  return { ...view, user, engine, queryClient, router, portal }
}
