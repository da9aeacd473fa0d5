import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { setMockFaults } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

afterEach(() => setMockFaults({}))

describe('sections that failed on the same answer', () => {
  it('one Try again brings back every section that needed that answer', async () => {
    setMockFaults({ fail: { balance: '500' } })
    const { user, engine } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const balance = await screen.findByRole('region', { name: 'Your balance' })
    const retry = await within(balance).findByRole('button', { name: 'Try again' })
    // The balance feeds more than its own card: each section that reads it says so.
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(1)

    setMockFaults({})
    await user.click(retry)
    await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0))
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Your balance' })).getByText(
          engine.balance().available.toLocaleString('en-US'),
        ),
      ).toBeVisible(),
    )
  })
})
