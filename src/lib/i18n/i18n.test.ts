import { setupI18n } from '@lingui/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'
import { formatParts, I18n } from './i18n'
import { pseudolocalize } from './pseudo'

const MESSAGES = [
  'Hello {name}',
  '{count, plural, =0 {No points yet} one {# point} other {# points}}',
  '{count, plural, zero {# zero} one {# one} two {# two} few {# few} many {# many} other {# other}}',
  '{count, plural, offset:1 =0 {Nobody} one {You} other {You and # others}}',
  '{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
  '{status, select, gold {Gold member} silver {Silver member} other {Member}}',
  'Share {ratio, number, percent} with {count, number} friends',
  'Ends on {date, date, long}',
  'You have {points, plural, one {# {unit}} other {# {units}}} left',
]
const VALUES = [0, 1, 2, 3, 11, 100, 1250].map((n) => ({
  name: 'Ana',
  count: n,
  place: n,
  status: n > 10 ? 'gold' : 'other',
  ratio: n / 100,
  date: '2026-12-31T12:00:00Z',
  points: n,
  unit: 'star',
  units: 'stars',
}))

describe('message runtime', () => {
  it('formats every kind of message exactly as @lingui/core does, in each shipped language', () => {
    for (const locale of ['en', 'es', 'ar']) {
      for (const source of MESSAGES) {
        const compiled = compileMessage(source)
        const reference = setupI18n({ locale, messages: { [locale]: { m: compiled } } })
        for (const values of VALUES) {
          const ours = formatParts(compiled, values, locale).join('')
          expect(ours, `${locale}: ${source} ${JSON.stringify(values)}`).toBe(
            reference._('m', values),
          )
        }
      }
    }
  })

  it('picks the CLDR plural form of each language at 0, 1, 2, 3, 11 and 100', () => {
    const forms = compileMessage(MESSAGES[2] ?? '')
    const formsAt = (locale: string) =>
      [0, 1, 2, 3, 11, 100].map((n) => formatParts(forms, { count: n }, locale).join(''))
    expect(formsAt('en')).toEqual([
      '0 other',
      '1 one',
      '2 other',
      '3 other',
      '11 other',
      '100 other',
    ])
    expect(formsAt('es')).toEqual([
      '0 other',
      '1 one',
      '2 other',
      '3 other',
      '11 other',
      '100 other',
    ])
    // Arabic: six forms, with the digits the locale's data says (Intl's, whatever they are).
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n)
    expect(formsAt('ar')).toEqual(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map(
        (form, i) => `${digits([0, 1, 2, 3, 11, 100][i] ?? 0)} ${form}`,
      ),
    )
  })

  it('keeps values that are not text (elements) as pieces for the caller to place', () => {
    const element = { type: 'b' }
    expect(formatParts(compileMessage('Hi {who}!'), { who: element }, 'en')).toEqual([
      'Hi ',
      element,
      '!',
    ])
  })

  it('reads the active catalog, falls back to the English in the code, and tells listeners', () => {
    const i18n = new I18n()
    const descriptor = {
      id: 'x',
      message: compileMessage('{n, plural, one {# day} other {# days}}'),
    }
    expect(i18n._(descriptor, { n: 2 })).toBe('2 days')
    let changes = 0
    i18n.subscribe(() => (changes += 1))
    i18n.activate('es', { x: compileMessage('{n, plural, one {# día} other {# días}}') })
    expect(i18n._(descriptor, { n: 1 })).toBe('1 día')
    expect(i18n._({ id: 'missing', message: compileMessage('Only English') })).toBe('Only English')
    expect(changes).toBe(1)
  })

  it('stretches, accents and brackets the pseudo-locale without touching placeholders', () => {
    const i18n = new I18n()
    i18n.activate('en-XA', {}, pseudolocalize)
    const text = i18n._(
      { id: 'p', message: compileMessage('Save {count, plural, one {# star} other {# stars}}') },
      { count: 3 },
    )
    expect(text).toMatch(/^\[Šåvé~+ 3 štårš~+\]$/)
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('Save 3 stars'.length * 1.3))
  })
})
