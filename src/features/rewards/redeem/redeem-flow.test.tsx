import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { availability } from '@/api/reward-availability'
import type { Reward } from '@/api/schemas/reward'
import { formatPoints } from '@/lib/format'
import type { LoyaltyEngine } from '../../../../mocks/engine/engine'
import { server, TEST_API_BASE_URL } from '../../../../mocks/node'
import { renderApp } from '../../../../test/render-app'

const redemptionsUrl = `${TEST_API_BASE_URL}/redemptions`

/** A reward the scenario's member can redeem right now, picked from the engine. */
function redeemable(engine: LoyaltyEngine, pick: (r: Reward) => boolean = () => true): Reward {
  const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
  const page = engine.listRewards({ limit: 100, sort: 'cost_asc', affordable: true })
  const reward = page.items.find(
    (r) => r.category !== 'donation' && availability(r, context).kind === 'redeemable' && pick(r),
  )
  if (!reward) throw new Error('the scenario has no redeemable reward of that kind')
  return reward
}

async function openRedeemDialog(user: ReturnType<typeof renderApp>['user'], reward: Reward) {
  await screen.findByRole('heading', { level: 1, name: reward.name })
  await user.click(
    screen.getByRole('button', {
      name: reward.category === 'donation' ? 'Donate points' : 'Redeem',
    }),
  )
  return screen.findByRole('dialog')
}

function words(engine: LoyaltyEngine) {
  return engine.program().points
}

/** Counts the redemptions the engine holds for a reward. */
function walletCount(engine: LoyaltyEngine, rewardId: string) {
  return engine.listRedemptions({ limit: 100 }).items.filter((r) => r.rewardId === rewardId).length
}

describe('redeeming a reward', () => {
  it('confirms first, then shows the code and the new balance everywhere', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine, user } = view
    const reward = redeemable(engine)
    const before = engine.balance().available
    await view.router.navigate(`/rewards/${reward.id}`)

    const dialog = await openRedeemDialog(user, reward)
    expect(
      within(dialog).getByRole('heading', { name: `Redeem ${reward.name}?` }),
    ).toBeInTheDocument()
    expect(
      within(dialog).getByText(formatPoints(before - reward.cost, words(engine))),
    ).toBeInTheDocument()

    await user.click(
      within(dialog).getByRole('button', {
        name: `Redeem for ${formatPoints(reward.cost, words(engine))}`,
      }),
    )
    expect(await within(dialog).findByRole('heading', { name: 'It’s yours!' })).toBeInTheDocument()

    const after = before - reward.cost
    expect(engine.balance().available).toBe(after)
    const code = engine.listRedemptions({ limit: 100 }).items.find((r) => r.rewardId === reward.id)
      ?.voucher?.code
    expect(code).toBeTruthy()
    expect(within(dialog).getByText(code ?? '')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: `Copy code ${code}` })).toBeInTheDocument()
    expect(
      within(dialog).getByText(new RegExp(`new balance is ${formatPoints(after, words(engine))}`)),
    ).toBeInTheDocument()
    // The header shows the server's new balance as soon as it answered.
    await waitFor(() =>
      expect(
        within(screen.getByRole('banner')).getByText(formatPoints(after, words(engine))),
      ).toBeInTheDocument(),
    )
  })

  it('a double click on confirm redeems once', async () => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    const before = view.engine.balance().available
    let posts = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url === redemptionsUrl) posts += 1
    })
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)

    await view.user.dblClick(within(dialog).getByRole('button', { name: /^Redeem for / }))
    await within(dialog).findByRole('heading', { name: 'It’s yours!' })
    expect(posts).toBe(1)
    expect(view.engine.balance().available).toBe(before - reward.cost)
    expect(walletCount(view.engine, reward.id)).toBe(reward.redeemedByMe + 1)
    server.events.removeAllListeners()
  })

  it('a lost answer is checked again with the same key and ends with one debit', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine)
    const before = engine.balance().available
    const keys: string[] = []
    let dropped = 0
    // The server does the work, but the first answer never reaches the browser.
    server.use(
      http.post(redemptionsUrl, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '')
        if (dropped > 0) return undefined
        dropped += 1
        const body = (await request.clone().json()) as { rewardId: string; expectedCost: number }
        engine.redeem({ ...body, idempotencyKey: keys[0] ?? '' })
        return HttpResponse.error()
      }),
    )
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))

    expect(
      await within(dialog).findByRole('heading', { name: 'Checking your redemption…' }),
    ).toBeInTheDocument()
    expect(
      await within(dialog).findByRole('heading', { name: 'It’s yours!' }, { timeout: 4000 }),
    ).toBeInTheDocument()
    expect(keys.length).toBe(2)
    expect(new Set(keys).size).toBe(1)
    expect(engine.balance().available).toBe(before - reward.cost)
    expect(walletCount(engine, reward.id)).toBe(reward.redeemedByMe + 1)
  })

  it('when the service stays unreachable, says the points are safe; a reload can check again', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine)
    const before = engine.balance().available
    let reachable = false
    server.use(http.post(redemptionsUrl, () => (reachable ? undefined : HttpResponse.error())))
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))

    expect(
      await within(dialog).findByRole(
        'heading',
        { name: 'We couldn’t confirm your redemption yet' },
        { timeout: 6000 },
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('Your points are safe')).toBeInTheDocument()
    await view.user.click(within(dialog).getByRole('button', { name: 'Close' }))
    view.unmount()

    // Later, in a new page: the attempt is still there and is re-sent with its key.
    reachable = true
    const { user: laterUser, engine: laterEngine } = renderApp(`/rewards/${reward.id}`, {
      scenario: 'default',
    })
    // A fresh engine of the same scenario starts from the same state the first one did.
    const notice = await screen.findByText('Your earlier redemption hasn’t been confirmed yet')
    expect(notice).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Redeem' })).toBeDisabled()
    await laterUser.click(screen.getByRole('button', { name: 'Check now' }))
    const second = await screen.findByRole('dialog')
    expect(await within(second).findByRole('heading', { name: 'It’s yours!' })).toBeInTheDocument()
    expect(laterEngine.balance().available).toBe(before - reward.cost)
  }, 15_000)
})

