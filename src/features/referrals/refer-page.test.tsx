import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

/** The Web Share API, as a browser that has it offers it. */
function stubShare(share: (data: ShareData) => Promise<void>) {
  const spy = vi.fn(share)
  Object.defineProperty(navigator, 'share', { value: spy, configurable: true })
  return spy
}

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'share')
  await activateLocale('en')
})

async function linkCard() {
  return screen.findByRole('region', { name: 'Your referral link' })
}

describe('refer a friend', () => {
  it('shows the member’s code and link, and what the friend and the member get', async () => {
    const { engine } = renderApp('/refer')
    const summary = engine.referrals()
    expect(await screen.findByRole('heading', { level: 1, name: 'Refer a friend' })).toBeVisible()
    const card = await linkCard()
    expect(within(card).getByText(summary.code)).toBeInTheDocument()
    expect(within(card).getByRole('textbox', { name: 'Your link' })).toHaveValue(summary.link)
    expect(
      screen.getByText(
        'Give friends $10 off their first order of $30 or more, and get 200 points when they make it.',
      ),
    ).toBeInTheDocument()
    // No Web Share API in this browser: copying is the way.
    expect(within(card).queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  })

  it('copies the link and the code, and says so', async () => {
    const { engine, user } = renderApp('/refer')
    const card = await linkCard()
    await user.click(within(card).getByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(engine.referrals().link)
    expect(within(card).getByRole('status')).toHaveTextContent('Link copied.')
    await user.click(within(card).getByRole('button', { name: 'Copy code' }))
    expect(await navigator.clipboard.readText()).toBe(engine.referrals().code)
    expect(within(card).getByRole('status')).toHaveTextContent('Code copied.')
  })

  it('where copying is blocked, says so and selects the link to copy by hand', async () => {
    const { engine, user } = renderApp('/refer')
    const card = await linkCard()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('blocked'))
    await user.click(within(card).getByRole('button', { name: 'Copy link' }))
    expect(await within(card).findByRole('status')).toHaveTextContent(
      'Copying isn’t allowed here: the link is selected',
    )
    const field = within(card).getByRole('textbox', { name: 'Your link' })
    expect(field).toHaveFocus()
    expect(field).toHaveProperty('selectionStart', 0)
    expect(field).toHaveProperty('selectionEnd', engine.referrals().link.length)
  })

  it('shares the link with the Web Share API where the browser has it', async () => {
    const share = stubShare(() => Promise.resolve())
    const { engine, user } = renderApp('/refer')
    const card = await linkCard()
    await user.click(within(card).getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledWith(
      expect.objectContaining({
        url: engine.referrals().link,
        title: 'Join me at Harbor & Pine Rewards',
      }),
    )
    expect(within(card).getByRole('status')).toHaveTextContent('Shared. Thank you!')
  })

  it('a closed share sheet says nothing; a refused one copies the link instead', async () => {
    const share = stubShare(() => Promise.reject(new DOMException('Canceled', 'AbortError')))
    const { engine, user } = renderApp('/refer')
    const card = await linkCard()
    await user.click(within(card).getByRole('button', { name: 'Share' }))
    await waitFor(() => expect(share).toHaveBeenCalled())
    expect(within(card).getByRole('status')).toHaveTextContent('')

    share.mockImplementation(() => Promise.reject(new DOMException('No', 'NotAllowedError')))
    await user.click(within(card).getByRole('button', { name: 'Share' }))
    expect(await within(card).findByRole('status')).toHaveTextContent(
      'Sharing isn’t available here, so we copied your link instead.',
    )
    expect(await navigator.clipboard.readText()).toBe(engine.referrals().link)
  })

  it('lists friends with their status, and what each earned the member', async () => {
    renderApp('/refer')
    const list = await screen.findByRole('region', { name: /^Friends you referred/ })
    const row = (name: string | RegExp) => {
      const item = within(list)
        .getAllByRole('listitem')
        .find((li) => within(li).queryByText(name))
      if (!item) throw new Error(`no friend ${String(name)}`)
      return item
    }
    expect(row(/^r•••@example\.com$/)).toHaveTextContent('Invited')
    expect(row(/^r•••@example\.com$/)).toHaveTextContent('they haven’t joined yet')
    expect(row('Ben')).toHaveTextContent('Joined on Nov 1; no purchase yet.')
    expect(row('Sofia')).toHaveTextContent('First purchase made')
    expect(row('Sofia')).toHaveTextContent(
      'First purchase on Nov 14. Your 200 points arrive on Nov 28.',
    )
    expect(row('Alex')).toHaveTextContent('Rewarded')
    expect(row('Alex')).toHaveTextContent(/You got 200 points on/)

    const earnings = screen.getByRole('region', { name: 'What your referrals have earned' })
    expect(within(earnings).getByText('400 points')).toBeInTheDocument()
    expect(within(earnings).getByText('200 points')).toBeInTheDocument()
    expect(within(earnings).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '3 of 10')
    expect(earnings).toHaveTextContent(
      'Up to 10 friends a year earn you points: 3 so far this year.',
    )
  })

  it('at the cap: says what happens, marks friends over it, and pages through every friend', async () => {
    const { engine, user } = renderApp('/refer', { scenario: 'referral-champion' })
    const earnings = await screen.findByRole('region', { name: 'What your referrals have earned' })
    expect(earnings).toHaveTextContent(
      'You’ve reached this year’s limit of 10 friends who earn you points. Friends who join still get $10 off; you can earn for referrals again from Jan 1, 2027.',
    )
    const list = screen.getByRole('region', { name: /^Friends you referred/ })
    expect(within(list).getAllByRole('listitem')).toHaveLength(20)
    await user.click(within(list).getByRole('button', { name: 'Show more friends' }))
    const total = engine.referredFriends({ limit: 100 }).items.length
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(total))
    // Keyboard users land on the first friend just loaded.
    expect(within(list).getAllByRole('listitem')[20]).toHaveFocus()
    expect(within(list).queryByRole('button', { name: 'Show more friends' })).toBeNull()
    const overCap = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.textContent.includes('No points for this one'))
    expect(overCap.map((li) => within(li).getByText(/^(Zoe|Emil)$/).textContent)).toEqual([
      'Emil',
      'Zoe',
    ])
  })

  it('a new member sees the link and an empty list that says what to do', async () => {
    renderApp('/refer', { scenario: 'new-member' })
    expect(
      await screen.findByText(
        'No friends referred yet. Share your link: when a friend joins, you’ll follow them here.',
      ),
    ).toBeInTheDocument()
    expect(await linkCard()).toBeInTheDocument()
  })

  it('a failed answer says so with a retry; the rest of the page keeps working', async () => {
    setMockFaults({ fail: { 'referred-friends': '500' } })
    const { user } = renderApp('/refer')
    const failed = await screen.findByRole('region', { name: 'Friends you referred' })
    expect(await within(failed).findByRole('alert')).toHaveTextContent(
      'The rewards service is having trouble',
    )
    expect(await linkCard()).toBeInTheDocument()

    setMockFaults({})
    await user.click(within(failed).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Ben')).toBeInTheDocument()
  })

  it('an answer outside the contract is named, not a crash', async () => {
    server.use(http.get(api('/me/referrals'), () => HttpResponse.json({ code: 42 })))
    renderApp('/refer')
    const alert = await within(
      await screen.findByRole('region', { name: 'Your referral link' }),
    ).findByRole('alert')
    expect(alert).toHaveTextContent('GET /me/referrals')
  })

  it('reads in Arabic, right to left', async () => {
    await act(() => activateLocale('ar'))
    renderApp('/refer')
    expect(await screen.findByRole('heading', { level: 1, name: 'ادعُ صديقًا' })).toBeVisible()
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(await screen.findByRole('button', { name: 'نسخ الرابط' })).toBeInTheDocument()
  })
})
