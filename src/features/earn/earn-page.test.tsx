import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { formatMoney, formatMonthDay, formatNumber, formatPoints } from '@/lib/format'
import type { LoyaltyEngine } from '../../../mocks/engine/engine'
import { RULE_IDS } from '../../../mocks/engine/program-rules'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const actionsUrl = `${TEST_API_BASE_URL}/action-completions`

const words = (engine: LoyaltyEngine) => engine.program().points

/** The section once it has left its loading skeleton (the skeleton carries the same name). */
function loaded(name: string | RegExp) {
  return waitFor(() => {
    const region = screen.getByRole('region', { name })
    if (region.getAttribute('aria-busy') === 'true') throw new Error('still loading')
    return region
  })
}

/** The card of one action the portal completes, by its title. */
async function actionCard(title: string) {
  return screen.findByRole('article', { name: title })
}

/** The header's balance, as the member reads it. */
function headerShows(text: string) {
  return waitFor(() => expect(within(screen.getByRole('banner')).getByText(text)).toBeVisible())
}

/** Every POST that completes an action, with the key it carried. */
function watchCompletions() {
  const keys: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url === actionsUrl) {
      keys.push(request.headers.get('Idempotency-Key') ?? '')
    }
  })
  return keys
}

/**
 * Watches the card from now on: was a fresh Subscribe ever offered while the outcome was
 * still unknown (before it said Done)?
 */
function watchForAFreshAttempt(card: HTMLElement) {
  let offered = false
  const check = () => {
    if (within(card).queryByText(/^Done:/)) return
    if (within(card).queryByRole('button', { name: 'Subscribe' })) offered = true
  }
  const observer = new MutationObserver(check)
  observer.observe(card, { subtree: true, childList: true, attributes: true })
  check()
  return () => {
    observer.disconnect()
    return offered
  }
}

const newsletterTitle = (engine: LoyaltyEngine) =>
  engine.earningRules('en').rules.find((rule) => rule.id === RULE_IDS.newsletter)?.title ?? ''

describe('ways to earn: the page', () => {
  it('shows each section loading, then every way to earn', async () => {
    setMockFaults({ latency: '300' })
    const { engine } = renderApp('/earn')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ways to earn' })).toBeVisible()
    // While its answers are on the way, a section says it is loading.
    expect(screen.getByText('More ways to earn: loading…')).toBeInTheDocument()
    const more = await loaded('More ways to earn')
    setMockFaults({})
    for (const title of ['Write a product review', 'Refer a friend', 'Come to an event']) {
      expect(within(more).getByRole('heading', { name: title })).toBeVisible()
    }
    expect(await actionCard('Get the app')).toHaveTextContent(
      `+${formatPoints(100, words(engine))}`,
    )
    // Done already: said so, with no button to do it again.
    const newsletter = await actionCard(newsletterTitle(engine))
    expect(within(newsletter).getByText(/^Done/)).toBeVisible()
    expect(within(newsletter).queryByRole('button')).toBeNull()
  })

  it('a failed answer says so with a retry, and the rest of the page keeps working', async () => {
    setMockFaults({ fail: { tier: '500' } })
    const { user } = renderApp('/earn')
    const purchases = await loaded('Points on purchases')
    const alert = await within(purchases).findByRole('alert')
    expect(alert).toHaveTextContent('The rewards service is having trouble')
    // The sections that do not need the tier are there.
    expect(await actionCard('Get the app')).toBeVisible()
    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await within(await loaded('Shop with us')).findByRole('heading', {
        name: 'What would a purchase earn?',
      }),
    ).toBeVisible()
  })

  it('the rules themselves failing: one message, and one Try again brings back the whole page', async () => {
    setMockFaults({ fail: { 'earning-rules': '500' } })
    const { user } = renderApp('/earn')
    await screen.findByRole('heading', { level: 1, name: 'Ways to earn' })
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0))
    const alerts = screen.getAllByRole('alert')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toHaveTextContent('The rewards service is having trouble')
    setMockFaults({})
    await user.click(within(alerts[0] as HTMLElement).getByRole('button', { name: 'Try again' }))
    expect(await actionCard('Get the app')).toBeVisible()
    expect(
      await screen.findByRole('heading', { name: 'What would a purchase earn?' }),
    ).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'Write a product review' })).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('an answer outside the contract is named, not a crash', async () => {
    setMockFaults({ fail: { earning: 'malformed' } })
    renderApp('/earn')
    const alert = await within(await loaded('Earn now')).findByRole('alert')
    expect(alert).toHaveTextContent('We received something we couldn’t read')
    expect(alert).toHaveTextContent('GET /me/earning')
  })

  it('a new member: nothing done yet, each action offered, the birthday asked for', async () => {
    const { engine } = renderApp('/earn', { scenario: 'new-member' })
    const newsletter = await actionCard(newsletterTitle(engine))
    expect(within(newsletter).getByRole('button', { name: 'Subscribe' })).toBeEnabled()
    const more = await loaded('More ways to earn')
    expect(within(more).getAllByText('Not yet: your first one counts.').length).toBeGreaterThan(0)
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    expect(within(birthday).getByRole('combobox', { name: 'Month' })).toBeVisible()
    expect(within(birthday).getByRole('combobox', { name: 'Day' })).toBeVisible()
    expect(within(birthday).queryByRole('combobox', { name: /year/i })).toBeNull()
  })
})

