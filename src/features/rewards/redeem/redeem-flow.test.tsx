import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { configureClient } from '@/api/client'
import { pickAttempt } from '@/api/redemption-attempts'
import { availability } from '@/api/reward-availability'
import { RedemptionRequest } from '@/api/schemas/redemption'
import type { Reward } from '@/api/schemas/reward'
import { formatPoints } from '@/lib/format'
import type { AnswerFault } from '../../../../mocks/designer-settings'
import type { LoyaltyEngine } from '../../../../mocks/engine/engine'
import { breakAnswer } from '../../../../mocks/handlers/fault-answers'
import { createHandlers } from '../../../../mocks/handlers/handlers'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../../mocks/node'
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

/** Newest first: the code of the member's latest redemption of a reward. */
function latestCode(engine: LoyaltyEngine, rewardId: string) {
  return engine
    .listRedemptions({ limit: 100 })
    .items.filter((r) => r.rewardId === rewardId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.voucher?.code
}

/**
 * The API commits every redemption it is sent (a repeat with the key replays it), then the
 * answer breaks the way `fault` says: the first `times` answers.
 */
function commitThenBreak(engine: LoyaltyEngine, fault: AnswerFault, times: number) {
  let broken = 0
  server.use(
    http.post(redemptionsUrl, async ({ request }) => {
      if (broken >= times) return undefined
      broken += 1
      const body = RedemptionRequest.parse(await request.clone().json())
      const idempotencyKey = request.headers.get('Idempotency-Key') ?? ''
      const result = engine.redeem({ ...body, idempotencyKey })
      // A 200, not the API's 201: a proxy that rewrote the status, or a server's mistake.
      return breakAnswer('redemptions', fault, HttpResponse.json(result, { status: 200 }))
    }),
  )
}

/**
 * Watches the page from now on: was a way to spend on the reward again ever offered before the
 * outcome was on screen? That is an enabled confirm in the open dialog, or, with no dialog
 * open, the page's Redeem button (the page behind a modal dialog is out of reach).
 */
function watchForASecondSpend() {
  let offered = false
  const check = () => {
    if (screen.queryByRole('heading', { name: /It’s yours!|Thank you for giving/ })) return
    const dialog = screen.queryByRole('dialog')
    const buttons = dialog
      ? within(dialog).queryAllByRole('button', { name: /^(Redeem for |Give )/ })
      : screen.queryAllByRole('button', { name: /^(Redeem|Donate points)$/ })
    if (buttons.some((button) => !button.hasAttribute('disabled'))) offered = true
  }
  const observer = new MutationObserver(check)
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  check()
  return () => {
    observer.disconnect()
    return offered
  }
}

/** Opens the reward, confirms, and waits until the dialog says it couldn't confirm it yet. */
async function confirmUntilUnconfirmed(view: ReturnType<typeof renderApp>, reward: Reward) {
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
  return dialog
}

/** Closing the dialog: the page offers to check the attempt it kept, not to redeem again. */
async function closeToCheckNow(view: ReturnType<typeof renderApp>, dialog: HTMLElement) {
  await view.user.click(within(dialog).getByRole('button', { name: 'Close' }))
  expect(await screen.findByRole('button', { name: 'Check now' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Redeem' })).toBeDisabled()
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

  it('a request lost on its way is sent again with the same key and ends with one debit', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine)
    const before = engine.balance().available
    const keys: string[] = []
    // The first request never reaches the API: the wallet has nothing, a repeat is needed.
    server.use(
      http.post(redemptionsUrl, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '')
        return keys.length === 1 ? HttpResponse.error() : undefined
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
    const dialog = await confirmUntilUnconfirmed(view, reward)
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'We don’t know yet whether it went through',
    )
    expect(within(dialog).getByRole('link', { name: 'See your wallet' })).toHaveAttribute(
      'href',
      '/wallet',
    )
    await closeToCheckNow(view, dialog)
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

describe('the API spent the points, then the answer broke', () => {
  describe.each([
    ['a dropped connection', 'committed-drop'],
    ['a timeout', 'committed-timeout'],
    ['malformed JSON', 'committed-truncated'],
    ['a 502 HTML page', 'committed-502'],
    ['a 500 problem', 'committed-500'],
    ['a 200 whose body breaks the contract', 'malformed'],
  ] as const)('%s', (_, fault) => {
    it.each([
      ['the first answer breaks', 1],
      ['every answer breaks (the wallet lookup settles it)', Number.POSITIVE_INFINITY],
    ])(
      '%s: no confirm until the outcome is known, then the code; one redemption',
      async (_, times) => {
        configureClient({ timeoutMs: 400 })
        const view = renderApp('/rewards/placeholder')
        const { engine } = view
        const reward = redeemable(engine)
        const before = engine.balance().available
        const count = walletCount(engine, reward.id)
        commitThenBreak(engine, fault, times)
        await view.router.navigate(`/rewards/${reward.id}`)
        const dialog = await openRedeemDialog(view.user, reward)

        await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
        const stopWatching = watchForASecondSpend()
        expect(
          await within(dialog).findByRole('heading', { name: 'It’s yours!' }, { timeout: 8000 }),
        ).toBeInTheDocument()
        expect(stopWatching()).toBe(false)

        expect(walletCount(engine, reward.id)).toBe(count + 1)
        expect(engine.balance().available).toBe(before - reward.cost)
        expect(within(dialog).getByText(latestCode(engine, reward.id) ?? 'no code')).toBeVisible()
      },
    )
  })

  it('still being processed when the answer timed out: asks again until it is done, spends once', async () => {
    configureClient({ timeoutMs: 300 })
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine)
    const before = engine.balance().available
    const statuses: number[] = []
    server.use(
      ...createHandlers({
        baseUrl: TEST_API_BASE_URL,
        getEngine: () => engine,
        commandProcessing: () => delay(900),
      }),
    )
    server.events.on('response:mocked', ({ request, response }) => {
      if (request.method === 'POST') statuses.push(response.status)
    })
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    const stopWatching = watchForASecondSpend()

    expect(
      await within(dialog).findByRole('heading', { name: 'Checking your redemption…' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'we’re checking whether it went through',
    )
    expect(
      await within(dialog).findByRole('heading', { name: 'It’s yours!' }, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(stopWatching()).toBe(false)
    // A repeat while the first was being processed was answered 409 idempotency_key_in_use.
    expect(statuses).toContain(409)
    expect(engine.balance().available).toBe(before - reward.cost)
    server.events.removeAllListeners()
  })
})

describe('another tab', () => {
  it('redeems this reward while the dialog is open: the dialog shows that outcome, never a new confirm', async () => {
    const view = renderApp('/rewards/placeholder')
    const { engine } = view
    const reward = redeemable(engine)
    const count = walletCount(engine, reward.id)
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)

    // The other tab confirms (its attempt is in storage) and the API commits it.
    let theirs = { key: '' }
    act(() => {
      theirs = pickAttempt(engine.me().id, reward, Date.now())
    })
    engine.redeem({ rewardId: reward.id, expectedCost: reward.cost, idempotencyKey: theirs.key })
    const stopWatching = watchForASecondSpend()

    expect(await within(dialog).findByRole('heading', { name: 'It’s yours!' })).toBeInTheDocument()
    expect(stopWatching()).toBe(false)
    expect(within(dialog).getByText(latestCode(engine, reward.id) ?? 'no code')).toBeVisible()
    expect(walletCount(engine, reward.id)).toBe(count + 1)
  })
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
    expect(within(dialog).getByRole('alert')).toHaveTextContent('No points were spent.')
    expect(view.engine.balance().available).toBe(before)
  })

  it.each([
    {
      what: 'a 4xx code the portal does not understand',
      status: 409,
      code: 'brand_new_rule',
      notice: 'We don’t know yet whether it went through',
    },
    {
      what: 'idempotency_key_reused',
      status: 422,
      code: 'idempotency_key_reused',
      notice: 'The rewards service didn’t carry out this request',
    },
  ])('$what: says what is known, never that no points were spent', async (refusal) => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    server.use(
      http.post(redemptionsUrl, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Refused', status: refusal.status, code: refusal.code },
          {
            status: refusal.status,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    )
    const dialog = await confirmUntilUnconfirmed(view, reward)
    expect(within(dialog).getByRole('alert')).toHaveTextContent(refusal.notice)
    expect(dialog).not.toHaveTextContent(/no points were spent|nothing was spent/i)
    expect(within(dialog).queryByRole('button', { name: /^Redeem for / })).not.toBeInTheDocument()
    // The attempt is kept.
    await closeToCheckNow(view, dialog)
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

  it('fail=redemptions:points-taken-back: a returned order took points back first; says one more point is needed, and the balance follows', async () => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    setMockFaults({ fail: { redemptions: 'points-taken-back' } })
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(
      await within(dialog).findByRole('heading', { name: 'Not enough points yet' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/You need 1 point more for /)
    expect(view.engine.balance().available).toBe(reward.cost - 1)
    // The refusal changed the member's data: the header follows the balance the API now has.
    const left = formatPoints(reward.cost - 1, words(view.engine))
    await waitFor(() =>
      expect(within(screen.getByRole('banner')).getByText(left)).toBeInTheDocument(),
    )
  })

  it('fail=redemptions:tier-raised: the reward became one of the tier above; says which tier it is for now', async () => {
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    const aboveId = view.engine.tierProgress().nextTierId
    const above = view.engine.program().tiers.find((tier) => tier.id === aboveId)
    if (!above) throw new Error('the default member has a tier above')
    setMockFaults({ fail: { redemptions: 'tier-raised' } })
    await view.router.navigate(`/rewards/${reward.id}`)
    const dialog = await openRedeemDialog(view.user, reward)
    await view.user.click(within(dialog).getByRole('button', { name: /^Redeem for / }))
    expect(
      await within(dialog).findByRole('heading', { name: `For ${above.name} members` }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `for ${above.name} members and above`,
    )
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
