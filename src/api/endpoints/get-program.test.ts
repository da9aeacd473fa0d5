import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { programQuery, setProgramOverrides } from './get-program'

afterEach(async () => {
  setProgramOverrides({})
  await activateLocale('en')
})

const fetchProgram = () => new QueryClient().fetchQuery(programQuery())

describe('the program’s points word from the runtime config', () => {
  const stars = {
    en: { one: 'star', other: 'stars' },
    es: { one: 'estrella', many: 'estrellas', other: 'estrellas' },
  }

  it('uses the config’s word for the member’s language, by tag or by language', async () => {
    setProgramOverrides({ points: stars })
    expect((await fetchProgram()).points).toEqual(stars.en)
    await activateLocale('es-MX')
    expect((await fetchProgram()).points).toEqual(stars.es)
  })

  it('falls back to the API’s word for a language the config does not name', async () => {
    const api = (await fetchProgram()).points
    setProgramOverrides({ points: stars })
    await activateLocale('ar')
    expect((await fetchProgram()).points).toEqual(api)
    expect(api.other).not.toBe(stars.en.other)
  })
})