describe('refusals', () => {
  it('out of stock since the page loaded: says so, spends nothing, offers other rewards', async () => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    const before = view.engine.balance().available
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    view.engine.setStock(reward.id, 0)

    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(
      await within(dialog).findByRole('heading', { name: `${reward.name} just ran out` }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('link', { name: 'See other rewards' })).toHaveAttribute(
      'href',
      '/rewards',
    )
    expect(view.engine.balance().available).toBe(before)
  })

  it('the cost changed since the page loaded: shows the new cost and asks again', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine, (r) => r.cost + 25 <= engine.balance().available)
    const before = engine.balance().available
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    engine.setRewardCost(reward.id, reward.cost + 25)

    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(
      await within(dialog).findByRole('heading', { name: 'The cost has changed' }),
    ).toBeInTheDocument()
    expect(
      within(dialog).getByText(
        new RegExp(
          `now costs ${formatPoints(reward.cost + 25, words(engine))} instead of ${formatPoints(reward.cost, words(engine))}`,
        ),
      ),
    ).toBeInTheDocument()
    expect(engine.balance().available).toBe(before)

    await view.user.click(
      within(dialog).getByRole('button', {
        name: `Redeem for ${formatPoints(reward.cost + 25, words(engine))}`,
      }),
    )
    expect(await within(dialog).findByRole('heading', { name: 'It’s yours!' })).toBeInTheDocument()
    expect(engine.balance().available).toBe(before - reward.cost - 25)
  })

  it('the limit per member was reached elsewhere: says so', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(
      engine,
      (r) => r.limitPerMember !== null && r.limitPerMember - r.redeemedByMe === 1,
    )
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    // Another device redeems the last one allowed.
    engine.redeem({
      rewardId: reward.id,
      expectedCost: reward.cost,
      idempotencyKey: 'other-device',
    })

    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(
      await within(dialog).findByRole('heading', {
        name: 'You’ve reached the limit for this reward',
      }),
    ).toBeInTheDocument()
  })

  it.each([
    {
      code: 'insufficient_points',
      extra: { shortBy: 120 },
      heading: 'Not enough points yet',
      text: /You need 120 points more for /,
    },
    {
      code: 'tier_required',
      extra: { requiredTierId: 'tier_gold' },
      heading: 'For Gold members',
      text: /for Gold members and above/,
    },
  ])('a $code refusal says what is missing', async ({ code, extra, heading, text }) => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    const before = view.engine.balance().available
    server.use(
      http.post(redemptionsUrl, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Refused', status: 409, code, ...extra },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(await within(dialog).findByRole('heading', { name: heading })).toBeInTheDocument()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(text)
    expect(view.engine.balance().available).toBe(before)
  })
})

describe('donations', () => {
  it('says what is given to whom, and shows a receipt instead of a code', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
    const donation = engine
      .listRewards({ limit: 100, sort: 'cost_asc', category: 'donation' })
      .items.find((r) => availability(r, context).kind === 'redeemable')
    expect(donation).toBeDefined()
    if (!donation) return
    await view.router.navigate(`/rewards/${donation.id}`)
    const dialog = await openRedeemDialog(view.user, donation)
    expect(
      within(dialog).getByRole('heading', {
        name: new RegExp(
          `^Give ${formatPoints(donation.cost, words(engine))}: we donate .* to ${donation.cause}`,
        ),
      }),
    ).toBeInTheDocument()

    await view.user.click(
      within(dialog).getByRole('button', {
        name: `Give ${formatPoints(donation.cost, words(engine))}`,
      }),
    )
    expect(
      await within(dialog).findByRole('heading', { name: 'Thank you for giving' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByText(/Receipt /)).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: /^Copy code/ })).not.toBeInTheDocument()
  })
})
