import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { configureClient } from '@/api/client'
import { formatNumber } from '@/lib/format'
import { setMockFaults } from '../mocks/node'
import { renderApp } from './render-app'

// The designer panel's faults, set the way a component test sets them, reach the app as the
// real API's failures would: each card says what went wrong in the member's words.

/** The section once it has left its loading skeleton (the skeleton carries the same name). */
function loadedRegion(name: string) {
  return waitFor(() => {
    const region = screen.getByRole('region', { name })
    if (region.getAttribute('aria-busy') === 'true') throw new Error(`${name} is still loading`)
    return region
  })
}

describe('designer faults in the app', () => {
  it('balance:500: the balance card says the service is having trouble; Try again recovers', async () => {
    setMockFaults({ fail: { balance: '500' } })
    const { user, engine } = renderApp('/')

    const balance = await loadedRegion('Your balance')
    const alert = await within(balance).findByRole('alert')
    expect(alert).toHaveTextContent('The rewards service is having trouble')
    // The other sections do not depend on the balance.
    expect(await within(await loadedRegion('Your tier')).findByRole('progressbar')).toBeVisible()

    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(async () =>
      expect(
        within(await loadedRegion('Your balance')).getByText(
          formatNumber(engine.balance().available),
        ),
      ).toBeInTheDocument(),
    )
  })

  it('balance:malformed: the balance card says it received something it could not read', async () => {
    setMockFaults({ fail: { balance: 'malformed' } })
    renderApp('/')
    const alert = await within(await loadedRegion('Your balance')).findByRole('alert')
    expect(alert).toHaveTextContent('We received something we couldn’t read')
    expect(alert).toHaveTextContent('GET /me/balance, field “available”')
  })

  it('tier:timeout: the tier card says the service did not answer in time', async () => {
    configureClient({ timeoutMs: 200 })
    setMockFaults({ fail: { tier: 'timeout' } })
    renderApp('/')
    const alert = await within(await loadedRegion('Your tier')).findByRole('alert')
    expect(alert).toHaveTextContent('This is taking longer than it should')
  })

  it('latency offline: the page says once that the service cannot be reached', async () => {
    setMockFaults({ latency: 'offline' })
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'This page couldn’t be shown' })
    const [alert, ...more] = screen.getAllByRole('alert')
    expect(more).toHaveLength(0)
    expect(alert).toHaveTextContent('We couldn’t reach the rewards service')
  })

  it.each(['malformed', 'committed-502', 'committed-truncated'] as const)(
    'redemptions:%s: the points are spent, the answer is lost; the code still shows, spent once',
    async (fault) => {
      setMockFaults({ fail: { redemptions: fault } })
      const { user, engine, router } = renderApp('/')
      const before = engine.balance().available
      const had = new Set(engine.listRedemptions({ limit: 100 }).items.map((r) => r.id))
      await router.navigate('/rewards/rwd_free_coffee')
      await user.click(await screen.findByRole('button', { name: 'Redeem' }))
      const dialog = await screen.findByRole('dialog')
      await user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))

      expect(await within(dialog).findByRole('heading', { name: 'It’s yours!' })).toBeVisible()
      const made = engine.listRedemptions({ limit: 100 }).items.filter((r) => !had.has(r.id))
      expect(made.map((r) => r.rewardId)).toEqual(['rwd_free_coffee'])
      expect(within(dialog).getByText(made[0]?.voucher?.code ?? 'no code')).toBeVisible()
      expect(engine.balance().available).toBe(before - 150)
    },
  )
})
