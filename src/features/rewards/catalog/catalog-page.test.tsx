import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { availability, LOW_STOCK, type Availability } from '@/api/reward-availability'
import type { Reward } from '@/api/schemas/reward'
import { formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { i18n } from '@/lib/i18n/i18n'
import { server, TEST_API_BASE_URL } from '../../../../mocks/node'
import { renderApp } from '../../../../test/render-app'
import { PAGE_SIZE } from './catalog-filters'
import { recommendRewards } from './recommend'

// The page loads lazily; a cold first load on a busy machine can outlast a query's timeout.
beforeAll(async () => {
  await import('../catalog-page')
})

type Engine = ReturnType<typeof renderApp>['engine']
type EngineQuery = Parameters<Engine['listRewards']>[0]

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

/** What the engine answers for the catalog's first page with these filters. */
function firstPage(engine: Engine, query: Partial<EngineQuery> = {}) {
  return engine.listRewards({ limit: PAGE_SIZE, sort: 'cost_asc', ...query })
}

const catalogRegion = () => screen.getByRole('region', { name: /^(All|Matching) rewards$/ })

/** The names of the cards in the catalog grid, in order, once they are `expected`. */
async function expectCards(expected: readonly Reward[]) {
  await waitFor(
    () => {
      const list = within(catalogRegion()).queryByRole('list')
      expect(list).not.toBeNull()
      expect(list).toHaveAttribute('aria-busy', 'false')
      const names = within(list as HTMLElement)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent)
      expect(names).toEqual(expected.map((reward) => reward.name))
    },
    { timeout: 3000 },
  )
}

function cardOf(reward: Reward) {
  return within(catalogRegion()).getByRole('article', { name: reward.name })
}

function statusText(status: Availability, engine: Engine): string {
  const words = engine.program().points
  switch (status.kind) {
    case 'redeemable':
      return 'You can get this'
    case 'short':
      return formatPoints(status.shortBy, {
        singular: `more ${words.singular}`,
        plural: `more ${words.plural}`,
      })
    case 'tier_locked':
      return `${status.requiredTier?.name ?? 'Higher tier'} members`
    case 'out_of_stock':
      return 'Out of stock'
    case 'limit_reached':
      return 'Limit reached'
    case 'ended':
      return 'Ended'
  }
}

const location = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search)

describe('reward catalog', () => {
  it('shows every reward of the first page with what it means for this member', async () => {
    // Priciest first: the default member meets every kind of answer on the first page.
    const { engine } = renderApp('/rewards?sort=cost_desc')
    const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
    const rewards = firstPage(engine, { sort: 'cost_desc' }).items

    expect(await screen.findByRole('heading', { level: 1, name: 'Rewards' })).toBeInTheDocument()
    await expectCards(rewards)

    const kinds = new Set<string>()
    for (const reward of rewards) {
      const status = availability(reward, context)
      kinds.add(status.kind)
      const card = within(cardOf(reward))
      expect(card.getByText(formatPoints(reward.cost, context.program.points))).toBeInTheDocument()
      expect(card.getByText(statusText(status, engine))).toBeInTheDocument()
      if (status.kind === 'short') {
        expect(
          card.getByRole('progressbar', { name: `Progress to ${reward.name}` }),
        ).toHaveAttribute('aria-valuenow', String(context.balance.available))
      }
      const lowStock = reward.stock !== null && reward.stock > 0 && reward.stock <= LOW_STOCK
      if (lowStock && (status.kind === 'redeemable' || status.kind === 'short')) {
        expect(card.getByText(`Only ${formatNumber(reward.stock ?? 0)} left`)).toBeInTheDocument()
      }
      if (reward.validUntil && status.kind !== 'ended') {
        expect(
          card.getByText(`Until ${formatShortDate(reward.validUntil, context.balance.asOf)}`),
        ).toBeInTheDocument()
      }
      // The name is the card's one link, to the reward's page.
      expect(card.getAllByRole('link')).toHaveLength(1)
      expect(card.getByRole('link')).toHaveAttribute(
        'href',
        `/rewards/${encodeURIComponent(reward.id)}`,
      )
    }
    expect([...kinds].sort()).toEqual(['out_of_stock', 'redeemable', 'short', 'tier_locked'])
    expect(
      within(catalogRegion()).getByText(`Showing ${PAGE_SIZE} rewards, more to see`),
    ).toBeInTheDocument()
  })

  it('names the page for the program', async () => {
    const { engine } = renderApp('/rewards')
    await waitFor(() => expect(document.title).toBe(`Rewards · ${engine.program().name}`))
  })

  it('out-of-stock scenario: sold-out rewards say so', async () => {
    const { engine } = renderApp('/rewards?sort=popular', { scenario: 'out-of-stock' })
    const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
    const rewards = firstPage(engine, { sort: 'popular' }).items
    await expectCards(rewards)
    const soldOut = rewards.filter((r) => availability(r, context).kind === 'out_of_stock')
    expect(soldOut.length).toBeGreaterThan(0)
    for (const reward of soldOut) {
      expect(within(cardOf(reward)).getByText('Out of stock')).toBeInTheDocument()
    }
  })

  it('"Show more rewards" loads the next page and moves focus to the first new card', async () => {
    const { engine, user } = renderApp('/rewards')
    const first = firstPage(engine)
    await expectCards(first.items)
    expect(first.nextCursor).not.toBeNull()
    const second = engine.listRewards({
      limit: PAGE_SIZE,
      sort: 'cost_asc',
      cursor: first.nextCursor ?? undefined,
    })

    await user.click(screen.getByRole('button', { name: 'Show more rewards' }))
    await expectCards([...first.items, ...second.items])
    const firstNew = second.items[0]
    expect(firstNew).toBeDefined()
    if (firstNew) {
      await waitFor(() => expect(within(cardOf(firstNew)).getByRole('link')).toHaveFocus())
    }
    const total = first.items.length + second.items.length
    if (second.nextCursor === null) {
      expect(screen.queryByRole('button', { name: 'Show more rewards' })).not.toBeInTheDocument()
      expect(within(catalogRegion()).getByText(`Showing all ${total} rewards`)).toBeInTheDocument()
    }
  })
})

