import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_AGE_MS, QUERY_CACHE_KEY, type PersistedCache } from '@/api/persisted-queries'
import { formatNumber } from '@/lib/format'
import { server, TEST_API_BASE_URL } from '../../mocks/node'
import { renderApp } from '../../test/render-app'
import { persistQueryCache } from './query-cache-writer'

const BALANCE_URL = `${TEST_API_BASE_URL}/me/balance`

const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

const kept = () => {
  const raw = localStorage.getItem(QUERY_CACHE_KEY)
  return raw ? (JSON.parse(raw) as PersistedCache) : null
}

/** The balance card once it has left its loading skeleton (which carries the same name). */
const balanceCard = () =>
  waitFor(() => {
    const region = screen.getByRole('region', { name: 'Your balance' })
    if (region.getAttribute('aria-busy') === 'true') throw new Error('still loading')
    return region
  })

/** A first visit in real mode: the dashboard loads, and its answers are kept on the device. */
async function firstVisit() {
  const view = renderApp('/', { persist: true })
  const available = view.engine.balance().available
  const card = await balanceCard()
  await within(card).findByText(formatNumber(available))
  await waitFor(() =>
    expect(view.queryClient.getQueryData(['member', '/me/tier', {}])).toBeDefined(),
  )
  stops.push(persistQueryCache(view.queryClient))
  expect(kept()?.member).toBe(view.engine.me().id)
  view.unmount()
  view.queryClient.clear()
  return { available, engine: view.engine }
}

/** Holds every GET /me/balance until `release()`; then answers `available`. */
function holdBalance(answer: () => object) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get(BALANCE_URL, async () => {
      await released
      return HttpResponse.json(answer())
    }),
  )
  return () => release()
}

describe('a returning member (real mode)', () => {
  it('sees their last balance in the first frame, marked as of when, until the API answers', async () => {
    const { available, engine } = await firstVisit()
    const fresh = available + 250
    const release = holdBalance(() => ({ ...engine.balance(), available: fresh }))

    renderApp('/', { persist: true })
    // No waiting: the kept answers are in the cache before anything renders.
    const card = screen.getByRole('region', { name: 'Your balance' })
    expect(card).not.toHaveAttribute('aria-busy', 'true')
    expect(within(card).getByText(formatNumber(available))).toBeInTheDocument()
    expect(within(card).getByText(/^As of \d{1,2}:\d{2}\s?[AP]M$/)).toBeInTheDocument()

    release()
    await within(card).findByText(formatNumber(fresh))
    expect(within(card).queryByText(/^As of/)).not.toBeInTheDocument()
  })

  it('never shows kept answers older than a day, or from another release', async () => {
    await firstVisit()
    const saved = kept()
    if (!saved) throw new Error('nothing was kept')
    for (const stale of [
      { ...saved, savedAt: Date.now() - MAX_AGE_MS - 1000 },
      { ...saved, release: 'an older release' },
      'not json',
    ]) {
      localStorage.setItem(
        QUERY_CACHE_KEY,
        typeof stale === 'string' ? stale : JSON.stringify(stale),
      )
      const release = holdBalance(() => ({}))
      const view = renderApp('/', { persist: true })
      expect(screen.getByRole('region', { name: 'Your balance' })).toHaveAttribute(
        'aria-busy',
        'true',
      )
      expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull()
      view.unmount()
      view.queryClient.clear()
      release()
    }
  })

  it('forgets what was kept when the API says the session is someone else’s', async () => {
    const { available, engine } = await firstVisit()
    const saved = kept()
    if (!saved) throw new Error('nothing was kept')
    localStorage.setItem(QUERY_CACHE_KEY, JSON.stringify({ ...saved, member: 'someone-else' }))
    const fresh = available + 1
    server.use(
      http.get(BALANCE_URL, () => HttpResponse.json({ ...engine.balance(), available: fresh })),
    )

    renderApp('/', { persist: true })
    await waitFor(async () =>
      expect(within(await balanceCard()).getByText(formatNumber(fresh))).toBeInTheDocument(),
    )
    await waitFor(() => expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull())
  })

  it('erases what was kept when the member signs out, and keeps nothing after', async () => {
    await firstVisit()
    const view = renderApp('/', { persist: true })
    stops.push(persistQueryCache(view.queryClient))
    await view.user.click(screen.getByRole('button', { name: 'Account' }))
    await view.user.click(screen.getByRole('button', { name: 'Sign out' }))
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'))
    expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull()
    // Whatever the sign-in page loads (the program) is no member's: nothing is kept.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull()
  })

  it('starts from nothing kept when a member signs in', async () => {
    const { engine } = await firstVisit()
    const saved = kept()
    if (!saved) throw new Error('nothing was kept')
    localStorage.setItem(QUERY_CACHE_KEY, JSON.stringify({ ...saved, member: 'someone-else' }))
    const view = renderApp('/sign-in', { persist: true })
    await view.user.type(await screen.findByLabelText('Email'), engine.me().email)
    await view.user.type(screen.getByLabelText('Password'), 'rewards-demo')
    await view.user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/'))
    expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull()
  })

  it('erases what was kept when the API answers 401', async () => {
    await firstVisit()
    server.use(
      http.get(BALANCE_URL, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const view = renderApp('/', { persist: true })
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'))
    expect(localStorage.getItem(QUERY_CACHE_KEY)).toBeNull()
  })
})
