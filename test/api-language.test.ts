import { describe, expect, it } from 'vitest'
import { apiLanguage } from '@/lib/i18n/activate'
import { SHIPPED_LANGUAGES } from '@/lib/i18n/locales'
import { TRANSLATED_LANGUAGES } from '../mocks/engine/language'
import { negotiateLanguage } from '../mocks/handlers/language'

// The portal asks for its language with apiLanguage(); the mock API must answer in it.
describe('the portal’s Accept-Language and the mock API', () => {
  it('has words in every language the portal ships', () => {
    expect([...TRANSLATED_LANGUAGES].sort()).toEqual([...SHIPPED_LANGUAGES].sort())
  })

  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['en-XA', 'en-XA'],
  ])('answers a portal in %s in %s', (locale, answered) => {
    expect(negotiateLanguage(apiLanguage(locale))).toBe(answered)
  })

  it('asks any other API for English when the portal shows the pseudo-locale', () => {
    // What an API without the pseudo-locale makes of it: its next choice.
    const withoutPseudo = apiLanguage('en-XA')
      .split(',')
      .map((range) => range.trim())
      .filter((range) => !range.startsWith('en-XA'))
      .join(', ')
    expect(negotiateLanguage(withoutPseudo)).toBe('en')
  })
})
