import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { setAccountLinks } from '@/config/account-links'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const api = (path: string) => `${TEST_API_BASE_URL}${path}`
const unauthorized = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Please sign in', status: 401, code: 'unauthorized' },
    { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
  )

afterEach(() => setAccountLinks({}))

describe('a visitor who is not signed in', () => {
  it('sees what the program is on any member page, never “your session ended”', async () => {
    const { router } = renderApp('/wallet', { scenario: 'guest' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbor & Pine Rewards' }),
    ).toBeInTheDocument()
    // Still at the page they asked for: signing in brings them back to it.
    expect(router.state.location.pathname).toBe('/wallet')
    expect(screen.queryByText(/session ended/i)).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()

    const hero = screen.getByRole('region', { name: 'Harbor & Pine Rewards' })
    expect(hero).toHaveTextContent('Earn 1 point for every $1 you spend')
    expect(hero).toHaveTextContent('Join today and get 100 points to start.')
    const signIn = within(hero).getByRole('link', { name: 'Sign in' })
    expect(signIn).toHaveAttribute('href', '/sign-in?returnTo=%2Fwallet')
    expect(within(hero).getByRole('link', { name: 'Join' })).toHaveAttribute('href', '/join')

    const earn = screen.getByRole('region', { name: 'Ways to earn' })
    expect(earn).toHaveTextContent('Up to 1.5 points for every $1 at Gold.')
    const tiers = screen.getByRole('region', { name: 'Tiers' })
    expect(
      within(tiers)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Bronze'),
      expect.stringContaining('Silver'),
      expect.stringContaining('Gold'),
    ])
    const samples = await screen.findByRole('region', { name: 'Rewards you could get' })
    expect(within(samples).getAllByRole('article')).toHaveLength(4)
    expect(samples).toHaveTextContent(/\d+ points/)
  })

  it('signs in from the guest view and comes back to the page', async () => {
    const { user, router } = renderApp('/wallet', { scenario: 'guest' })
    await user.click(
      within(await screen.findByRole('banner')).getByRole('link', { name: 'Sign in' }),
    )
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(screen.queryByText(/session ended/i)).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Email'), 'maya.chen+guest@example.com')
    await user.type(screen.getByLabelText('Password'), 'anything')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/wallet'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your wallet' }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('navigation', { name: 'Main' }).length).toBeGreaterThan(0)
  })

  it('sees the tiers and how the program works as they are', async () => {
    const { router } = renderApp('/tiers', { scenario: 'guest' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiers' })).toBeInTheDocument()
    expect(await screen.findByRole('table')).toBeInTheDocument()
    // Nothing of a member: no place, no "for you".
    expect(screen.queryByRole('region', { name: 'Your place' })).not.toBeInTheDocument()
    expect(screen.queryByText('For you')).not.toBeInTheDocument()

    await act(() => router.navigate('/how-it-works'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How it works' }),
    ).toBeInTheDocument()
    expect(await screen.findByText(/You get 100 points as a welcome bonus/)).toBeInTheDocument()
  })
})

describe('the guest view’s states', () => {
  it('without sample rewards, shows the rest of the program', async () => {
    server.use(http.get(api('/program/rewards'), () => HttpResponse.json({ items: [] })))
    renderApp('/', { scenario: 'guest' })
    await screen.findByRole('region', { name: 'Tiers' })
    expect(screen.getByRole('region', { name: 'Ways to earn' })).toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Rewards you could get' }),
      ).not.toBeInTheDocument(),
    )
  })

  it('a failure says so where it happened, with a way to try again', async () => {
    setMockFaults({ fail: { samples: '500' } })
    const { user } = renderApp('/', { scenario: 'guest' })
    const retry = await screen.findByRole('button', { name: 'Try again' })
    expect(screen.getByRole('region', { name: 'Rewards you could get' })).toContainElement(retry)
    // The program itself still shows, with Join.
    expect(screen.getByRole('region', { name: 'Harbor & Pine Rewards' })).toBeInTheDocument()
    setMockFaults({})
    await user.click(retry)
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Rewards you could get' })).getAllByRole(
          'article',
        ),
      ).toHaveLength(4),
    )
  })
})

