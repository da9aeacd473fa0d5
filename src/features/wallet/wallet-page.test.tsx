import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { findAttempt, pickAttempt } from '@/api/redemption-attempts'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

describe('wallet', () => {
  it('lists ready-to-use codes first, then donations, then used and expired', async () => {
    const { engine } = renderApp('/wallet')
    const all = engine.listRedemptions({ limit: 100 }).items
    const active = all.filter((r) => r.status === 'active')
    expect(active.length).toBeGreaterThan(0)

    const ready = await screen.findByRole('region', { name: /^Ready to use/ })
    for (const redemption of active) {
      const card = within(ready).getByRole('article', { name: redemption.rewardName })
      if (redemption.voucher) {
        expect(within(card).getByText(redemption.voucher.code)).toBeInTheDocument()
        expect(
          within(card).getByRole('button', { name: `Copy code for ${redemption.rewardName}` }),
        ).toBeInTheDocument()
      }
    }
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '')
    const order = ['Ready to use', 'Donations', 'Used and expired']
      .map((title) => headings.findIndex((h) => h.startsWith(title)))
      .filter((i) => i >= 0)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('shows a donation as a receipt, without a code', async () => {
    const { engine } = renderApp('/wallet')
    const donation = engine
      .listRedemptions({ limit: 100 })
      .items.find((r) => r.status === 'donated')
    expect(donation).toBeDefined()
    const section = await screen.findByRole('region', { name: /^Donations/ })
    const card = within(section).getByRole('article', { name: donation?.rewardName })
    expect(
      within(card).getByText(new RegExp(`Receipt ${donation?.donation?.receiptNumber ?? ''}`)),
    ).toBeInTheDocument()
    expect(within(card).queryByRole('button', { name: /^Copy/ })).not.toBeInTheDocument()
  })

  it('a code that never expires says it has no expiry date', async () => {
    renderApp('/wallet', { scenario: 'long-history' })
    const ready = await screen.findByRole('region', { name: /^Ready to use/ })
    const card = within(ready).getByRole('article', { name: 'Free Shipping' })
    expect(card).toHaveTextContent('No expiry date')
    expect(within(card).getByRole('button', { name: 'Copy code for Free Shipping' })).toBeVisible()
  })

  it('copies a code and says so', async () => {
    const { engine, user } = renderApp('/wallet')
    const active = engine
      .listRedemptions({ limit: 100 })
      .items.find((r) => r.status === 'active' && r.voucher)
    const code = active?.voucher?.code ?? ''
    const button = await screen.findByRole('button', {
      name: `Copy code for ${active?.rewardName}`,
    })
    await user.click(button)
    expect(await navigator.clipboard.readText()).toBe(code)
    expect(button).toHaveTextContent('Copied')
  })

  it('a new member sees an empty wallet that points to the rewards', async () => {
    renderApp('/wallet', { scenario: 'new-member' })
    expect(
      await screen.findByRole('heading', { name: 'Nothing in your wallet yet' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Browse rewards' })).toHaveAttribute('href', '/rewards')
  })

  describe('redemptions not confirmed yet', () => {
    it('one the API never received and now refuses: says so, that nothing was spent, and forgets it', async () => {
      const { engine } = renderApp('/wallet')
      const member = engine.me()
      const [reward] = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: true }).items
      if (!reward) throw new Error('the member can afford a reward')
      pickAttempt(member.id, reward, Date.now())
      engine.setStock(reward.id, 0)

      const region = await screen.findByRole('region', {
        name: 'A redemption that wasn’t confirmed',
      })
      await waitFor(() =>
        expect(within(region).getByRole('status')).toHaveTextContent(
          `${reward.name} wasn’t redeemed (Out of stock). No points were spent.`,
        ),
      )
      expect(findAttempt(member.id, reward.id)).toBeNull()
    })

    it('one still unknown: says so and offers to check again; nothing is settled', async () => {
      server.use(http.post(`${TEST_API_BASE_URL}/redemptions`, () => HttpResponse.error()))
      const { engine, user } = renderApp('/wallet')
      const member = engine.me()
      const [reward] = engine.listRewards({ limit: 1, sort: 'cost_asc', affordable: true }).items
      if (!reward) throw new Error('the member can afford a reward')
      const attempt = pickAttempt(member.id, reward, Date.now())

      const region = await screen.findByRole('region', {
        name: 'A redemption that wasn’t confirmed',
      })
      const alert = await within(region).findByRole('alert', {}, { timeout: 8000 })
      expect(alert).toHaveTextContent(`We still can’t confirm ${reward.name}.`)
      expect(alert).not.toHaveTextContent(/no points were spent/i)
      expect(findAttempt(member.id, reward.id)).toEqual(attempt)

      server.resetHandlers()
      await user.click(within(alert).getByRole('button', { name: 'Check again' }))
      await waitFor(() =>
        expect(within(region).getByRole('status')).toHaveTextContent(
          `${reward.name} went through.`,
        ),
      )
      expect(findAttempt(member.id, reward.id)).toBeNull()
    })
  })
})