describe('the purchase estimator', () => {
  it('gives the points a purchase earns at the member’s tier, and how far it takes them', async () => {
    const { engine, user } = renderApp('/earn')
    const rates = await loaded('Shop with us')
    // A Silver member earns ×1.25: coffee beans at ×2 give 2.5 points a dollar.
    expect(rates).toHaveTextContent('As a Silver member you earn ×1.25 on every product type.')
    const coffee = within(rates).getByRole('row', { name: /^Coffee beans & tea/ })
    expect(
      within(coffee)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2 points per $1', '2.5 points per $1'])

    await user.selectOptions(
      within(rates).getByRole('combobox', { name: 'Product type' }),
      'coffee',
    )
    await user.type(within(rates).getByRole('textbox', { name: 'Amount (USD)' }), '40')
    const result = within(rates).getByRole('status')
    expect(result).toHaveTextContent('$40 would earn you 100 points.')
    const tier = engine.tierProgress()
    const shortOfGold = (tier.amountToNext?.amount ?? 0) - 4000
    expect(result).toHaveTextContent(
      shortOfGold > 0
        ? `You’d then need to spend ${formatMoney({ amount: shortOfGold, currency: 'USD' })} more to reach Gold.`
        : 'It would take you to Gold.',
    )
    expect(result).toHaveTextContent(/You’d then be [\d,]+ points away from |That’s enough for /)

    await user.selectOptions(
      within(rates).getByRole('combobox', { name: 'Product type' }),
      'gift_cards',
    )
    expect(result).toHaveTextContent('$40 of this earns no points.')

    await user.clear(within(rates).getByRole('textbox', { name: 'Amount (USD)' }))
    await user.type(within(rates).getByRole('textbox', { name: 'Amount (USD)' }), 'forty')
    expect(result).toHaveTextContent('Enter an amount, like 40 or 12.50.')
  })
})

describe('in Arabic', () => {
  afterEach(async () => {
    await activateLocale('en')
  })

  it('reads right to left, and the estimator takes an amount typed in Arabic digits', async () => {
    await act(() => activateLocale('ar'))
    const { user } = renderApp('/earn')
    const amount = await screen.findByRole('textbox', { name: 'المبلغ (USD)' })
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    await user.selectOptions(screen.getByRole('combobox', { name: 'نوع المنتج' }), 'coffee')
    await user.type(amount, '٤٠')
    // The result describes the field: the points in Arabic digits, and no complaint.
    expect(amount).toHaveAttribute('aria-invalid', 'false')
    await waitFor(() =>
      expect(amount).toHaveAccessibleDescription(expect.stringContaining(formatNumber(100))),
    )
  })
})

describe('completing an action', () => {
  it('once: the points are credited and shown, on the card and in the header', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const before = engine.balance().available
    const card = await actionCard(newsletterTitle(engine))
    await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
    const after = formatPoints(before + 50, words(engine))
    await waitFor(() =>
      expect(within(card).getByRole('status')).toHaveTextContent(
        `Done: ${formatPoints(50, words(engine))} added. Your balance is now ${after}.`,
      ),
    )
    expect(engine.balance().available).toBe(before + 50)
    await headerShows(after)
  })

  it('twice: a double click sends one request and credits once', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const before = engine.balance().available
    const keys = watchCompletions()
    const card = await actionCard(newsletterTitle(engine))
    await user.dblClick(within(card).getByRole('button', { name: 'Subscribe' }))
    expect(await within(card).findByText(/^Done:/)).toBeVisible()
    expect(keys).toHaveLength(1)
    expect(engine.balance().available).toBe(before + 50)
    server.events.removeAllListeners()
  })

  it('twice: done meanwhile elsewhere, a second completion is refused and credits nothing', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const card = await actionCard(newsletterTitle(engine))
    // Another device subscribed while this page was open.
    engine.completeAction({ actionId: 'act_newsletter', idempotencyKey: 'elsewhere' })
    const before = engine.balance().available
    await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
    await waitFor(() =>
      expect(within(card).getByRole('status')).toHaveTextContent(
        /^You did this already, on .+: its points were added then\.$/,
      ),
    )
    expect(engine.balance().available).toBe(before)
  })

  describe.each([
    ['a 200 whose body breaks the contract', 'malformed'],
    ['a 502 page after the points were credited', 'committed-502'],
  ] as const)('the answer breaks: %s', (_, fault) => {
    it('the lookup settles it: credited once, shown, never a fresh attempt', async () => {
      const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
      const before = engine.balance().available
      const keys = watchCompletions()
      const card = await actionCard(newsletterTitle(engine))
      setMockFaults({ fail: { actions: fault } })
      await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
      const stopWatching = watchForAFreshAttempt(card)
      await waitFor(() =>
        expect(within(card).getByRole('status')).toHaveTextContent(
          `Done: ${formatPoints(50, words(engine))} added to your balance.`,
        ),
      )
      expect(stopWatching()).toBe(false)
      expect(keys).toHaveLength(1)
      expect(engine.balance().available).toBe(before + 50)
      await headerShows(formatPoints(before + 50, words(engine)))
      server.events.removeAllListeners()
    })

    it('the lookup fails too: says it is checking, sends the same key again, credits once', async () => {
      const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
      const before = engine.balance().available
      const keys = watchCompletions()
      const card = await actionCard(newsletterTitle(engine))
      const entriesBefore = engine.ledgerEntries().map((entry) => entry.points)
      setMockFaults({ fail: { actions: fault, earning: '503' } })
      await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
      const stopWatching = watchForAFreshAttempt(card)
      expect(
        await within(card).findByText(
          'Checking whether it went through… Nothing will be added twice.',
        ),
      ).toBeVisible()
      setMockFaults({})
      expect(await within(card).findByText(/^Done:/, {}, { timeout: 8000 })).toBeVisible()
      expect(stopWatching()).toBe(false)
      expect(keys.length).toBeGreaterThanOrEqual(2)
      expect(new Set(keys).size).toBe(1)
      expect(engine.balance().available).toBe(before + 50)
      // One new ledger entry: the newsletter's points.
      expect(engine.ledgerEntries().map((entry) => entry.points)).toEqual([...entriesBefore, 50])
      server.events.removeAllListeners()
    }, 15_000)
  })

  it('when nothing settles it, says so and checks again with the same key, never a fresh attempt', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const before = engine.balance().available
    const keys = watchCompletions()
    const card = await actionCard(newsletterTitle(engine))
    // Every answer breaks, and so does the lookup that would settle it.
    setMockFaults({ fail: { actions: 'committed-502', earning: '503' } })
    await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
    const stopWatching = watchForAFreshAttempt(card)
    const alert = await within(card).findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('We couldn’t confirm it yet')
    expect(within(card).queryByRole('button', { name: 'Subscribe' })).toBeNull()
    // The API did credit it, once.
    expect(engine.balance().available).toBe(before + 50)

    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Check again' }))
    expect(await within(card).findByText(/^Done:/)).toBeVisible()
    expect(stopWatching()).toBe(false)
    expect(new Set(keys).size).toBe(1)
    expect(engine.balance().available).toBe(before + 50)
    server.events.removeAllListeners()
  }, 20_000)

  it('an attempt left unknown is checked with its key when the page opens again, not offered afresh', async () => {
    const view = renderApp('/earn', { scenario: 'new-member' })
    const keys = watchCompletions()
    const card = await actionCard(newsletterTitle(view.engine))
    // The request never reaches the API, nor does the lookup: the outcome stays unknown.
    setMockFaults({ fail: { actions: '503', earning: '503' } })
    await view.user.click(within(card).getByRole('button', { name: 'Subscribe' }))
    await within(card).findByRole('alert', {}, { timeout: 10_000 })
    view.unmount()

    // Later, the page again: the kept attempt is sent with its key before anything is offered.
    setMockFaults({})
    const sentBefore = keys.length
    const { engine } = renderApp('/earn', { scenario: 'new-member' })
    const before = engine.balance().available
    const card2 = await actionCard(newsletterTitle(engine))
    const stopWatching = watchForAFreshAttempt(card2)
    expect(await within(card2).findByText(/^Done:/)).toBeVisible()
    expect(stopWatching()).toBe(false)
    expect(keys.length).toBe(sentBefore + 1)
    expect(new Set(keys).size).toBe(1)
    expect(engine.balance().available).toBe(before + 50)
    server.events.removeAllListeners()
  }, 20_000)
})

