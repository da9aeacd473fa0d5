import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../designer-settings'
import { drawDesignerButton } from './designer-button'

const toggle = () => screen.getByRole('button', { name: /^Designer/ })
let remove = () => {}

afterEach(() => {
  remove()
  document.body.innerHTML = ''
})

describe('the designer button, before the panel has loaded', () => {
  it('is one closed button in the designer tools, in English, taking no focus', () => {
    const loadPanel = vi.fn(() => import('./mount'))
    remove = drawDesignerButton(DEFAULT_SETTINGS, undefined, loadPanel)
    const tools = screen.getByRole('complementary', { name: 'Designer tools' })
    expect(tools).toHaveAttribute('lang', 'en')
    expect(tools).toHaveAttribute('dir', 'ltr')
    expect(within(tools).getByRole('button')).toBe(toggle())
    expect(toggle()).toHaveAccessibleName('Designer')
    expect(toggle()).toHaveAttribute('aria-expanded', 'false')
    expect(document.body).toHaveFocus()
    expect(loadPanel).not.toHaveBeenCalled()
  })

  it('says when faults or latency are on', () => {
    remove = drawDesignerButton({ ...DEFAULT_SETTINGS, latency: 'offline' })
    expect(toggle()).toHaveAccessibleName('Designer (faults on)')
  })

  it('loads the panel when a designer opens it by keyboard, and focus moves into it', async () => {
    const user = userEvent.setup()
    const loadPanel = vi.fn(() => import('./mount'))
    remove = drawDesignerButton(
      { scenario: 'near-tier', latency: '300', fail: {} },
      undefined,
      loadPanel,
    )
    await user.tab()
    expect(toggle()).toHaveFocus()
    await user.keyboard('{Enter}')

    const dialog = await screen.findByRole('dialog', { name: 'Designer panel' })
    const scenario = within(dialog).getByRole('combobox', { name: 'Scenario' })
    await waitFor(() => expect(scenario).toHaveFocus())
    expect(scenario).toHaveValue('near-tier')
    // One button still: the panel's own took the place of the one drawn before it.
    expect(screen.getAllByRole('button', { name: /^Designer/ })).toHaveLength(1)
    expect(toggle()).toHaveAttribute('aria-expanded', 'true')
    expect(loadPanel).toHaveBeenCalledTimes(1)

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(toggle()).toHaveFocus()
  })
})
