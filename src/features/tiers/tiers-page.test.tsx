import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setMockFaults } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const columnOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent?.startsWith(name))

/** The cells of the row headed `label`, one per tier. */
function row(table: HTMLElement, label: string | RegExp) {
  const header = within(table).getByRole('rowheader', { name: label })
  const cells = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader') === header)
  if (!cells) throw new Error(`no row ${String(label)}`)
  return within(cells)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}

describe('the tiers page', () => {
  it('compares every tier row by row, and marks the member’s', async () => {
    renderApp('/tiers')
    const table = await screen.findByRole('table', { name: 'What each tier takes and gives' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Bronze', 'SilverYour tier', 'Gold'])
    expect(row(table, 'To qualify')).toEqual([
      'From the day you join',
      '$350 spent in a calendar year',
      '$1,000 spent in a calendar year',
    ])
    expect(row(table, 'Points on purchases')).toEqual([
      '1 point per $1',
      '1.25 points per $1',
      '1.5 points per $1',
    ])
    expect(row(table, /^Birthday gift/)).toEqual(['Included', 'Included', 'Included'])
    // The dash is hidden from screen readers, which hear "Not included".
    expect(row(table, /^Free standard shipping/)).toEqual([
      '–Not included',
      'Included',
      'Free express shipping',
    ])
    expect(row(table, /^Personal concierge/)).toEqual([
      '–Not included',
      '–Not included',
      'Included',
    ])
    expect(columnOf(table, 'Silver')).toBe(1)
    const forYou = row(table, 'For you')
    expect(forYou[0]).toBe('Yours already, with more')
    expect(forYou[2]).toMatch(/^Spend \$[\d,.]+ more this year to reach Gold$/)

    // Small screens: a card per tier with the same facts.
    const cards = screen.getAllByRole('region', { name: /^(Bronze|Silver|Gold)$/ })
    expect(cards).toHaveLength(3)
    expect(cards[2]).toHaveTextContent('Free express shipping')
    expect(cards[1]).toHaveTextContent('Your tier')
  })

  it('says where the member stands and what it takes to keep the tier', async () => {
    renderApp('/tiers', { scenario: 'tier-at-risk' })
    const place = await screen.findByRole('region', { name: 'Your place' })
    expect(place).toHaveTextContent('You’re Gold, with $120 of qualifying spend this year.')
    expect(place).toHaveTextContent('You’re at our highest tier.')
    expect(place).toHaveTextContent(
      'Spend $880 more by December 31 to keep Gold next year. Otherwise you keep Gold until January 31, then move to Silver.',
    )
    const reset = screen.getByRole('region', { name: 'When the year resets' })
    expect(reset).toHaveTextContent('Every year on January 1, your qualifying spend starts again')
    expect(reset).toHaveTextContent('you keep your tier for 31 more days, until January 31')
    expect(reset).toHaveTextContent(
      'you move down one tier, never below the tier your spend reached',
    )
  })

  it('a member on the way up: spend to the next tier, with progress', async () => {
    renderApp('/tiers', { scenario: 'near-tier' })
    const place = await screen.findByRole('region', { name: 'Your place' })
    expect(place).toHaveTextContent('Spend $25 more by December 31 to reach Gold.')
    expect(within(place).getByRole('progressbar', { name: 'Progress to Gold' })).toHaveAttribute(
      'aria-valuetext',
      '$975 of $1,000 spent',
    )
    expect(place).toHaveTextContent('You’ve already kept Silver for next year.')
  })

  it('the entry tier is kept whatever the spend', async () => {
    renderApp('/tiers', { scenario: 'just-joined' })
    const place = await screen.findByRole('region', { name: 'Your place' })
    expect(place).toHaveTextContent('Bronze is yours whatever you spend.')
  })

  it('shows each section loading until its own data arrives', async () => {
    setMockFaults({ latency: '2000' })
    renderApp('/tiers')
    for (const name of ['Your place', 'The tiers compared', 'When the year resets']) {
      expect(await screen.findByRole('region', { name })).toHaveAttribute('aria-busy', 'true')
    }
  })

  it('a failed section offers to try again; the others still show', async () => {
    setMockFaults({ fail: { tier: '500' } })
    const { user } = renderApp('/tiers')
    const place = await screen.findByRole('region', { name: 'Your place' })
    await waitFor(() => expect(within(place).getByRole('alert')).toBeInTheDocument())
    // The program's tiers still show; only the member's place failed.
    expect(screen.getByRole('region', { name: 'When the year resets' })).toBeInTheDocument()

    setMockFaults({})
    await user.click(within(place).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('You’re Silver, with', { exact: false })).toBeInTheDocument()
  })
})
