import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale, setOfferedLocales } from '@/lib/i18n/activate'
import { renderApp } from '../../test/render-app'

// jsdom applies no CSS: both the header nav (wide screens) and the bottom bar (phones) are in
// the document, each a navigation landmark named "Main"; the browser tests check which shows.
const navs = () => screen.getAllByRole('navigation', { name: 'Main' })
const headerNav = () => {
  const [header] = navs()
  if (!header) throw new Error('no header navigation')
  return header
}
const bottomBar = () => {
  const bar = navs()[1]
  if (!bar) throw new Error('no bottom bar')
  return bar
}

describe('navigation', () => {
  it('wide screens: marks the current page and groups Rewards pages under a menu', async () => {
    const { engine, user, router } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const nav = headerNav()
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page')

    const rewards = within(nav).getByRole('button', { name: 'Rewards' })
    expect(rewards).toHaveAttribute('aria-expanded', 'false')
    await user.click(rewards)
    expect(rewards).toHaveAttribute('aria-expanded', 'true')
    const wallet = within(nav).getByRole('link', { name: 'Your wallet' })
    expect(within(nav).getByRole('link', { name: 'Rewards catalog' })).toBeVisible()

    await user.click(wallet)
    await screen.findByRole('heading', { level: 1, name: 'Your wallet' })
    expect(router.state.location.pathname).toBe('/wallet')
    // The menu closes once used, and the button shows the group holds the current page.
    expect(rewards).toHaveAttribute('aria-expanded', 'false')
    expect(within(nav).queryByRole('link', { name: 'Your wallet' })).not.toBeInTheDocument()
    await user.click(rewards)
    expect(within(nav).getByRole('link', { name: 'Your wallet' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('a menu closes on Escape and gives focus back to its button', async () => {
    const { engine, user } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const account = within(document.body).getByRole('button', { name: 'Account' })
    await user.click(account)
    const signOut = screen.getAllByRole('button', { name: 'Sign out' })
    expect(signOut.length).toBeGreaterThan(0)
    await user.keyboard('{Escape}')
    expect(account).toHaveAttribute('aria-expanded', 'false')
    expect(account).toHaveFocus()
  })

  it('a menu closes when focus moves out of it', async () => {
    const { engine, user } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: `Hi, ${engine.me().firstName}` })
    const rewards = within(headerNav()).getByRole('button', { name: 'Rewards' })
    await user.click(rewards)
    act(() => screen.getByRole('link', { name: 'Skip to content' }).focus())
    expect(rewards).toHaveAttribute('aria-expanded', 'false')
  })

  it('phones: a tab per group, the current one marked, and everything else under More', async () => {
    const { user, router } = renderApp('/rewards')
    await screen.findByRole('heading', { level: 1, name: 'Rewards' })
    const bar = bottomBar()
    expect(within(bar).getByRole('link', { name: 'Rewards' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(bar).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current')

    await user.click(within(bar).getByRole('button', { name: 'More' }))
    const sheet = await screen.findByRole('dialog', { name: 'Menu' })
    expect(within(sheet).getByRole('heading', { name: 'Rewards' })).toBeInTheDocument()
    expect(within(sheet).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()

    await user.click(within(sheet).getByRole('link', { name: 'Your wallet' }))
    await screen.findByRole('heading', { level: 1, name: 'Your wallet' })
    expect(router.state.location.pathname).toBe('/wallet')
    expect(screen.queryByRole('dialog', { name: 'Menu' })).not.toBeInTheDocument()
    // The wallet is one of the Rewards pages: the Rewards tab stays marked.
    expect(within(bottomBar()).getByRole('link', { name: 'Rewards' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('the sheet closes with its close button', async () => {
    const { user } = renderApp('/wallet')
    await screen.findByRole('heading', { level: 1, name: 'Your wallet' })
    await user.click(within(bottomBar()).getByRole('button', { name: 'More' }))
    const sheet = await screen.findByRole('dialog', { name: 'Menu' })
    await user.click(within(sheet).getByRole('button', { name: 'Close menu' }))
    expect(screen.queryByRole('dialog', { name: 'Menu' })).not.toBeInTheDocument()
  })

  it('signed out: no navigation at all', async () => {
    renderApp('/sign-in')
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'More' })).not.toBeInTheDocument()
  })
})

describe('the shell in the member’s language', () => {
  afterEach(async () => {
    setOfferedLocales(['en'])
    await activateLocale('en')
  })

  it('switches navigation, menus and footer when the member picks a language in the footer', async () => {
    setOfferedLocales(['en', 'es', 'ar'])
    const { engine, user } = renderApp('/wallet')
    await screen.findByRole('heading', { level: 1, name: 'Your wallet' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es')
    const nav = await screen.findAllByRole('navigation', { name: 'Principal' })
    expect(document.documentElement).toHaveAttribute('lang', 'es')
    expect(within(nav[0] as HTMLElement).getByRole('link', { name: 'Inicio' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Tema' })).toBeInTheDocument()
    const balance = engine.balance().available.toLocaleString('es')
    expect(within(screen.getByRole('banner')).getByText(`${balance} points`)).toBeInTheDocument()
    expect(within(screen.getByRole('banner')).getByText('Tu saldo:')).toHaveClass('sr-only')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'ar')
    const [, bar] = await screen.findAllByRole('navigation', { name: 'القائمة الرئيسية' })
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    await user.click(within(bar as HTMLElement).getByRole('button', { name: 'المزيد' }))
    const sheet = await screen.findByRole('dialog', { name: 'القائمة' })
    expect(within(sheet).getByRole('link', { name: 'محفظتك' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(sheet).getByRole('button', { name: 'تسجيل الخروج' })).toBeInTheDocument()
  })
})