describe('catalog filters', () => {
  it('a category narrows the list and goes into the URL; focus stays on the select', async () => {
    const { engine, user, router } = renderApp('/rewards')
    await expectCards(firstPage(engine).items)

    const select = screen.getByRole('combobox', { name: 'Category' })
    await user.selectOptions(select, 'Gift')
    expect(select).toHaveFocus()
    await waitFor(() => expect(location(router).get('category')).toBe('gift'))
    await expectCards(firstPage(engine, { category: 'gift' }).items)
    expect(screen.getByRole('heading', { level: 2, name: 'Matching rewards' })).toBeInTheDocument()
    // Recommendations are for the plain catalog only.
    expect(screen.queryByRole('heading', { name: 'Recommended for you' })).not.toBeInTheDocument()
    expect(select).toHaveFocus()

    await user.selectOptions(select, 'All categories')
    await waitFor(() => expect(location(router).has('category')).toBe(false))
    await expectCards(firstPage(engine).items)
  })

  it('sorts by cost, newest and popularity', async () => {
    const { engine, user, router } = renderApp('/rewards')
    await expectCards(firstPage(engine).items)

    const sort = screen.getByRole('combobox', { name: 'Sort by' })
    await user.selectOptions(sort, 'Cost: high to low')
    await waitFor(() => expect(location(router).get('sort')).toBe('cost_desc'))
    await expectCards(firstPage(engine, { sort: 'cost_desc' }).items)

    await user.selectOptions(sort, 'Most popular')
    await waitFor(() => expect(location(router).get('sort')).toBe('popular'))
    await expectCards(firstPage(engine, { sort: 'popular' }).items)
    expect(sort).toHaveFocus()
    // Sorting is not filtering: the recommendations stay.
    expect(screen.getByRole('heading', { name: 'All rewards' })).toBeInTheDocument()
  })

  it('"I can afford it" is a toggle button that filters by the balance', async () => {
    const { engine, user, router } = renderApp('/rewards')
    await expectCards(firstPage(engine).items)

    const toggle = screen.getByRole('button', { name: 'I can afford it' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(toggle).toHaveFocus()
    await waitFor(() => expect(location(router).get('affordable')).toBe('true'))
    const affordable = firstPage(engine, { affordable: true }).items
    expect(affordable.length).toBeGreaterThan(0)
    await expectCards(affordable)
    for (const reward of affordable) {
      expect(reward.cost).toBeLessThanOrEqual(engine.balance().available)
    }

    await user.click(toggle)
    await waitFor(() => expect(location(router).has('affordable')).toBe(false))
    await expectCards(firstPage(engine).items)
  })

  it('search: the box updates at once, the URL follows, results after a pause', async () => {
    const searched: string[] = []
    server.use(
      http.get(api('/rewards'), ({ request }) => {
        const q = new URL(request.url).searchParams.get('q')
        if (q !== null) searched.push(q)
        return undefined
      }),
    )
    const { engine, user, router } = renderApp('/rewards')
    await expectCards(firstPage(engine).items)

    const search = screen.getByRole('searchbox', { name: 'Search rewards' })
    await user.type(search, 'coffee')
    expect(search).toHaveValue('coffee')
    expect(search).toHaveFocus()
    await waitFor(() => expect(location(router).get('q')).toBe('coffee'))
    const matches = firstPage(engine, { q: 'coffee' }).items
    expect(matches.length).toBeGreaterThan(0)
    await expectCards(matches)
    expect(search).toHaveFocus()

    // Typing replaces the history entry instead of adding one per letter, and the catalog is
    // asked after a pause, not once per letter.
    expect(router.state.historyAction).toBe('REPLACE')
    expect(searched.length).toBeLessThan('coffee'.length)
    expect(searched.at(-1)).toBe('coffee')
  })

  it('filters restore from the URL', async () => {
    const { engine } = renderApp(
      '/rewards?category=free_product&sort=cost_desc&affordable=true&q=free&scenario=default',
    )
    await expectCards(
      firstPage(engine, {
        category: 'free_product',
        sort: 'cost_desc',
        affordable: true,
        q: 'free',
      }).items,
    )
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('free_product')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('cost_desc')
    expect(screen.getByRole('button', { name: 'I can afford it' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByRole('searchbox', { name: 'Search rewards' })).toHaveValue('free')
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument()
  })

  it('ignores filter values it does not know', async () => {
    const { engine } = renderApp('/rewards?category=cars&sort=cheapest&affordable=maybe')
    await expectCards(firstPage(engine).items)
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('cost_asc')
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('no match: says so, and "Clear filters" brings everything back', async () => {
    const { engine, user, router } = renderApp('/rewards?category=gift&scenario=default')
    await expectCards(firstPage(engine, { category: 'gift' }).items)

    const search = screen.getByRole('searchbox', { name: 'Search rewards' })
    await user.type(search, 'zzzz no such reward')
    expect(await screen.findByText('No rewards match')).toBeInTheDocument()

    await user.click(within(catalogRegion()).getByRole('button', { name: 'Clear filters' }))
    await expectCards(firstPage(engine).items)
    const params = location(router)
    expect([...params.keys()]).toEqual(['scenario'])
    expect(search).toHaveValue('')
    expect(search).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('an empty catalog says so', async () => {
    server.use(http.get(api('/rewards'), () => HttpResponse.json({ items: [], nextCursor: null })))
    renderApp('/rewards')
    expect(await screen.findByText('The catalog is empty right now')).toBeInTheDocument()
    expect(screen.queryByText('No rewards match')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })
})

describe('recommended for you', () => {
  it('suggests up to four rewards from the member’s redemptions and balance, each with a reason', async () => {
    const { engine } = renderApp('/rewards')
    const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
    const expected = recommendRewards(
      engine.listRewards({ sort: 'popular', limit: 48 }).items,
      engine.listRedemptions({ limit: 20 }).items,
      context,
    )
    expect(expected.length).toBeGreaterThan(0)

    const section = await screen.findByRole('region', { name: 'Recommended for you' })
    const names = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(names).toEqual(expected.map((r) => r.reward.name))
    for (const { reason } of expected) {
      expect(within(section).getAllByText(i18n._(reason)).length).toBeGreaterThan(0)
    }
  })
})

describe('catalog errors', () => {
  it('an API failure shows the error, and "Try again" recovers', async () => {
    let failing = true
    server.use(
      http.get(api('/rewards'), () =>
        failing
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal error', status: 500, code: 'internal_error' },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const { engine, user } = renderApp('/rewards')
    const alert = await within(await waitFor(() => catalogRegion())).findByRole('alert')
    expect(alert).toHaveTextContent('The rewards service is having trouble')

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await expectCards(firstPage(engine).items)
    expect(within(catalogRegion()).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('a failed next page keeps what is shown and offers to try again', async () => {
    let failing = false
    server.use(
      http.get(api('/rewards'), ({ request }) =>
        failing && new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.error()
          : undefined,
      ),
    )
    const { engine, user } = renderApp('/rewards')
    const first = firstPage(engine)
    await expectCards(first.items)

    failing = true
    await user.click(screen.getByRole('button', { name: 'Show more rewards' }))
    const alert = await within(catalogRegion()).findByRole('alert')
    expect(alert).toHaveTextContent('We couldn’t reach the rewards service')
    await expectCards(first.items)

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() =>
      expect(within(catalogRegion()).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(
        first.items.length,
      ),
    )
  })
})
