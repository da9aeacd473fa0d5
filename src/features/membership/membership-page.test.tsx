import { act, screen, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { configureClient } from '@/api/client'
import { activateLocale } from '@/lib/i18n/activate'
import { atOnce } from '../../../mocks/engine/idempotency'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'
import { handOff } from './hand-off'

const membershipCard = () => screen.findByRole('region', { name: 'Your VIP membership' })

let go: MockInstance<(url: string) => void>

beforeEach(() => {
  // jsdom cannot leave the page: record where the member would be sent instead.
  go = vi.spyOn(handOff, 'go').mockImplementation(() => {})
})

afterEach(async () => {
  vi.useRealTimers()
  go.mockRestore()
  configureClient({ headers: {} })
  await activateLocale('en')
})

describe('VIP membership page', () => {
  it('shows a skeleton while loading, then the plans, their prices and what VIP adds', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/membership`, async () => {
        await delay(300)
        return undefined
      }),
    )
    renderApp('/membership')
    expect(await screen.findByText('Your VIP membership: loading…')).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'What VIP adds to your tier' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Your VIP membership: loading…')).not.toBeInTheDocument()
    const card = await membershipCard()
    // Silver already has early access: VIP adds the rest.
    expect(card).toHaveTextContent('A monthly café treat')
    expect(card).toHaveTextContent('Free express shipping')
    expect(card).not.toHaveTextContent('Early access')
    const plans = within(card).getByRole('group', { name: 'How would you like to pay?' })
    expect(
      within(plans).getByRole('radio', { name: /Monthly\s*\$9\.99 a month/ }),
    ).not.toBeChecked()
    expect(within(plans).getByRole('radio', { name: /Yearly\s*\$99 a year/ })).toBeChecked()
  })

  it('a failed answer says so, and Try again shows the membership', async () => {
    setMockFaults({ fail: { membership: '503' } })
    const { user } = renderApp('/membership')
    const card = await membershipCard()
    expect(await within(card).findByRole('alert', {}, { timeout: 8000 })).toBeInTheDocument()
    setMockFaults({})
    await user.click(within(card).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: 'Join VIP' })).toBeInTheDocument()
  })

  it('an answer outside the contract is named, not a crash', async () => {
    setMockFaults({ fail: { 'membership-plans': 'malformed' } })
    renderApp('/membership')
    const card = await membershipCard()
    expect(await within(card).findByRole('alert')).toHaveTextContent('GET /me/membership/plans')
  })

  it('join: a double click starts one checkout and hands off to it once', async () => {
    const { user, engine } = renderApp('/membership')
    const begin = vi.spyOn(engine, 'beginCheckout')
    await user.click(await screen.findByRole('radio', { name: /Monthly/ }))
    await user.dblClick(screen.getByRole('button', { name: 'Join VIP' }))
    await vi.waitFor(() => expect(go).toHaveBeenCalled())
    expect(go).toHaveBeenCalledTimes(1)
    const url = new URL(String(go.mock.calls[0]?.[0]))
    // Mock mode: the provider's page is the portal's own return page, with the outcome.
    expect(url.pathname).toBe('/membership/return')
    expect(url.searchParams.get('outcome')).toBe('success')
    expect(url.searchParams.get('session')).toMatch(/^chk_/)
    expect(begin).toHaveBeenCalledTimes(1)
    expect(begin.mock.calls[0]?.[0]).toMatchObject({ planId: 'monthly' })
    expect(
      await screen.findByText('Taking you to the secure checkout…', { selector: 'p:not([role])' }),
    )
    expect(screen.getByRole('link', { name: 'continue to the checkout' })).toHaveAttribute(
      'href',
      url.href,
    )
    expect(engine.membership()).toMatchObject({ status: 'active', planId: 'monthly' })
  })

  it('join: an answer lost on the way is checked with the same key, never a second checkout', async () => {
    setMockFaults({ fail: { checkout: 'committed-500' } })
    const { user, engine } = renderApp('/membership')
    const begin = vi.spyOn(engine, 'beginCheckout')
    await user.click(await screen.findByRole('button', { name: 'Join VIP' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('We couldn’t confirm your checkout was started')
    expect(screen.queryByRole('button', { name: 'Join VIP' })).not.toBeInTheDocument()
    expect(go).not.toHaveBeenCalled()
    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Check again' }))
    await vi.waitFor(() => expect(go).toHaveBeenCalledTimes(1))
    const keys = new Set(begin.mock.calls.map(([command]) => command.idempotencyKey))
    expect(keys.size).toBe(1)
  }, 30_000)

  it('join: a checkout left unknown is found again on the next visit, and waits for the member', async () => {
    setMockFaults({ fail: { checkout: 'committed-500' } })
    const { user, unmount } = renderApp('/membership')
    await user.click(await screen.findByRole('button', { name: 'Join VIP' }))
    await screen.findByRole('alert', {}, { timeout: 15_000 })
    unmount()

    setMockFaults({})
    // Unpaid still (a provider that has not charged): the checkout is where to continue.
    const { engine } = renderApp('/membership')
    engine.setCheckoutOutcome('cancelled')
    const card = await membershipCard()
    const next = await within(card).findByRole('link', { name: 'Continue to the checkout' })
    expect(new URL(next.getAttribute('href') ?? '').pathname).toBe('/membership/return')
    expect(within(card).getByRole('status')).toHaveTextContent('Your checkout is ready.')
    expect(go).not.toHaveBeenCalled()
  }, 30_000)

  it('join: a checkout left unknown that was paid meanwhile shows the membership, not the checkout', async () => {
    setMockFaults({ fail: { checkout: 'committed-500' } })
    const { user, unmount } = renderApp('/membership')
    await user.click(await screen.findByRole('button', { name: 'Join VIP' }))
    await screen.findByRole('alert', {}, { timeout: 15_000 })
    unmount()

    setMockFaults({})
    renderApp('/membership')
    const card = await membershipCard()
    expect(
      await within(card).findByRole('heading', { name: 'You’re a VIP member' }),
    ).toBeInTheDocument()
    expect(within(card).queryByRole('link', { name: 'Continue to the checkout' })).toBeNull()
    expect(go).not.toHaveBeenCalled()
  }, 30_000)

  it('cancel: a confirm step says the day benefits end; Keep VIP changes nothing', async () => {
    const { user, engine } = renderApp('/membership', { scenario: 'vip-member' })
    const card = await membershipCard()
    expect(await within(card).findByRole('heading', { name: 'You’re a VIP member' }))
    expect(card).toHaveTextContent('Yearly')
    expect(card).toHaveTextContent('Renews onAugust 12, 2027')
    expect(within(card).getByRole('heading', { name: 'What VIP adds to your tier' }))
    expect(card).toHaveTextContent('A monthly café treat')
    await user.click(within(card).getByRole('button', { name: 'Cancel VIP membership' }))
    expect(card).toHaveTextContent(
      'Nothing more will be charged. Your VIP benefits last until August 11, 2027, the end of the period you paid for.',
    )
    await user.click(within(card).getByRole('button', { name: 'Keep VIP' }))
    expect(engine.membership().status).toBe('active')

    await user.click(within(card).getByRole('button', { name: 'Cancel VIP membership' }))
    await user.click(within(card).getByRole('button', { name: 'Yes, cancel VIP' }))
    expect(
      await within(card).findByRole('heading', { name: 'Your VIP membership is cancelled' }),
    ).toBeInTheDocument()
    expect(card).toHaveTextContent('Your VIP benefits last until August 11, 2027.')
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Your VIP membership is cancelled. Your benefits last until August 11, 2027.',
    )
    expect(within(card).queryByRole('button', { name: 'Join VIP' })).not.toBeInTheDocument()
    expect(engine.membership()).toMatchObject({ status: 'cancelled', benefitsEndOn: '2027-08-11' })
  })

  it('cancel: a broken answer is kept, told and checked with the same key; it cancels once', async () => {
    const { user, engine } = renderApp('/membership', { scenario: 'vip-member' })
    const card = await membershipCard()
    await user.click(await within(card).findByRole('button', { name: 'Cancel VIP membership' }))
    const cancel = vi.spyOn(engine, 'beginCancelMembership')
    // The API cancels, then its answer breaks; the membership cannot be read either.
    setMockFaults({ fail: { 'cancel-membership': 'committed-502', membership: '500' } })
    await user.click(within(card).getByRole('button', { name: 'Yes, cancel VIP' }))
    const alert = await within(card).findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('We couldn’t confirm your VIP membership was cancelled')
    // Never a fresh attempt over an unknown one.
    expect(within(card).queryByRole('button', { name: /cancel VIP/i })).not.toBeInTheDocument()
    expect(engine.membership().status).toBe('cancelled')

    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Check again' }))
    expect(
      await within(card).findByRole('heading', { name: 'Your VIP membership is cancelled' }),
    ).toBeInTheDocument()
    const keys = new Set(cancel.mock.calls.map(([command]) => command.idempotencyKey))
    expect(keys.size).toBe(1)
    expect(engine.membership()).toMatchObject({ status: 'cancelled', benefitsEndOn: '2027-08-11' })
  }, 30_000)

  it('reads in Arabic, the benefits from the API too', async () => {
    await act(() => activateLocale('ar'))
    configureClient({ headers: { 'Accept-Language': 'ar' } })
    renderApp('/membership')
    const card = await screen.findByRole('region', { name: 'عضويتك VIP' })
    expect(await within(card).findByRole('button', { name: 'الانضمام إلى VIP' })).toBeVisible()
    expect(card).toHaveTextContent('ضيافة شهرية في المقهى')
  })
})

describe('return from the checkout', () => {
  it('success: welcome, and the membership as the API says it now', async () => {
    renderApp('/membership/return?outcome=success&session=chk_1', { scenario: 'vip-member' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to VIP' })).toBeVisible()
    const card = await screen.findByRole('region', { name: 'You’re a VIP member' })
    const status = within(card).getByRole('status')
    expect(status).toHaveTextContent('Your yearly plan renews on August 12, 2027.')
    expect(screen.getByRole('link', { name: 'See your VIP membership' })).toHaveAttribute(
      'href',
      '/membership',
    )
  })

  it('success not confirmed yet: says so, and shows the membership once the provider has', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { engine } = renderApp('/membership/return?outcome=success&session=chk_1')
    expect(await screen.findByText('We’re confirming your payment')).toBeInTheDocument()
    expect(screen.queryByText(/taking longer than usual/)).not.toBeInTheDocument()
    // A minute on: it says so, and that leaving is safe.
    await act(() => vi.advanceTimersByTimeAsync(61_000))
    expect(await screen.findByText(/It’s taking longer than usual/)).toBeInTheDocument()
    // The provider tells the API.
    atOnce(
      engine.beginCheckout({
        planId: 'monthly',
        returnUrl: 'http://localhost:3000/membership/return',
        idempotencyKey: 'provider-confirms',
      }),
    )
    await act(() => vi.advanceTimersByTimeAsync(3_000))
    expect(
      await screen.findByText('You’re a VIP member', {}, { timeout: 8000 }),
    ).toBeInTheDocument()
  }, 20_000)

  it('cancelled: nothing was charged, try again', async () => {
    renderApp('/membership/return?outcome=cancelled&session=chk_1')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkout cancelled' }),
    ).toBeVisible()
    const card = screen.getByRole('region', { name: 'Nothing was charged' })
    expect(within(card).getByRole('status')).toHaveTextContent(
      'You left the checkout before paying, so you’re not a VIP member yet.',
    )
    expect(screen.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/membership')
  })

  it('failed: nothing was charged, what to do, try again', async () => {
    renderApp('/membership/return?outcome=failed&session=chk_1')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your payment didn’t go through' }),
    ).toBeVisible()
    const card = screen.getByRole('region', { name: 'Nothing was charged' })
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Check your card details or use another card, then try again.',
    )
    expect(screen.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/membership')
  })
})
