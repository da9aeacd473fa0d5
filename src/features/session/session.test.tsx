import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
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
  it('says so, keeps what was loaded, and pauses redeeming', async () => {
    const { engine, router } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const reward = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: true }).items[0]
    expect(reward).toBeDefined()
    await router.navigate(`/rewards/${reward?.id ?? ''}`)
    await screen.findByRole('button', { name: /^(Redeem|Donate points)$/ })

    Object.defineProperty(navigator, 'onLine', { configurable: true, value: false })
    window.dispatchEvent(new Event('offline'))
    try {
      expect(await screen.findByText(/You’re offline\./)).toBeInTheDocument()
      expect(screen.getByRole('button', { name: /^(Redeem|Donate points)$/ })).toBeDisabled()
      expect(
        screen.getByText(/redeeming is paused until you’re back online/i, {
          selector: 'p#redeem-blocked',
        }),
      ).toBeInTheDocument()
    } finally {
      Object.defineProperty(navigator, 'onLine', { configurable: true, value: true })
      window.dispatchEvent(new Event('online'))
    }
    await waitFor(() => expect(screen.queryByText(/You’re offline\./)).not.toBeInTheDocument())
  })
})

describe('signing out', () => {
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
    expect(screen.getByRole('status')).toHaveTextContent(/You’re signed out on this device/)
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
