import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const channels = () => screen.getByRole('region', { name: 'How we contact you' })

describe('profile', () => {
  it('shows the name and e-mail read-only, with how to change them', async () => {
    const { engine } = renderApp('/profile', { scenario: 'survey-due' })
    const details = await screen.findByRole('region', { name: 'Your details' })
    const me = engine.me()
    expect(details).toHaveTextContent(`${me.firstName} ${me.lastName}`)
    expect(details).toHaveTextContent(me.email)
    expect(within(details).queryByRole('textbox')).not.toBeInTheDocument()
    expect(details).toHaveTextContent('To change them, contact member services')
    expect(screen.getByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument()
  })

  it('shows a skeleton while loading, then the sections', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/preferences`, async () => {
        await held
        return undefined
      }),
    )
    renderApp('/profile')
    await screen.findByRole('region', { name: 'Your details' })
    expect(screen.getByRole('region', { name: 'How we contact you' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
    release()
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'How we contact you' })).not.toHaveAttribute(
        'aria-busy',
      ),
    )
    expect(screen.getAllByRole('switch')).toHaveLength(3)
    expect(screen.getByRole('region', { name: 'Language and theme' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /birthday/i })).toBeInTheDocument()
  })

  it('credits an opt-in once: off and on again earns nothing more', async () => {
    const { user, engine } = renderApp('/profile', { scenario: 'survey-due' })
    await screen.findByRole('region', { name: 'How we contact you' })
    const sms = within(channels()).getByRole('switch', { name: 'Text messages (SMS)' })
    expect(sms).not.toBeChecked()
    expect(sms).toHaveAccessibleDescription('Earns 30 points the first time you turn it on.')
    const before = engine.balance().available

    await user.click(sms)
    expect(
      await within(channels()).findByText(
        'Text messages (SMS) is on: 30 points added to your balance.',
      ),
    ).toBeInTheDocument()
    expect(engine.balance().available).toBe(before + 30)
    await waitFor(() =>
      expect(within(channels()).getByRole('switch', { name: 'Text messages (SMS)' })).toBeChecked(),
    )

    await user.click(within(channels()).getByRole('switch', { name: 'Text messages (SMS)' }))
    expect(await within(channels()).findByText('Text messages (SMS) is off.')).toBeInTheDocument()
    await user.click(within(channels()).getByRole('switch', { name: 'Text messages (SMS)' }))
    expect(await within(channels()).findByText('Text messages (SMS) is on.')).toBeInTheDocument()
    expect(engine.balance().available).toBe(before + 30)
    expect(engine.preferences().channels.find((c) => c.channel === 'sms')?.optedIn).toBe(true)
  })

  it('checks an opt-in whose answer broke with the same key, and credits it once', async () => {
    let answers = 0
    let keys: (string | null)[] = []
    server.use(
      http.post(`${TEST_API_BASE_URL}/me/preferences`, ({ request }) => {
        keys = [...keys, request.headers.get('Idempotency-Key')]
        answers += 1
        // The first three answers break after the server may have acted: a gateway's page.
        if (answers <= 4) return new HttpResponse('<html>Bad gateway</html>', { status: 502 })
        return undefined
      }),
    )
    const { user, engine } = renderApp('/profile', { scenario: 'survey-due' })
    await screen.findByRole('region', { name: 'How we contact you' })
    const before = engine.balance().available
    await user.click(within(channels()).getByRole('switch', { name: 'Push notifications' }))
    const alert = await within(channels()).findByRole('alert', {}, { timeout: 8000 })
    expect(alert).toHaveTextContent('We couldn’t confirm your change yet')
    expect(within(channels()).getByRole('switch', { name: 'Push notifications' })).toBeDisabled()
    await user.click(within(alert).getByRole('button', { name: 'Check again' }))
    expect(
      await within(channels()).findByText(
        'Push notifications is on: 30 points added to your balance.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument()
    expect(new Set(keys).size).toBe(1)
    expect(engine.balance().available).toBe(before + 30)
  }, 20_000)

  it('says what failed and tries again when the preferences cannot load', async () => {
    let fail = true
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/preferences`, () =>
        fail ? HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 }) : undefined,
      ),
    )
    const { user } = renderApp('/profile')
    const section = await screen.findByRole('region', { name: 'How we contact you' })
    const retry = await within(section).findByRole('button', { name: 'Try again' })
    expect(within(section).getByRole('alert')).toBeInTheDocument()
    // The rest of the page still works.
    expect(screen.getByRole('region', { name: 'Your details' })).toBeInTheDocument()
    fail = false
    await user.click(retry)
    expect(await screen.findByRole('switch', { name: 'E-mail' })).toBeInTheDocument()
  })

  it('signs out of every device after a confirm step', async () => {
    const { user, router } = renderApp('/profile')
    const region = await screen.findByRole('region', { name: 'Sign out of every device' })
    await user.click(within(region).getByRole('button', { name: 'Sign out of every device' }))
    expect(region).toHaveTextContent('Sign out everywhere now?')
    await user.click(within(region).getByRole('button', { name: 'Cancel' }))
    expect(within(region).getByRole('button', { name: 'Sign out of every device' })).toHaveFocus()

    await user.click(within(region).getByRole('button', { name: 'Sign out of every device' }))
    await user.click(within(region).getByRole('button', { name: 'Yes, sign out everywhere' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
  })

  it('offers the same language and theme choices as the foot of the page', async () => {
    const { user } = renderApp('/profile')
    const region = await screen.findByRole('region', { name: 'Language and theme' })
    const theme = within(region).getByRole('combobox', { name: 'Theme' })
    await user.selectOptions(theme, 'dark')
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    await user.selectOptions(within(footer).getByRole('combobox', { name: 'Theme' }), 'system')
    expect(theme).toHaveValue('system')
  })
})
