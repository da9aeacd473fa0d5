import { describe, expect, it } from 'vitest'
import { localize, pick } from './language'

describe('localize', () => {
  it('writes a language only when it is read, and once', () => {
    const written: string[] = []
    const text = localize((language) => {
      written.push(language)
      return `hello in ${language}`
    })
    expect(written).toEqual([])

    expect(text.es).toBe('hello in es')
    expect(text.es).toBe('hello in es')
    expect(written).toEqual(['es'])

    expect(pick(text, 'en-XA')).toBe(
      pick(
        localize(() => 'hello in en'),
        'en-XA',
      ),
    )
    expect(written).toEqual(['es', 'en'])
  })

  it('reads like a record of every language', () => {
    const text = localize((language) => language.toUpperCase())
    expect(Object.keys(text)).toEqual(['en', 'es', 'ar'])
    expect({ ...text }).toEqual({ en: 'EN', es: 'ES', ar: 'AR' })
  })
})
