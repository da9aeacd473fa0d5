import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { pickAttempt } from '@/api/redemption-attempts'
import { HAD_SESSION_KEY } from '@/lib/visitor'
import type { LoyaltyEngine } from '../../../mocks/engine/engine'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const api = (path: string) => `${TEST_API_BASE_URL}${path}`
const unauthorized = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Sign in again', status: 401, code: 'unauthorized' },
    { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
  )

describe('an ended session', () => {
  it('a 401 anywhere sends the member to sign in, remembering where they were', async () => {
    // Signed in on this device before; the session has ended since.
    localStorage.setItem(HAD_SESSION_KEY, '1')
    let signedIn = false
    server.use(http.get(api('/me/balance'), () => (signedIn ? undefined : unauthorized())))
    const { router, user } = renderApp('/wallet')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/wallet')
    expect(screen.getByText(/Your session ended/)).toBeInTheDocument()
    // Nothing of the member stays on screen.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()

    signedIn = true
    await user.type(screen.getByLabelText('Email'), 'maya.chen@example.com')
    await user.type(screen.getByLabelText('Password'), 'rewards-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/wallet'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your wallet' }),
    ).toBeInTheDocument()
  })

  it('says plainly when the email or password is wrong, and keeps what was typed', async () => {
    server.use(
      http.post(api('/session'), () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Email or password is incorrect',
            status: 401,
            code: 'invalid_credentials',
          },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = renderApp('/sign-in')
    await user.type(await screen.findByLabelText('Email'), 'maya.chen@example.com')
    await user.type(screen.getByLabelText('Password'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect')
    expect(screen.getByLabelText('Email')).toHaveValue('maya.chen@example.com')
  })

  it('a locked account and a server that is down each get their own message', async () => {
    let answer = 'locked'
    server.use(
      http.post(api('/session'), () =>
        answer === 'locked'
          ? HttpResponse.json(
              {
                type: 'about:blank',
                title: 'Locked',
                status: 423,
                code: 'account_locked',
                detail: 'Call us to unlock it.',
              },
              { status: 423, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : HttpResponse.error(),
      ),
    )
    const { user } = renderApp('/sign-in')
    await user.type(await screen.findByLabelText('Email'), 'locked@example.com')
    await user.type(screen.getByLabelText('Password'), 'rewards-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is locked')

    answer = 'down'
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t reach the rewards service'),
    )
  })

  it('never returns the member to a page outside the portal', async () => {
    const { router, user } = renderApp('/sign-in?returnTo=//evil.example/phish')
    await user.type(await screen.findByLabelText('Email'), 'maya.chen@example.com')
    await user.type(screen.getByLabelText('Password'), 'rewards-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
  })
})

describe('offline', () => {
  it('says so and since when, keeps what was loaded, and pauses redeeming with the reason', async () => {
    const { engine, router } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const reward = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: true }).items[0]
    expect(reward).toBeDefined()
    await router.navigate(`/rewards/${reward?.id ?? ''}`)
    await screen.findByRole('button', { name: /^(Redeem|Donate points)$/ })

    Object.defineProperty(navigator, 'onLine', { configurable: true, value: false })
    window.dispatchEvent(new Event('offline'))
    try {
      // The banner says since when what is shown was true: the balance's time.
      const banner = await screen.findByText(/Showing what you last saw/)
      expect(banner).toHaveAttribute('role', 'status')
      expect(banner).toHaveTextContent(
        /^You’re offline\. Showing what you last saw, as of \d{1,2}:\d{2}\s?[AP]M\./,
      )
      const redeem = screen.getByRole('button', { name: /^(Redeem|Donate points)$/ })
      expect(redeem).toBeDisabled()
      expect(redeem).toHaveAccessibleDescription(
        'You’re offline. Spending and earning points is paused until you’re back online.',
      )
    } finally {
      Object.defineProperty(navigator, 'onLine', { configurable: true, value: true })
      window.dispatchEvent(new Event('online'))
    }
    await waitFor(() =>
      expect(screen.queryByText(/Showing what you last saw/)).not.toBeInTheDocument(),
    )
  })
})

/**
 * A redemption the API made whose answer never came back: the attempt is still unsettled in
 * this browser. Returns the reward and how many of it the member had before.
 */
function unconfirmedRedemption(engine: LoyaltyEngine) {
  const [reward] = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: true }).items
  if (!reward) throw new Error('the member can afford a reward')
  const before = engine.listRedemptions({ limit: 100 }).items.length
  const attempt = pickAttempt(engine.me().id, reward, Date.now())
  engine.redeem({ rewardId: reward.id, expectedCost: reward.cost, idempotencyKey: attempt.key })
  return { reward, before }
}

/** Signs out from the account menu (wide screens). */
async function signOutFromHeader(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Account' }))
  await user.click(screen.getByRole('button', { name: 'Sign out' }))
}

describe('signing out', () => {
  it('with a redemption not confirmed yet: warns; signed out anyway, the wallet shows its code at the next sign-in', async () => {
    const { engine, router, user } = renderApp('/')
    const { reward, before } = unconfirmedRedemption(engine)
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })

    await signOutFromHeader(user)
    const warning = await screen.findByRole('dialog', {
      name: `A redemption of ${reward.name} hasn’t been confirmed yet`,
    })
    expect(within(warning).getByRole('alert')).toHaveTextContent(
      'We don’t know yet whether it went through',
    )
    expect(within(warning).getByRole('button', { name: 'Check it now' })).toBeInTheDocument()
    await user.click(within(warning).getByRole('button', { name: 'Sign out anyway' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    // Kept by member id, with nothing but its key and reward.
    const kept = Object.keys(localStorage).filter((key) => key.startsWith('rewards:'))
    expect(kept).toEqual([`rewards:redemption-attempt:${engine.me().id}:${reward.id}`])

    await user.type(screen.getByLabelText('Email'), engine.me().email)
    await user.type(screen.getByLabelText('Password'), 'rewards-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/wallet'))
    const code = engine.listRedemptions({ limit: 100 }).items.find((r) => r.rewardId === reward.id)
      ?.voucher?.code
    const unconfirmed = await screen.findByRole('region', {
      name: 'A redemption that wasn’t confirmed',
    })
    await waitFor(() =>
      expect(within(unconfirmed).getByRole('status')).toHaveTextContent(
        `${reward.name} went through. Your code is ${code ?? 'a code'}.`,
      ),
    )
    // One redemption: the one made before the sign-out, found again, not made again.
    expect(engine.listRedemptions({ limit: 100 }).items).toHaveLength(before + 1)
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('rewards:redemption-attempt:')),
    ).toEqual([])
  })

  it('with a redemption not confirmed yet: “Check it now” stays signed in and checks it in the wallet', async () => {
    const { engine, router, user } = renderApp('/')
    const { reward } = unconfirmedRedemption(engine)
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    await signOutFromHeader(user)
    const warning = await screen.findByRole('dialog')
    await user.click(within(warning).getByRole('button', { name: 'Check it now' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/wallet'))
    expect(
      await screen.findByText(`${reward.name} went through.`, { exact: false }),
    ).toBeInTheDocument()
    // Still signed in, and free to sign out later.
    await user.click(screen.getByRole('button', { name: 'Account' }))
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled()
  })

  it('without a connection: forgets the member here, and ends the session once the API answers', async () => {
    let reachable = false
    let attempts = 0
    server.use(
      http.delete(api('/session'), () => {
        attempts += 1
        return reachable ? undefined : HttpResponse.error()
      }),
    )
    const { engine, router, user } = renderApp('/')
    const greeting = `Hi, ${engine.me().firstName}`
    await screen.findByRole('heading', { level: 1, name: greeting })

    await user.click(screen.getByRole('button', { name: 'Account' }))
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByText(/You’re signed out on this device/)).toHaveAttribute('role', 'status')
    expect(screen.queryByText(engine.me().firstName, { exact: false })).not.toBeInTheDocument()

    // The sign-out's own request, then the sign-in page trying again at once.
    await waitFor(() => expect(attempts).toBe(2))

    // The session may still be alive on the server: no member page opens meanwhile.
    await act(() => router.navigate('/wallet'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
    expect(screen.queryByRole('heading', { name: 'Your wallet' })).not.toBeInTheDocument()

    // Back online: the session ends, the notice goes, and signing in works as ever.
    reachable = true
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() =>
      expect(screen.queryByText(/signed out on this device/)).not.toBeInTheDocument(),
    )
    await act(() => router.navigate('/'))
    expect(await screen.findByRole('heading', { level: 1, name: greeting })).toBeInTheDocument()
  })
})
