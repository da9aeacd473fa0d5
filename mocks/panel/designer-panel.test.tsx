import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type DesignerSettings } from '../designer-settings'
import { journalKey } from '../engine/journal'
import type { PanelEnvironment } from './actions'
import { DesignerPanel } from './designer-panel'
import { mountDesignerPanel } from './mount'

const PAGE = 'http://localhost:3000/rewards?category=gift'

function fakeEnvironment(page = PAGE, locale = 'en') {
  return {
    href: () => page,
    locale: () => locale,
    navigate: vi.fn<(url: string) => void>(),
    session: sessionStorage,
    local: localStorage,
    copyText: vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined),
  } satisfies PanelEnvironment
}

function renderPanel(settings: DesignerSettings = DEFAULT_SETTINGS, env = fakeEnvironment()) {
  const user = userEvent.setup()
  const view = render(<DesignerPanel settings={settings} env={env} />)
  return { ...view, user, env }
}

const toggle = () => screen.getByRole('button', { name: /^Designer/ })

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(toggle())
  return screen.getByRole('dialog', { name: 'Designer panel' })
}

describe('designer panel', () => {
  it('starts closed, as one button that takes no focus', () => {
    renderPanel()
    expect(toggle()).toHaveAttribute('aria-expanded', 'false')
    expect(toggle()).toHaveAccessibleName('Designer')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(document.body).toHaveFocus()
  })

  it('says on the button when faults or latency are on', () => {
    renderPanel({ ...DEFAULT_SETTINGS, latency: 'offline' })
    expect(toggle()).toHaveAccessibleName('Designer (faults on)')
  })

  it('opens by keyboard, focuses its first control and shows the applied settings', async () => {
    const { user } = renderPanel({
      scenario: 'near-tier',
      latency: '300',
      fail: { balance: '500' },
    })
    await user.tab()
    expect(toggle()).toHaveFocus()
    await user.keyboard('{Enter}')
    const dialog = screen.getByRole('dialog', { name: 'Designer panel' })
    expect(toggle()).toHaveAttribute('aria-expanded', 'true')
    expect(toggle()).toHaveAttribute('aria-controls', dialog.id)

    const scenario = within(dialog).getByRole('combobox', { name: 'Scenario' })
    expect(scenario).toHaveFocus()
    expect(scenario).toHaveValue('near-tier')
    expect(scenario).toHaveAccessibleDescription(
      'A Silver member $25 of spend short of Gold this calendar year.',
    )
    expect(within(dialog).getByRole('radio', { name: '300 ms' })).toBeChecked()
    expect(within(dialog).getByRole('combobox', { name: /^Balance/ })).toHaveValue('500')
    expect(within(dialog).getByRole('combobox', { name: /^Wallet/ })).toHaveValue('')
  })

  it('Apply remembers the chosen settings and loads the page with them in the address', async () => {
    const { user, env } = renderPanel()
    const dialog = await openPanel(user)

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Scenario' }),
      'near-tier',
    )
    expect(within(dialog).getByText(/\$25 of spend short of Gold/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('radio', { name: '2 s' }))
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /^Redeeming/ }),
      'Malformed JSON',
    )
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /^Balance/ }),
      '500 error',
    )
    expect(within(dialog).getByText(/changes that are not applied yet/)).toBeInTheDocument()
    expect(env.navigate).not.toHaveBeenCalled()

    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    const expected = 'scenario=near-tier&latency=2000&fail=balance:500,redemptions:malformed'
    expect(sessionStorage.getItem(SETTINGS_STORAGE_KEY)).toBe(expected)
    expect(env.navigate).toHaveBeenCalledExactlyOnceWith(
      `http://localhost:3000/rewards?category=gift&${expected}`,
    )
  })

  it('a fault set back to None is dropped', async () => {
    const { user, env } = renderPanel({ ...DEFAULT_SETTINGS, fail: { me: '401', tier: '503' } })
    const dialog = await openPanel(user)
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Profile/ }), 'None')
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    expect(env.navigate).toHaveBeenCalledWith(`${PAGE}&scenario=default&fail=tier:503`)
  })

  it('copies a link to the chosen state, and shows it when copying is blocked', async () => {
    const env = fakeEnvironment()
    const { user } = renderPanel(DEFAULT_SETTINGS, env)
    const dialog = await openPanel(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Offline' }))
    await user.click(within(dialog).getByRole('button', { name: 'Copy link to this state' }))
    expect(env.copyText).toHaveBeenCalledWith(`${PAGE}&scenario=default&latency=offline&locale=en`)
    expect(within(dialog).getByRole('status')).toHaveTextContent('Link copied.')
    expect(env.navigate).not.toHaveBeenCalled()

    env.copyText.mockRejectedValueOnce(new Error('denied'))
    await user.click(within(dialog).getByRole('button', { name: 'Copy link to this state' }))
    expect(within(dialog).getByRole('status')).toHaveTextContent(/blocked/)
    expect(within(dialog).getByRole('textbox', { name: 'Link to this state' })).toHaveValue(
      `${PAGE}&scenario=default&latency=offline&locale=en`,
    )
  })

  it('switches the language, the pseudo-locale included, by reloading with ?locale=', async () => {
    const { user, env } = renderPanel({ ...DEFAULT_SETTINGS, scenario: 'near-tier' })
    const dialog = await openPanel(user)
    const language = within(dialog).getByRole('combobox', { name: 'Language' })
    expect(language).toHaveValue('en')
    expect(language).toHaveAccessibleDescription(/clipped or not translated/)
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['English (en)', 'Spanish (es)', 'Arabic (ar)', 'Pseudo-locale (en-XA)'])

    await user.selectOptions(language, 'Pseudo-locale (en-XA)')
    expect(within(dialog).getByText(/changes that are not applied yet/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    expect(env.navigate).toHaveBeenCalledExactlyOnceWith(`${PAGE}&scenario=near-tier&locale=en-XA`)
  })

  it('replaces the page’s own ?locale= and offers the locales the portal offers', async () => {
    const env = fakeEnvironment(`${PAGE}&locale=ar&scenario=default`, 'ar')
    const user = userEvent.setup()
    render(<DesignerPanel settings={DEFAULT_SETTINGS} env={env} locales={['en', 'es-MX', 'ar']} />)
    const dialog = await openPanel(user)
    const language = within(dialog).getByRole('combobox', { name: 'Language' })
    expect(language).toHaveValue('ar')
    await user.selectOptions(language, 'Mexican Spanish (es-MX)')
    await user.click(within(dialog).getByRole('button', { name: 'Copy link to this state' }))
    expect(env.copyText).toHaveBeenCalledWith(`${PAGE}&scenario=default&locale=es-MX`)
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    expect(env.navigate).toHaveBeenCalledWith(`${PAGE}&scenario=default&locale=es-MX`)
  })

  it('stays English, left to right, on a page in Arabic', async () => {
    document.documentElement.lang = 'ar'
    document.documentElement.dir = 'rtl'
    try {
      const { user } = renderPanel(DEFAULT_SETTINGS, fakeEnvironment(PAGE, 'ar'))
      const dialog = await openPanel(user)
      const tools = screen.getByRole('complementary', { name: 'Designer tools' })
      expect(tools).toHaveAttribute('lang', 'en')
      expect(tools).toHaveAttribute('dir', 'ltr')
      expect(tools).toContainElement(dialog)
    } finally {
      document.documentElement.lang = ''
      document.documentElement.dir = ''
    }
  })

  it('Reset clears the journals, the settings and the app’s data, then reloads without settings', async () => {
    localStorage.setItem(journalKey('default'), '{}')
    localStorage.setItem(journalKey('near-tier'), '{}')
    localStorage.setItem('rewards:dismissed-nudges:m1', '["a"]')
    localStorage.setItem('someone-else', 'kept')
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=near-tier')
    const env = fakeEnvironment(`${PAGE}&scenario=near-tier&latency=300`)
    const { user } = renderPanel({ ...DEFAULT_SETTINGS, scenario: 'near-tier' }, env)
    const dialog = await openPanel(user)

    await user.click(within(dialog).getByRole('button', { name: 'Reset mock state' }))
    expect(Object.keys(localStorage)).toEqual(['someone-else'])
    expect(sessionStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull()
    expect(env.navigate).toHaveBeenCalledExactlyOnceWith(PAGE)
  })

  it('Escape closes it and gives focus back to the button; the Close button too', async () => {
    const { user } = renderPanel()
    await openPanel(user)
    await user.tab()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(toggle()).toHaveFocus()
    expect(toggle()).toHaveAttribute('aria-expanded', 'false')

    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Close designer panel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(toggle()).toHaveFocus()
  })

  it('leaves Escape pressed elsewhere in the page to the app', async () => {
    const user = userEvent.setup()
    render(
      <>
        <button type="button">App button</button>
        <DesignerPanel settings={DEFAULT_SETTINGS} env={fakeEnvironment()} />
      </>,
    )
    await user.click(toggle())
    await user.click(screen.getByRole('button', { name: 'App button' }))
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Designer panel' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'App button' })).toHaveFocus()
  })

  it('does not trap focus: Tab leaves the panel for what follows', async () => {
    const user = userEvent.setup()
    render(
      <>
        <DesignerPanel settings={DEFAULT_SETTINGS} env={fakeEnvironment()} />
        <button type="button">After</button>
      </>,
    )
    await user.click(toggle())
    for (
      let i = 0;
      i < 40 && !screen.getByRole('button', { name: 'After' }).matches(':focus');
      i++
    ) {
      await user.tab()
    }
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
    expect(screen.getByRole('dialog', { name: 'Designer panel' })).toBeInTheDocument()
  })

  it('has no axe violations, closed or open', async () => {
    const { user, container } = renderPanel({ ...DEFAULT_SETTINGS, fail: { balance: '503' } })
    // jsdom cannot compute colours; the browser tests check contrast.
    const options = { rules: { 'color-contrast': { enabled: false } } }
    expect((await axe.run(container, options)).violations).toEqual([])
    await openPanel(user)
    expect((await axe.run(container, options)).violations).toEqual([])
  })
})

describe('mountDesignerPanel', () => {
  it('renders into a node of its own after the app, and removes it again', () => {
    const app = document.createElement('div')
    document.body.appendChild(app)
    const before = document.body.innerHTML
    let unmount = () => {}
    act(() => {
      unmount = mountDesignerPanel(DEFAULT_SETTINGS, fakeEnvironment())
    })
    const button = screen.getByRole('button', { name: 'Designer' })
    expect(app).not.toContainElement(button)
    expect(app.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(document.body.innerHTML).not.toBe(before)

    act(() => unmount())
    expect(screen.queryByRole('button', { name: 'Designer' })).not.toBeInTheDocument()
    expect(document.body.innerHTML).toBe(before)
    app.remove()
  })
})
