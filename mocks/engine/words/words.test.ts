import { describe, expect, it, vi } from 'vitest'

/** words.ts as the browser has it: nothing but English registered (no ./all). */
async function browserWords() {
  vi.resetModules()
  return import('./words')
}

describe('the words of the mock API, per language', () => {
  it('has English from the start, and the pseudo-locale needs nothing more', async () => {
    const { loadWords, words } = await browserWords()
    await loadWords('en-XA')
    expect(words('en').program.name).toBe('Harbor & Pine Rewards')
  })

  it('loads Arabic when asked for it, and refuses to write it before', async () => {
    const { loadWords, textFormat, words } = await browserWords()
    expect(() => words('ar')).toThrow(/ar words are not loaded/)
    expect(() => words('es')).toThrow(/es words are not loaded/)

    await loadWords('ar')
    expect(words('ar').intlLocale).toBe('ar')
    expect(textFormat('ar').points(3)).toMatch(/نقاط/)
    // Spanish was not asked for.
    expect(() => words('es')).toThrow(/es words are not loaded/)
  })

  it('has every language at once in Node (./all)', async () => {
    vi.resetModules()
    await import('./all')
    const { words } = await import('./words')
    expect(words('es').intlLocale).toBe('es')
    expect(words('ar').intlLocale).toBe('ar')
  })
})
