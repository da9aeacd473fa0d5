import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { Link, NavLink } from './link'

function routerAt(url: string, element: ReactNode) {
  const page = (name: string) => (
    <>
      <h1>{name}</h1>
      {element}
    </>
  )
  const router = createMemoryRouter(
    [
      { path: '/', element: page('Home') },
      { path: '/rewards', element: page('Rewards') },
      { path: '/rewards/:id', element: page('Reward') },
    ],
    { initialEntries: [url] },
  )
  render(<RouterProvider router={router} />)
  return router
}

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'active' : 'idle')

describe('Link', () => {
  it('is a real link to the path, and a plain click opens the page in place', async () => {
    const router = routerAt('/', <Link to="/rewards?category=gift">All rewards</Link>)
    const link = screen.getByRole('link', { name: 'All rewards' })
    expect(link).toHaveAttribute('href', '/rewards?category=gift')

    await userEvent.click(link)

    expect(await screen.findByRole('heading', { name: 'Rewards' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?category=gift')
  })

  it('leaves a Ctrl or Cmd click to the browser (a new tab), without navigating here', () => {
    const router = routerAt('/', <Link to="/rewards">All rewards</Link>)
    const link = screen.getByRole('link', { name: 'All rewards' })

    // What the browser would see once the click has bubbled up; then stop jsdom following it.
    const leftToBrowser: boolean[] = []
    const browser = (event: Event) => {
      leftToBrowser.push(!event.defaultPrevented)
      event.preventDefault()
    }
    window.addEventListener('click', browser)
    fireEvent.click(link, { ctrlKey: true })
    fireEvent.click(link, { metaKey: true })
    window.removeEventListener('click', browser)

    expect(leftToBrowser).toEqual([true, true])
    expect(router.state.location.pathname).toBe('/')
  })

  it('runs its own onClick first, and stays put when that prevents the default', async () => {
    const clicks: string[] = []
    const router = routerAt(
      '/',
      <Link
        to="/rewards"
        onClick={(event) => {
          clicks.push('clicked')
          event.preventDefault()
        }}
      >
        All rewards
      </Link>,
    )

    await userEvent.click(screen.getByRole('link', { name: 'All rewards' }))

    expect(clicks).toEqual(['clicked'])
    expect(router.state.location.pathname).toBe('/')
  })
})

describe('NavLink', () => {
  const nav = (
    <nav>
      <NavLink to="/" end className={navClass}>
        Dashboard
      </NavLink>
      <NavLink to="/rewards" className={navClass}>
        Rewards
      </NavLink>
    </nav>
  )

  it('marks the link to the current page for assistive technology and for the eye', () => {
    routerAt('/', nav)
    const dashboard = screen.getByRole('link', { name: 'Dashboard' })
    const rewards = screen.getByRole('link', { name: 'Rewards' })
    expect(dashboard).toHaveAttribute('aria-current', 'page')
    expect(dashboard).toHaveClass('active')
    expect(rewards).not.toHaveAttribute('aria-current')
    expect(rewards).toHaveClass('idle')
  })

  it('stays current on the pages below it, unless it is an `end` link', () => {
    routerAt('/rewards/r-1', nav)
    expect(screen.getByRole('link', { name: 'Rewards' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current')
  })

  it('follows navigation', async () => {
    routerAt('/', nav)
    await userEvent.click(screen.getByRole('link', { name: 'Rewards' }))
    expect(await screen.findByRole('heading', { name: 'Rewards' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Rewards' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current')
  })
})
