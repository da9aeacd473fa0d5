import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { formatMoney, formatNumber, formatPoints } from '@/lib/format'
import { setLocale } from '@/lib/locale'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

/** The section once it has left its loading skeleton (the skeleton carries the same name). */
function loadedRegion(name: string) {
  return waitFor(() => {
    const region = screen.getByRole('region', { name })
    if (region.getAttribute('aria-busy') === 'true') throw new Error(`${name} is still loading`)
    return region
  })
}

const balanceRegion = () => loadedRegion('Your balance')

describe('dashboard', () => {
  it('shows the member’s balance, pending and lifetime points, in the card and the header', async () => {
    const { engine } = renderApp('/')
    const balance = engine.balance()
    const words = engine.program().points

    const region = await balanceRegion()
    await within(region).findByText(formatNumber(balance.available))
    expect(
      within(region).getByText(formatPoints(balance.lifetimeEarned, words)),
    ).toBeInTheDocument()
    const firstPending = balance.pending[0]
    expect(firstPending).toBeDefined()
    if (firstPending) {
      expect(
        within(region).getAllByText(formatPoints(firstPending.points, words)).length,
      ).toBeGreaterThan(0)
    }
    expect(await screen.findByText(formatPoints(balance.available, words))).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` }),
    ).toBeInTheDocument()
  })

  it('shows the tier, progress toward the next one as a progress bar, and what it adds', async () => {
    const { engine } = renderApp('/')
    const program = engine.program()
    const progress = engine.tierProgress()
    const next = program.tiers.find((t) => t.id === progress.nextTierId)
    expect(next).toBeDefined()

    const tier = await loadedRegion('Your tier')
    const bar = await within(tier).findByRole('progressbar', { name: `Progress to ${next?.name}` })
    expect(bar).toHaveAttribute('aria-valuenow', String(progress.qualifyingAmount.amount))
    expect(
      within(tier).getByText(
        new RegExp(
          `Spend ${escape(formatMoney(progress.amountToNext ?? { amount: 0, currency: 'USD' }))} more by .* to reach ${next?.name}`,
        ),
      ),
    ).toBeInTheDocument()
    expect(within(tier).getByRole('heading', { name: `${next?.name} adds` })).toBeInTheDocument()
  })

  it('near-reward: says “You’re just 10 points away from …” and links to that reward', async () => {
    const { user } = renderApp('/', { scenario: 'near-reward' })
    const nudge = await screen.findByText(/^You’re just 10 points away from /)
    const rewardName = nudge.textContent?.replace(/^You’re just 10 points away from /, '') ?? ''
    const link = screen.getByRole('link', { name: `See ${rewardName}` })
    expect(link.getAttribute('href')).toMatch(/^\/rewards\//)

    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: rewardName })).toBeInTheDocument()
    expect(screen.getByText('Still needed')).toBeInTheDocument()
    expect(screen.getByText('10 points')).toBeInTheDocument()
  })

  it('a dismissed nudge stays dismissed for that member', async () => {
    const { user, unmount } = renderApp('/', { scenario: 'near-reward' })
    const nudge = await screen.findByText(/^You’re just 10 points away from /)
    await user.click(screen.getByRole('button', { name: `Dismiss: ${nudge.textContent}` }))
    expect(screen.queryByText(/^You’re just 10 points away from /)).not.toBeInTheDocument()
    unmount()

    renderApp('/', { scenario: 'near-reward' })
    await balanceRegion()
    await loadedRegion('Rewards you can get now')
    expect(screen.queryByText(/^You’re just 10 points away from /)).not.toBeInTheDocument()
  })

  it('new member: a welcome instead of empty numbers, and what to earn first', async () => {
    renderApp('/', { scenario: 'new-member' })
    const region = await balanceRegion()
    expect(await within(region).findByText(/Welcome! Earn your first points/)).toBeInTheDocument()
    expect(within(region).getByText('0')).toBeInTheDocument()
    const teaser = await loadedRegion('Rewards you can get now')
    expect(within(teaser).getByText(/Nothing to redeem yet/)).toBeInTheDocument()
  })

  it('expiring points: each batch with its date, and a nudge for the soonest', async () => {
    const { engine } = renderApp('/', { scenario: 'expiring-points' })
    const { expiring } = engine.balance()
    expect(expiring.length).toBeGreaterThanOrEqual(2)
    const region = await balanceRegion()
    const list = await within(region).findByRole('heading', { name: 'Expiring soon' })
    expect(list).toBeInTheDocument()
    // The three soonest batches by date, then the rest added up.
    expect(within(region).getAllByText(/expire on/)).toHaveLength(Math.min(3, expiring.length))
    const later = expiring.slice(3).reduce((sum, batch) => sum + batch.points, 0)
    if (later > 0) {
      const words = engine.program().points
      expect(
        within(region).getByText(new RegExp(`plus ${formatPoints(later, words)} by`)),
      ).toBeInTheDocument()
    }
    const soonest = expiring[0]
    expect(
      await screen.findByText(
        new RegExp(`^${formatPoints(soonest?.points ?? 0, engine.program().points)} expire on `),
        {
          selector: 'li p',
        },
      ),
    ).toBeInTheDocument()
  })

  it('near tier: a nudge with the spend left and the period end', async () => {
    const { engine } = renderApp('/', { scenario: 'near-tier' })
    const progress = engine.tierProgress()
    const next = engine.program().tiers.find((t) => t.id === progress.nextTierId)
    const amount = formatMoney(progress.amountToNext ?? { amount: 0, currency: 'USD' })
    const texts = await screen.findAllByText(
      new RegExp(`^Spend ${escape(amount)} more by Dec 31 to reach ${next?.name}$`),
    )
    // Once in the tier card, once as a nudge.
    expect(texts).toHaveLength(2)
  })

  it('top tier: says so, and that the tier is already kept for next year', async () => {
    renderApp('/', { scenario: 'top-tier' })
    const tier = await loadedRegion('Your tier')
    expect(await within(tier).findByText('You’re at our highest tier')).toBeInTheDocument()
    expect(within(tier).getByText(/already kept for next year/)).toBeInTheDocument()
    expect(within(tier).queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('formats numbers and dates for the member’s locale', async () => {
    setLocale('de-DE')
    const { engine } = renderApp('/')
    const { available } = engine.balance()
    expect(available).toBeGreaterThanOrEqual(1000)
    const region = await balanceRegion()
    // German groups thousands with a dot: 1.081, not 1,081.
    expect(
      within(region).getByText(new Intl.NumberFormat('de-DE').format(available)),
    ).toBeInTheDocument()
  })

  it('shows skeletons while loading, then the data', async () => {
    server.use(
      http.get(api('/me/balance'), async () => {
        await delay(300)
        return undefined
      }),
    )
    const { engine } = renderApp('/')
    expect(await screen.findByText('Your balance: loading…')).toBeInTheDocument()
    const region = await balanceRegion()
    expect(
      await within(region).findByText(formatNumber(engine.balance().available)),
    ).toBeInTheDocument()
    expect(screen.queryByText('Your balance: loading…')).not.toBeInTheDocument()
  })
})

describe('dashboard errors', () => {
  it('a server error in one section shows a message with retry; the rest of the page works', async () => {
    let failing = true
    server.use(
      http.get(api('/me/balance'), () =>
        failing
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal error', status: 500, code: 'internal_error' },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const { user, engine } = renderApp('/')
    const region = await loadedRegion('Your balance')
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'The rewards service is having trouble',
    )
    expect(await loadedRegion('Your tier')).toBeInTheDocument()

    failing = false
    await user.click(within(region).getByRole('button', { name: 'Try again' }))
    expect(
      await within(await balanceRegion()).findByText(formatNumber(engine.balance().available)),
    ).toBeInTheDocument()
  })

  it('a problem response shows its own title and detail', async () => {
    server.use(
      http.get(api('/me/tier'), () =>
        HttpResponse.json(
          {
            type: 'https://loyalty.example.com/problems/forbidden',
            title: 'Your membership is paused',
            status: 403,
            detail: 'Contact support to reactivate it.',
            code: 'forbidden',
          },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    renderApp('/')
    const alert = await within(await loadedRegion('Your tier')).findByRole('alert')
    expect(alert).toHaveTextContent('Your membership is paused')
    expect(alert).toHaveTextContent('Contact support to reactivate it.')
  })

  it('a response outside the contract is named, not a crash', async () => {
    server.use(http.get(api('/me/balance'), () => HttpResponse.json({ available: 'lots' })))
    renderApp('/')
    const alert = await within(await loadedRegion('Your balance')).findByRole('alert')
    expect(alert).toHaveTextContent('We received something we couldn’t read')
    expect(alert).toHaveTextContent('GET /me/balance')
    expect(alert).toHaveTextContent('“available”')
  })

  it('a network failure says the service could not be reached, and retry recovers', async () => {
    let failing = true
    server.use(http.get(api('/rewards'), () => (failing ? HttpResponse.error() : undefined)))
    const { user } = renderApp('/')
    const teaser = await loadedRegion('Rewards you can get now')
    expect(await within(teaser).findByRole('alert')).toHaveTextContent(
      'We couldn’t reach the rewards service',
    )

    failing = false
    await user.click(within(teaser).getByRole('button', { name: 'Try again' }))
    const fresh = await loadedRegion('Rewards you can get now')
    expect(await within(fresh).findAllByRole('link')).not.toHaveLength(0)
  })

  it('a busy service is retried as its Retry-After asks, then explained', async () => {
    let calls = 0
    server.use(
      http.get(api('/me/balance'), () => {
        calls += 1
        return HttpResponse.json(
          { type: 'about:blank', title: 'Busy', status: 503, code: 'service_unavailable' },
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
          },
        )
      }),
    )
    renderApp('/', { retry: true })
    const alert = await within(await loadedRegion('Your balance')).findByRole(
      'alert',
      {},
      { timeout: 6000 },
    )
    expect(alert).toHaveTextContent('The rewards service is busy')
    // The first request and two retries, a second apart as the server asked.
    expect(calls).toBe(3)
  }, 10_000)

  it('an unknown page shows not-found with a way home', async () => {
    renderApp('/no-such-page')
    expect(
      await screen.findByRole('heading', { name: 'We couldn’t find that page' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to your dashboard' })).toHaveAttribute('href', '/')
  })
})

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')
}