describe('a first visit and an ended session', () => {
  it('a member whose session ends is told so, once', async () => {
    let ended = false
    server.use(
      http.get(api('/me/balance'), () => (ended ? unauthorized() : undefined)),
      http.get(api('/me/tier'), () => (ended ? unauthorized() : undefined)),
    )
    const { router, queryClient } = renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Maya' })).toBeInTheDocument()

    ended = true
    await act(() => queryClient.invalidateQueries())
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContainEqual(
      expect.stringContaining('Your session ended.'),
    )
    expect(router.state.location.pathname).toBe('/sign-in')

    // Not signing in: from now on this is a guest, not a session that ends again.
    await act(() => router.navigate('/'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbor & Pine Rewards' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })
})

const alex = {
  firstName: 'Alex',
  lastName: 'Rivera',
  email: 'alex.rivera@example.com',
  password: 'correct horse battery',
}

async function fillJoinForm(
  user: ReturnType<typeof renderApp>['user'],
  person: typeof alex = alex,
) {
  await user.type(await screen.findByLabelText('First name'), person.firstName)
  await user.type(screen.getByLabelText('Last name (optional)'), person.lastName)
  await user.type(screen.getByLabelText('Email'), person.email)
  await user.type(screen.getByLabelText('Password'), person.password)
  await user.click(
    screen.getByRole('checkbox', { name: 'I agree to the program’s terms and privacy notice.' }),
  )
}

describe('joining', () => {
  it('from the guest view: the new member lands on their dashboard with the welcome bonus', async () => {
    const { user, router } = renderApp('/rewards', { scenario: 'guest' })
    const hero = await screen.findByRole('region', { name: 'Harbor & Pine Rewards' })
    await user.click(within(hero).getByRole('link', { name: 'Join' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Harbor & Pine Rewards' }),
    ).toBeInTheDocument()
    await fillJoinForm(user)
    await user.click(screen.getByRole('button', { name: 'Join' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Alex' })).toBeInTheDocument()
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContainEqual(
      expect.stringContaining(
        'Welcome to Harbor & Pine Rewards, Alex! Your welcome bonus of 100 points is in your balance',
      ),
    )
    const balance = await screen.findByRole('region', { name: 'Your balance' })
    expect(balance).toHaveTextContent('100')

    // Dismissed, it stays gone.
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/Welcome to Harbor & Pine Rewards/)).not.toBeInTheDocument()
  })

  it('with an email already registered: says so clearly, and keeps what was typed', async () => {
    const { user, engine, router } = renderApp('/join', { scenario: 'guest' })
    await fillJoinForm(user, { ...alex, email: engine.me().email })
    await user.click(screen.getByRole('button', { name: 'Join' }))

    const email = screen.getByLabelText('Email')
    await waitFor(() => expect(email).toHaveFocus())
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription(/A member with this email already exists/)
    expect(screen.getByRole('alert')).toHaveTextContent('Sign in instead, or use another email.')
    expect(screen.getByLabelText('First name')).toHaveValue('Alex')
    expect(screen.getByLabelText('Last name (optional)')).toHaveValue('Rivera')
    expect(screen.getByLabelText('Password')).toHaveValue(alex.password)
    expect(screen.getByRole('checkbox')).toBeChecked()
    expect(router.state.location.pathname).toBe('/join')

    // Another email joins, with a new request.
    await user.clear(email)
    await user.type(email, alex.email)
    await user.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Alex' })).toBeInTheDocument()
  })

  it('an unknown outcome keeps the form and checks again with the same key, joining once', async () => {
    const keys: string[] = []
    server.use(
      http.post(api('/members'), ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '')
        return undefined
      }),
    )
    // The API joins them, then the connection drops before the answer arrives.
    setMockFaults({ fail: { join: 'committed-drop' } })
    const { user, router } = renderApp('/join', { scenario: 'guest' })
    await fillJoinForm(user)
    await user.click(screen.getByRole('button', { name: 'Join' }))

    expect(
      await screen.findByText('We couldn’t confirm that you joined yet', {}, { timeout: 6000 }),
    ).toBeInTheDocument()
    // Checked again by itself first, always with the one key.
    expect(keys.length).toBe(3)
    expect(new Set(keys).size).toBe(1)
    // No fresh attempt is offered over an unknown one: the form is held as it is.
    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled()
    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly')

    setMockFaults({})
    await user.click(screen.getByRole('button', { name: 'Check again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(new Set(keys).size).toBe(1)
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Alex' })).toBeInTheDocument()
    // Four requests, one member, one welcome bonus.
    const balance = await screen.findByRole('region', { name: 'Your balance' })
    expect(balance).toHaveTextContent(/^\D*100\D/)
  })

  it('a refused detail says what to fix and lets the member try again', async () => {
    server.use(
      http.post(api('/members'), () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Invalid body',
            status: 400,
            code: 'bad_request',
            detail: 'email: not an address we can send to',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = renderApp('/join', { scenario: 'guest' })
    await fillJoinForm(user)
    await user.click(screen.getByRole('button', { name: 'Join' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We couldn’t join you with these details')
    expect(alert).toHaveTextContent('email: not an address we can send to')
    expect(screen.getByRole('button', { name: 'Join' })).toBeEnabled()
  })

  it('programs that enrol elsewhere hand off to their own site', async () => {
    setAccountLinks({ joinUrl: 'https://harborandpine.example/join' })
    const { router } = renderApp('/', { scenario: 'guest' })
    const hero = await screen.findByRole('region', { name: 'Harbor & Pine Rewards' })
    expect(within(hero).getByRole('link', { name: 'Join' })).toHaveAttribute(
      'href',
      'https://harborandpine.example/join',
    )
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Join' })).toHaveAttribute(
      'href',
      'https://harborandpine.example/join',
    )
    await act(() => router.navigate('/join'))
    expect(await screen.findByRole('link', { name: 'Continue to join' })).toHaveAttribute(
      'href',
      'https://harborandpine.example/join',
    )
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument()
  })
})

describe('the sign-in page', () => {
  it('hands off “Forgot your password?” to the config’s address, and offers to join', async () => {
    setAccountLinks({ passwordResetUrl: 'https://harborandpine.example/reset' })
    renderApp('/sign-in', { scenario: 'guest' })
    expect(await screen.findByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      'https://harborandpine.example/reset',
    )
    expect(screen.getByRole('link', { name: 'Join' })).toHaveAttribute('href', '/join')
  })

  it('shows no “Forgot your password?” without an address for it', async () => {
    renderApp('/sign-in', { scenario: 'guest' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(screen.queryByRole('link', { name: 'Forgot your password?' })).not.toBeInTheDocument()
  })
})
