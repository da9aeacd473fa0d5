import * as tough from 'tough-cookie'
import { describe, expect, test } from 'vitest'
import * as shim from './tough-cookie'

// Each case sets cookies as MSW does (`jar.setCookie(header, url)`, awaited) and reads them as
// MSW does (`jar.getCookiesSync(url)`), in the shim and in tough-cookie itself: both must agree.
type Case = { name: string; set: [header: string, from: string][]; get: string[] }

const cases: Case[] = [
  {
    name: 'a host-only cookie goes back to its host, on every path under its own',
    set: [['session=abc; Path=/; HttpOnly; SameSite=Lax', 'http://localhost:5173/api/v1/session']],
    get: [
      'http://localhost:5173/api/v1/me',
      'http://localhost/',
      'http://127.0.0.1/',
      'http://api.localhost/',
    ],
  },
  {
    name: 'without a Path, a cookie belongs to the directory of the request',
    set: [['a=1', 'https://example.com/api/v1/session']],
    get: [
      'https://example.com/api/v1/me',
      'https://example.com/api/v1',
      'https://example.com/api/v10',
      'https://example.com/',
    ],
  },
  {
    name: 'a Domain cookie reaches subdomains; a host-only one does not',
    set: [
      ['wide=1; Domain=.example.com; Path=/', 'https://api.example.com/x'],
      ['narrow=1; Path=/', 'https://api.example.com/x'],
    ],
    get: [
      'https://www.example.com/',
      'https://api.example.com/',
      'https://example.com/',
      'https://badexample.com/',
    ],
  },
  {
    name: 'a cookie for another site is refused',
    set: [['evil=1; Domain=other.com; Path=/', 'https://example.com/']],
    get: ['https://other.com/', 'https://example.com/'],
  },
  {
    name: 'Max-Age=0 and a past Expires remove a cookie; a later one replaces it',
    set: [
      ['gone=1; Path=/', 'https://example.com/'],
      ['gone=; Path=/; Max-Age=0', 'https://example.com/'],
      ['old=1; Path=/', 'https://example.com/'],
      ['old=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'https://example.com/'],
      ['kept=1; Path=/', 'https://example.com/'],
      ['kept=2; Path=/; Max-Age=3600', 'https://example.com/'],
    ],
    get: ['https://example.com/'],
  },
  {
    name: 'Secure cookies only over https',
    set: [['s=1; Secure; Path=/', 'https://example.com/']],
    get: ['https://example.com/', 'http://example.com/'],
  },
  {
    name: 'the most specific path comes first, then the oldest',
    set: [
      ['a=root; Path=/', 'https://example.com/'],
      ['b=deep; Path=/api/v1', 'https://example.com/'],
      ['c=mid; Path=/api', 'https://example.com/'],
      ['d=root2; Path=/', 'https://example.com/'],
    ],
    get: ['https://example.com/api/v1/me', 'https://example.com/api'],
  },
]

async function run(
  jar: { setCookie(h: string, u: string): Promise<unknown> },
  header: string,
  from: string,
) {
  try {
    await jar.setCookie(header, from)
  } catch {
    // tough-cookie rejects what a browser ignores (a cookie for another site).
  }
}

describe('the tough-cookie shim of the mock chunk', () => {
  test.each(cases)('$name', async ({ set, get }) => {
    const real = new tough.CookieJar(new tough.MemoryCookieStore())
    const mine = new shim.CookieJar(new shim.MemoryCookieStore())
    for (const [header, from] of set) {
      await run(real, header, from)
      await run(mine, header, from)
    }
    for (const url of get) {
      const expected = real.getCookiesSync(url).map((c) => c.toString())
      expect(
        mine.getCookiesSync(url).map((c) => c.toString()),
        url,
      ).toEqual(expected)
    }
  })

  test('cookies persisted by either one load in the other, as MSW keeps them in localStorage', async () => {
    const real = new tough.CookieJar(new tough.MemoryCookieStore())
    const header = 'session=abc; Path=/; Max-Age=600; HttpOnly; SameSite=Lax'
    await real.setCookie(header, 'http://localhost:5173/api/v1/session')
    const [stored] = real.getCookiesSync('http://localhost:5173/api/v1/me')
    const saved = JSON.parse(JSON.stringify(stored?.toJSON())) as unknown

    const loaded = shim.Cookie.fromJSON(saved)
    expect(loaded?.toString()).toBe(stored?.toString())
    expect(JSON.parse(JSON.stringify(loaded?.toJSON()))).toEqual(saved)
    expect(tough.Cookie.fromJSON(loaded?.toJSON())?.toString()).toBe(stored?.toString())
    expect(shim.Cookie.fromJSON('not json')).toBeUndefined()
    expect(shim.Cookie.fromJSON(null)).toBeUndefined()
  })

  test('a store rebuilt from its index, as MSW does on load, answers the same', async () => {
    const first = new shim.MemoryCookieStore()
    await new shim.CookieJar(first).setCookie(
      'session=abc; Path=/',
      'http://localhost/api/v1/session',
    )
    const again = new shim.MemoryCookieStore()
    again.idx = first.idx
    expect(
      new shim.CookieJar(again).getCookiesSync('http://localhost/api/v1/me').map(String),
    ).toEqual(['session=abc; Path=/'])
  })
})
