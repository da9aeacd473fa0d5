import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ActivityEntry } from '@/api/schemas/activity'
import { activateLocale } from '@/lib/i18n/activate'
import type { LoyaltyEngine } from '../../../mocks/engine/engine'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

afterEach(async () => {
  vi.unstubAllGlobals()
  await activateLocale('en')
})

const mediumDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(iso))
const shortDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short' }).format(new Date(iso))

/** The member's whole ledger as the API pages it, newest first. */
function wholeActivity(engine: LoyaltyEngine, query: Record<string, string> = {}) {
  const items: ActivityEntry[] = []
  let cursor: string | undefined
  do {
    const page = engine.listActivity({ limit: 100, ...query, ...(cursor ? { cursor } : {}) })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

async function entries() {
  return within(await screen.findByRole('list', { name: 'Activity entries' })).getAllByRole(
    'listitem',
  )
}

/** The row of an entry, by its description and date (descriptions repeat). */
async function rowOf(entry: ActivityEntry) {
  const rows = await entries()
  const row = rows.find(
    (li) =>
      within(li).queryByText(entry.description) &&
      within(li).queryByText(mediumDate(entry.occurredAt)),
  )
  if (!row) throw new Error(`no row for ${entry.id}`)
  return row
}

describe('points activity', () => {
  it('lists each entry with its date, description, source and signed points', async () => {
    const { engine } = renderApp('/activity')
    expect(await screen.findByRole('heading', { level: 1, name: 'Points activity' })).toBeVisible()
    const all = wholeActivity(engine)
    await waitFor(async () => expect(await entries()).toHaveLength(all.length))
    expect(screen.getByText(`Showing all ${all.length} entries`)).toBeVisible()

    const redemption = all.find((entry) => entry.source === 'redemption')
    const purchase = all.find((entry) => entry.source === 'purchase' && entry.status === 'posted')
    if (!redemption || !purchase) throw new Error('the default member has both')
    const spent = await rowOf(redemption)
    expect(spent).toHaveTextContent(mediumDate(redemption.occurredAt))
    expect(spent).toHaveTextContent('Redemption')
    expect(spent).toHaveTextContent(`${redemption.points} points`)
    expect(redemption.points).toBeLessThan(0)
    const earned = await rowOf(purchase)
    expect(earned).toHaveTextContent('Purchase')
    expect(earned).toHaveTextContent(`+${purchase.points} points`)
  })

  it('marks pending points with the day they become available, and expired ones', async () => {
    const { engine } = renderApp('/activity')
    const all = wholeActivity(engine)
    const pending = all.find((entry) => entry.status === 'pending')
    const expired = all.find((entry) => entry.status === 'expired')
    const expiry = all.find((entry) => entry.source === 'expiry')
    if (!pending?.availableOn || !expired?.expiresOn || !expiry) {
      throw new Error('the default member has pending and expired points')
    }
    const waiting = await rowOf(pending)
    expect(waiting).toHaveTextContent(`Pending available on ${shortDate(pending.availableOn)}`)
    const lost = await rowOf(expired)
    expect(lost).toHaveTextContent(
      `Expired what was left expired on ${shortDate(expired.expiresOn)}`,
    )
    const taken = await rowOf(expiry)
    expect(taken).toHaveTextContent('Expiry')
    expect(taken).toHaveTextContent(`${expiry.points} points`)
  })

  it('names the partner of points earned at a partner', async () => {
    const { engine } = renderApp('/activity')
    const partner = wholeActivity(engine).find((entry) => entry.partner !== null)
    if (!partner?.partner) throw new Error('the default member earned at a partner')
    const row = await rowOf(partner)
    expect(row).toHaveTextContent(partner.partner.name)
    expect(row).toHaveTextContent('Partner')
  })

  it('names the partner even when the description does not', async () => {
    const entry: ActivityEntry = {
      id: 'led_partner',
      occurredAt: '2026-11-10T20:00:00Z',
      source: 'partner',
      description: 'Coffee and a pastry',
      points: 12,
      status: 'posted',
      availableOn: '2026-11-17T20:00:00Z',
      expiresOn: '2027-11-10T20:00:00Z',
      spend: null,
      partner: { id: 'ptn_northwind', name: 'Northwind Books' },
    }
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/activity`, () =>
        HttpResponse.json({ items: [entry], nextCursor: null }),
      ),
    )
    renderApp('/activity')
    const row = await rowOf(entry)
    expect(row).toHaveTextContent('Northwind Books')
  })

  it('filters by type and dates, kept in the URL; the same URL opens the same filters', async () => {
    const { engine, user, router, unmount } = renderApp('/activity')
    await entries()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'partner')
    const partners = wholeActivity(engine, { source: 'partner' })
    await waitFor(async () => expect(await entries()).toHaveLength(partners.length))
    expect(new URLSearchParams(router.state.location.search).get('type')).toBe('partner')

    const newest = partners[0]
    if (!newest) throw new Error('the default member earned at partners')
    const day = newest.occurredAt.slice(0, 10)
    await user.type(screen.getByLabelText('From'), day)
    await user.type(screen.getByLabelText('To'), day)
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('to')).toBe(day),
    )
    await waitFor(async () =>
      expect((await entries()).every((li) => within(li).queryByText('Partner') !== null)).toBe(
        true,
      ),
    )
    expect(await entries()).not.toHaveLength(0)
    const url = `${router.state.location.pathname}${router.state.location.search}`
    unmount()

    // A reload (or a shared link): the same filters, the same entries.
    renderApp(url)
    expect(await screen.findByRole('combobox', { name: 'Type' })).toHaveValue('partner')
    expect(screen.getByLabelText('From')).toHaveValue(day)
    expect(screen.getByLabelText('To')).toHaveValue(day)
    await waitFor(async () => expect((await entries()).length).toBeLessThanOrEqual(partners.length))
    expect(await rowOf(newest)).toBeVisible()
  })

  it('nothing matching the filters says so, and clears them', async () => {
    const { user, router } = renderApp('/activity?type=adjustment')
    expect(await screen.findByText('Nothing matches these filters')).toBeVisible()
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1) as HTMLElement)
    expect(await entries()).not.toHaveLength(0)
    expect(router.state.location.search).toBe('')
  })

  it('the Adjustment filter lists the adjustments the program made, with their words', async () => {
    renderApp('/activity?type=adjustment', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(2))
    const [goodwill, correction] = await entries()
    expect(goodwill).toHaveTextContent('Goodwill credit: sorry your order arrived late')
    expect(goodwill).toHaveTextContent('Adjustment')
    expect(goodwill).toHaveTextContent('+50 points')
    expect(correction).toHaveTextContent(/Correction: points missing from online order #HP-\d+/)
    expect(correction).toHaveTextContent('+120 points')
  })

  it('lists points taken back as an adjustment, as a debit', async () => {
    const view = renderApp('/wallet')
    view.engine.takeBackPoints(1250)
    await view.router.navigate('/activity?type=adjustment')
    await waitFor(async () => expect(await entries()).toHaveLength(1))
    const [taken] = await entries()
    expect(taken).toHaveTextContent(/Points taken back: online order #HP-\d+ was returned/)
    expect(taken).toHaveTextContent('Adjustment')
    expect(taken).toHaveTextContent('-1,250 points')
  })

  it('pages by button, from the keyboard: focus lands on the first older entry', async () => {
    const { user } = renderApp('/activity', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(50))
    expect(screen.getByText('Showing 50 entries, older ones to see')).toBeVisible()
    const more = screen.getByRole('button', { name: 'Show older entries' })
    more.focus()
    await user.keyboard('{Enter}')
    await waitFor(async () => expect(await entries()).toHaveLength(100))
    await waitFor(async () => expect((await entries())[50]).toHaveFocus())
  })

  it('pages loaded one after another make one list, in the ledger’s order', async () => {
    const { engine, user } = renderApp('/activity', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(50))
    for (const shown of [100, 150]) {
      await user.click(screen.getByRole('button', { name: 'Show older entries' }))
      await waitFor(async () => expect(await entries()).toHaveLength(shown))
    }
    const expected = wholeActivity(engine).slice(0, 150)
    const rows = await entries()
    expected.forEach((entry, index) => {
      expect(rows[index]).toHaveTextContent(entry.description)
      expect(rows[index]).toHaveTextContent(mediumDate(entry.occurredAt))
    })
    expect(screen.getByText('Showing 150 entries, older ones to see')).toBeVisible()
  })

  it('while older entries load, the button stays usable: a keyboard user keeps their place', async () => {
    setMockFaults({ latency: '300' })
    const { user } = renderApp('/activity', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(50), { timeout: 10_000 })
    const more = screen.getByRole('button', { name: 'Show older entries' })
    more.focus()
    await user.keyboard('{Enter}')
    // Loading: said on the button, which is not disabled (a disabled button drops the focus,
    // and the next Tab would start again from the top of the page).
    const loading = await screen.findByRole('button', { name: 'Loading older entries…' })
    expect(loading).toBeEnabled()
    expect(loading).toHaveFocus()
    await waitFor(async () => expect(await entries()).toHaveLength(100))
    await waitFor(async () => expect((await entries())[50]).toHaveFocus())
  })

  it('older entries that fail to load say so with a retry; the entries shown stay', async () => {
    const { user } = renderApp('/activity', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(50))
    setMockFaults({ fail: { activity: '500' } })
    await user.click(screen.getByRole('button', { name: 'Show older entries' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The rewards service is having trouble')
    expect(await entries()).toHaveLength(50)
    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(async () => expect(await entries()).toHaveLength(100))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('pages on scroll: the next page loads as the end of the list comes near', async () => {
    const observed: { callback: IntersectionObserverCallback; target: Element }[] = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: IntersectionObserverCallback) {}
        observe(target: Element) {
          observed.push({ callback: this.callback, target })
        }
        disconnect() {}
        unobserve() {}
        takeRecords() {
          return []
        }
      },
    )
    renderApp('/activity', { scenario: 'long-history' })
    await waitFor(async () => expect(await entries()).toHaveLength(50))
    await waitFor(() => expect(observed.length).toBeGreaterThan(0))
    const near = observed.at(-1)
    act(() =>
      near?.callback(
        [{ isIntersecting: true, target: near.target } as IntersectionObserverEntry],
        {} as IntersectionObserver,
      ),
    )
    await waitFor(async () => expect(await entries()).toHaveLength(100))
  })

  it('a new member: says there is nothing yet and where to earn', async () => {
    renderApp('/activity', { scenario: 'new-member' })
    expect(await screen.findByRole('heading', { name: 'No activity yet' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'See ways to earn' })).toHaveAttribute('href', '/earn')
  })

  it('a failed answer says so with a retry that recovers', async () => {
    setMockFaults({ fail: { activity: '500' } })
    const { user } = renderApp('/activity')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The rewards service is having trouble')
    setMockFaults({})
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await entries()).not.toHaveLength(0)
  })

  it('an answer outside the contract is named, not a crash', async () => {
    setMockFaults({ fail: { activity: 'malformed' } })
    renderApp('/activity')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We received something we couldn’t read')
    expect(alert).toHaveTextContent('GET /me/activity')
  })

  it('reads in Arabic, right to left', async () => {
    await act(() => activateLocale('ar'))
    renderApp('/activity')
    expect(await screen.findByRole('heading', { level: 1, name: 'نشاط النقاط' })).toBeVisible()
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
  })
})
