import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { formatPoints } from '@/lib/format'
import { renderApp } from '../../test/render-app'

// Another tab of the portal in this browser, as the app's channel sees it.
const otherTab = new BroadcastChannel('rewards-portal-tabs')

afterEach(() => {
  otherTab.onmessage = null
})

afterAll(() => otherTab.close())

describe('what another tab says', () => {
  it('a sign-out there signs this tab out: its data is forgotten, the sign-in page opens', async () => {
    const { engine, router, queryClient } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })

    otherTab.postMessage({ type: 'signed-out' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(queryClient.getQueryCache().findAll({ queryKey: ['member'] })).toEqual([])
  })

  it('a redemption there shows its new balance here', async () => {
    const { engine } = renderApp('/')
    const words = engine.program().points
    const banner = await screen.findByRole('banner')
    await within(banner).findByText(formatPoints(engine.balance().available, words))

    // The other tab redeemed: the API's balance moved, and the answer carried it.
    engine.redeem({ rewardId: 'rwd_free_coffee', expectedCost: 150, idempotencyKey: 'other-tab' })
    otherTab.postMessage({ type: 'member-changed', balance: engine.balance() })
    await waitFor(() =>
      expect(
        within(banner).getByText(formatPoints(engine.balance().available, words)),
      ).toBeVisible(),
    )
  })

  it('this tab’s sign-out tells the others', async () => {
    const heard: unknown[] = []
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data)
    const { engine, user } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    await user.click(screen.getByRole('button', { name: 'Account' }))
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    await waitFor(() => expect(heard).toEqual([{ type: 'signed-out' }]))
  })
})
