import { msg } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale, savedLocale, startingLocale } from './activate'
import { i18n } from './i18n'
import { pickLocale, PSEUDO_LOCALE } from './locales'

afterEach(async () => {
  await activateLocale('en')
  localStorage.clear()
})

describe('choosing the language', () => {
  it('loads a language’s catalogs and sets <html lang dir>', async () => {
    await activateLocale('es')
    expect(i18n._(msg`Theme`)).toBe('Tema')
    expect(document.documentElement).toHaveAttribute('lang', 'es')
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
    await activateLocale('ar')
    expect(i18n._(msg`Theme`)).toBe('المظهر')
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    await activateLocale('en')
    expect(i18n._(msg`Theme`)).toBe('Theme')
  })

  it('re-renders messages on screen when the language changes', async () => {
    render(
      <p>
        <Trans>Language</Trans>
      </p>,
    )
    expect(screen.getByText('Language')).toBeInTheDocument()
    await act(() => activateLocale('es'))
    expect(screen.getByText('Idioma')).toBeInTheDocument()
  })

  it('keeps the member’s choice on the device and starts the next visit with it', async () => {
    await activateLocale('ar', { save: true })
    expect(savedLocale()).toBe('ar')
    expect(startingLocale(['en', 'es', 'ar'], 'en')).toBe('ar')
  })

  it('follows the browser’s languages on a first visit, else the default', () => {
    const offered = ['en-GB', 'es', 'ar']
    expect(pickLocale({ offered, fallback: 'en-GB', browser: ['fr-FR', 'es-MX'] })).toBe('es')
    expect(pickLocale({ offered, fallback: 'en-GB', browser: ['en-US'] })).toBe('en-GB')
    expect(pickLocale({ offered, fallback: 'es', browser: ['de'] })).toBe('es')
    // A saved choice the program no longer offers is not kept.
    expect(pickLocale({ offered, fallback: 'es', saved: 'fr', browser: [] })).toBe('es')
  })

  it('shows the pseudo-locale in brackets, stretched', async () => {
    await activateLocale(PSEUDO_LOCALE)
    expect(i18n._(msg`Theme`)).toMatch(/^\[Thémé~+\]$/)
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
  })
})