describe('the birthday', () => {
  it('set once as a month and a day, then shown read-only with the rule explained', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Month' }), 'March')
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Day' }), '14')
    await user.click(within(birthday).getByRole('button', { name: 'Continue' }))
    expect(within(birthday).getByText('Save March 14 as your birthday?')).toBeVisible()
    await user.click(within(birthday).getByRole('button', { name: 'Save my birthday' }))

    await waitFor(() => expect(within(birthday).getByRole('status')).toHaveTextContent('March 14'))
    expect(engine.me().birthday).toEqual({ month: 3, day: 14 })
    expect(within(birthday).queryByRole('combobox')).toBeNull()
    expect(within(birthday).queryByRole('button')).toBeNull()
    expect(birthday).toHaveTextContent(
      'A birthday can be set only once, so nobody can move it to get a second gift. If it’s wrong, member services can correct it.',
    )
    expect(birthday).toHaveTextContent(
      'The gift arrives on the first day of your birth month, every year.',
    )
  })

  it('an answer broken after the birthday was saved: checked, then shown as saved, once', async () => {
    const { engine, user } = renderApp('/earn', { scenario: 'new-member' })
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    setMockFaults({ fail: { birthday: 'committed-502' } })
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Month' }), 'March')
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Day' }), '14')
    await user.click(within(birthday).getByRole('button', { name: 'Continue' }))
    await user.click(within(birthday).getByRole('button', { name: 'Save my birthday' }))
    await waitFor(() =>
      expect(within(birthday).getByRole('status')).toHaveTextContent(
        'Saved: your birthday is March 14.',
      ),
    )
    expect(engine.me().birthday).toEqual({ month: 3, day: 14 })
    expect(within(birthday).queryByRole('combobox')).toBeNull()
  })

  it('a month’s days only: no February 30', async () => {
    const { user } = renderApp('/earn', { scenario: 'new-member' })
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Month' }), 'February')
    const days = within(within(birthday).getByRole('combobox', { name: 'Day' })).getAllByRole(
      'option',
    )
    expect(days.at(-1)).toHaveTextContent('29')
  })

  it('on file already: shown, with no way to change it', async () => {
    const { engine } = renderApp('/earn')
    const { month, day } = engine.me().birthday ?? { month: 0, day: 0 }
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    await waitFor(() =>
      expect(birthday).toHaveTextContent(`Your birthday: ${formatMonthDay(month, day)}`),
    )
    expect(within(birthday).queryByRole('combobox')).toBeNull()
  })
})

