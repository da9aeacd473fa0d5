import { waitFor } from '@testing-library/react'
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { setSignOutPending } from '@/features/session/pending-sign-out'
import { server, serveScenario, TEST_API_BASE_URL } from '../../mocks/node'
import { createPortal } from './portal'

/** Every API request from now on, e.g. `GET /me/balance`. */
function recordRequests() {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    seen.push(`${request.method} ${url.pathname.replace(new URL(TEST_API_BASE_URL).pathname, '')}`)
  })
  return seen
}

const open = (url: string) => {
  serveScenario('default')
  return createPortal(createMemoryHistory({ initialEntries: [url], v5Compat: true }), {
    retry: false,
  })
}

afterEach(() => server.events.removeAllListeners())

describe('opening a page', () => {
  it('starts its code and every query it needs before anything renders', async () => {
    const requests = recordRequests()
    const { queryClient } = open('/wallet')
    await waitFor(() =>
      expect(requests).toEqual(
        expect.arrayContaining([
          'GET /program',
          'GET /me/balance',
          'GET /me',
          'GET /me/redemptions',
        ]),
      ),
    )
    queryClient.clear()
  })

  it('a change of search alone starts nothing; a new page starts its own queries', async () => {
    const requests = recordRequests()
    const { history, queryClient } = open('/wallet')
    await waitFor(() => expect(requests).toContain('GET /me/redemptions'))
    // Fresh data would not be fetched again anyway: clear the cache so a loader would have to.
    queryClient.clear()
    requests.length = 0

    history.push('/wallet?tab=used')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(requests).toEqual([])

    history.push('/rewards?category=gift')
    await waitFor(() => expect(requests).toContain('GET /rewards'))
    queryClient.clear()
  })

  it('while a sign-out is unfinished, no member data is asked for', async () => {
    setSignOutPending(true)
    const requests = recordRequests()
    open('/wallet')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(requests).toEqual([])
  })
})
