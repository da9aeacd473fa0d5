import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { configureClient } from '@/api/client'
import { activateLocale } from '@/lib/i18n/activate'
import { setMockFaults } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

afterEach(async () => {
  configureClient({ headers: {} })
  await activateLocale('en')
})

describe('partners', () => {
  it('lists partner brands: logo or initials, what a purchase earns, a link out that opens safely', async () => {
    renderApp('/partners')
    expect(await screen.findByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
    const books = await screen.findByRole('article', { name: 'Northwind Books' })
    expect(books).toHaveTextContent('Bookshop')
    expect(books).toHaveTextContent('1 point for every $2 you spend there')
    // The logo travels in the answer: nothing is fetched from another site.
    expect(within(books).getByRole('presentation')).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    )
    const link = within(books).getByRole('link', {
      name: 'Visit Northwind Books (opens in a new tab)',
    })
    expect(link).toHaveAttribute('href', 'https://northwind-books.example/')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')

    const cycles = screen.getByRole('article', { name: 'Coastline Cycles' })
    expect(within(cycles).queryByRole('presentation')).toBeNull()
    expect(within(cycles).getByText('CC')).toHaveAttribute('aria-hidden', 'true')
    expect(cycles).toHaveTextContent('1 point for every $5 you spend there')
  })

  it('a failed answer says so, and Try again shows the partners', async () => {
    setMockFaults({ fail: { partners: '503' } })
    const { user } = renderApp('/partners')
    const region = await screen.findByRole('region', { name: 'Partners' })
    expect(await within(region).findByRole('alert', {}, { timeout: 8000 })).toBeInTheDocument()
    setMockFaults({})
    await user.click(within(region).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('article', { name: 'Northwind Books' })).toBeInTheDocument()
  })

  it('an answer outside the contract is named, not a crash', async () => {
    setMockFaults({ fail: { partners: 'malformed' } })
    renderApp('/partners')
    const region = await screen.findByRole('region', { name: 'Partners' })
    expect(await within(region).findByRole('alert')).toHaveTextContent('GET /partners')
  })

  it('reads in Spanish, the partners’ words from the API too', async () => {
    await act(() => activateLocale('es'))
    configureClient({ headers: { 'Accept-Language': 'es' } })
    renderApp('/partners')
    const books = await screen.findByRole('article', { name: 'Northwind Books' })
    expect(books).toHaveTextContent('Librería')
    expect(books).toHaveTextContent('por cada 2 US$ que gastes allí')
    expect(
      within(books).getByRole('link', {
        name: 'Visitar Northwind Books (se abre en una pestaña nueva)',
      }),
    ).toBeInTheDocument()
  })
})