describe('after an action, everywhere at once', () => {
  it('the header balance and the activity show the new points without a reload', async () => {
    const { engine, user, router } = renderApp('/activity', { scenario: 'just-joined' })
    // The activity is read (and cached) before the action.
    expect(await screen.findByRole('list', { name: 'Activity entries' })).toBeVisible()
    const before = engine.balance().available
    await router.navigate('/earn')
    const card = await actionCard(newsletterTitle(engine))
    await user.click(within(card).getByRole('button', { name: 'Subscribe' }))
    expect(await within(card).findByText(/^Done:/)).toBeVisible()
    await headerShows(formatPoints(before + 50, words(engine)))

    const [newest] = engine.listActivity({ limit: 1 }).items
    if (!newest) throw new Error('the action wrote a ledger entry')
    expect(newest.points).toBe(50)
    await router.navigate('/activity')
    const list = await screen.findByRole('list', { name: 'Activity entries' })
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(newest.description),
    )
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      `+${formatPoints(50, words(engine))}`,
    )
  })
})

describe('after an action, the dashboard’s nudges', () => {
  it('a nudge “10 points away” moves on once an action earned them, without a reload', async () => {
    const { user, router } = renderApp('/', { scenario: 'near-reward' })
    expect(await screen.findByText(/^You’re just 10 points away from /)).toBeVisible()
    await router.navigate('/earn')
    const card = await actionCard('Follow us on Instagram')
    await user.click(within(card).getByRole('button', { name: 'Follow' }))
    await within(card).findByText(/^Done:/)

    await router.navigate('/')
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible()
    await waitFor(() => expect(screen.queryByText(/^You’re just 10 points away from /)).toBeNull())
  })
})

describe('after the birthday, everywhere at once', () => {
  it('the dashboard’s reminder to add it is gone without a reload', async () => {
    const { user, router } = renderApp('/', { scenario: 'new-member' })
    expect(await screen.findByText('Tell us your birthday for a gift every year')).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'Add your birthday' }))
    const birthday = await screen.findByRole('region', { name: 'Birthday gift' })
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Month' }), 'March')
    await user.selectOptions(within(birthday).getByRole('combobox', { name: 'Day' }), '14')
    await user.click(within(birthday).getByRole('button', { name: 'Continue' }))
    await user.click(within(birthday).getByRole('button', { name: 'Save my birthday' }))
    await within(birthday).findByText(/^Saved: your birthday is/)

    await router.navigate('/')
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible()
    await waitFor(() =>
      expect(screen.queryByText('Tell us your birthday for a gift every year')).toBeNull(),
    )
  })
})
