import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { setMockFaults } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

afterEach(() => setMockFaults({}))

/** Every alert on the page once the failure has been shown. */
async function alerts() {
  await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0))
  return screen.getAllByRole('alert')
}

describe('the program cannot be loaded', () => {
  it.each(['/', '/wallet', '/tiers', '/earn'])(
    '%s says so once, with one Try again that brings the page back',
    async (path) => {
      setMockFaults({ fail: { program: '500' } })
      const { user, engine } = renderApp(path)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'This page couldn’t be shown' }),
      ).toBeVisible()
      const [alert, ...more] = await alerts()
      expect(more).toHaveLength(0)
      expect(alert).toHaveTextContent('The rewards service is having trouble')

      setMockFaults({})
      await user.click(within(alert as HTMLElement).getByRole('button', { name: 'Try again' }))
      if (path === '/') {
        expect(
          await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` }),
        ).toBeVisible()
      } else {
        await waitFor(() =>
          expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(
            'This page couldn’t be shown',
          ),
        )
      }
      expect(screen.queryByRole('alert')).toBeNull()
    },
  )

  it('a page whose other answers fail still names each failed section', async () => {
    setMockFaults({ fail: { tier: '500' } })
    renderApp('/')
    const found = await alerts()
    expect(found.length).toBeGreaterThan(0)
    expect(screen.queryByText('This page couldn’t be shown')).toBeNull()
  })
})
