import { describe, expect, it } from 'vitest'
import { negotiateLanguage } from './language'

describe('negotiateLanguage', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['ar-EG,en;q=0.8', 'ar'],
    ['fr-FR, es-MX;q=0.9, en;q=0.8', 'es'],
    ['en;q=0.5, ar;q=0.9', 'ar'],
    ['de, fr', 'en'],
    ['es;q=0, ar;q=0.1', 'ar'],
  ])('%s → %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language)
  })
})
