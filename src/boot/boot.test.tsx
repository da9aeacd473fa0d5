import { render, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { homeParts } from '@/api/contract/get-home'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { tierProgressQuery } from '@/api/endpoints/get-tier-progress'
import { ApiError, ContractError } from '@/api/errors'
import { PortalRouter } from '@/app/app'
import { createPortal } from '@/app/portal'
import { loadConfig } from '@/config/load-config'
import { paths } from '@/config/paths'
import { setSignOutPending } from '@/features/session/pending-sign-out'
import { server, serveScenario } from '../../mocks/node'
import { configureClient } from '@/api/client'
import { apiLanguage, visitLocale } from '@/lib/i18n/activate'
import {
  API_ACCEPT,
  boot,
  BOOT_GLOBAL,
  bootFetches,
  bootLanguage,
  bootRequests,
  CONFIG_URL,
  HOME_PARTS,
  HOME_PATH,
  type Boot,
} from './boot'

const ORIGIN = 'http://localhost:3000'
/**
 * Each test's API at an address of its own, so requests a page from an earlier test starts
 * late (a lazy page's loader) never count here.
 */
let API = ''
let apis = 0
beforeEach(() => {
  apis += 1
  API = `http://api-${String(apis)}.localhost/api/v1`
  configureClient({ baseUrl: API })
})
const real = () => ({ mock: false, apiBaseUrl: API })
const serveDefault = () => serveScenario('default', { baseUrl: API })

type Sent = { url: string; init: RequestInit | undefined }

/**
 * The inline script run as the page would, at `pathname`, with `config` as /config.json. API
 * requests go to the mock API (MSW); every request it makes is in `sent`.
 */
async function runBoot(
  pathname: string,
  config: unknown = real(),
  options: { fail?: (url: string) => boolean } = {},
) {
  const sent: Sent[] = []
  const fetchSpy = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    sent.push({ url, init })
    if (url === CONFIG_URL) return Promise.resolve(Response.json(config))
    if (options.fail?.(url)) return Promise.reject(new TypeError('Failed to fetch'))
    return fetch(url, init)
  }
  // The portal sends the language it shows (main.tsx): English here.
  configureClient({ headers: { 'Accept-Language': 'en' } })
  const started = boot({
    location: { href: `${ORIGIN}${pathname}`, pathname, search: '' },
    localStorage,
    navigator: { languages: ['en-US'] },
    fetch: fetchSpy as typeof fetch,
  })
  ;(globalThis as { [BOOT_GLOBAL]?: Boot })[BOOT_GLOBAL] = started
  await started.config
  return { started, sent }
}

/** Every API request that reached the mock API from now on, as its full URL. */
function apiRequests() {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(API)) seen.push(`${request.method} ${request.url}`)
  })
  return seen
}

/** Resolves once no new request has started for a while (lazy pages start theirs late). */
async function settled(seen: string[]) {
  let count = -1
  while (count !== seen.length) {
    count = seen.length
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const openPortal = (pathname: string) =>
  createPortal(createMemoryHistory({ initialEntries: [pathname], v5Compat: true }), {
    retry: false,
  })

afterEach(() => {
  delete (globalThis as { [BOOT_GLOBAL]?: Boot })[BOOT_GLOBAL]
  server.events.removeAllListeners()
})

describe('the inline boot script', () => {
  it('in real mode, asks for the config and the first screen’s answers, with the session', async () => {
    serveDefault()
    const { sent } = await runBoot('/')
    expect(sent[0]).toEqual({ url: CONFIG_URL, init: { cache: 'no-store' } })
    const api = sent.slice(1)
    expect(api.map((s) => s.url.replace(API, ''))).toEqual(['/program', HOME_PATH])
    for (const { init } of api) {
      expect(init).toEqual({
        credentials: 'include',
        headers: { Accept: API_ACCEPT, 'Accept-Language': 'en' },
      })
    }
  })

  it.each([
    { saved: null, browser: ['es-MX', 'en'], search: '' },
    { saved: null, browser: ['fr-FR', 'ar-EG'], search: '' },
    { saved: null, browser: ['fr'], search: '' },
    { saved: null, browser: ['fr'], search: '', defaultLocale: 'es' },
    { saved: 'ar', browser: ['es'], search: '' },
    { saved: 'en-XA', browser: ['es'], search: '' },
    { saved: 'de', browser: ['es'], search: '' },
    { saved: 'ar', browser: ['es'], search: '?locale=es' },
    { saved: null, browser: ['es'], search: '?locale=de' },
    { saved: null, browser: ['es'], search: '?locale=en-XA' },
    { saved: null, browser: ['es-ES'], search: '', locales: ['en', 'es-MX'] },
    { saved: null, browser: ['es-MX'], search: '', locales: ['es', 'es-MX', 'en'] },
  ])(
    'asks in the language the portal will: saved $saved, browser $browser, link $search',
    ({ saved, browser, search, locales = ['en', 'es', 'ar'], defaultLocale }) => {
      if (saved) localStorage.setItem('portal-locale', saved)
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser)
      const { locale } = visitLocale({ mock: false, locales, defaultLocale }, search)
      expect(bootLanguage({ locales, defaultLocale }, search, saved, browser)).toBe(
        apiLanguage(locale),
      )
    },
  )

  it('asks the API for nothing in mock mode, or when the config is not one', async () => {
    for (const config of [
      { mock: true, apiBaseUrl: '/api/v1' },
      { mock: false },
      'nonsense',
      null,
    ]) {
      const { sent } = await runBoot('/', config)
      expect(sent.map((s) => s.url)).toEqual([CONFIG_URL])
    }
  })

  it('asks for no member data on the sign-in page or while a sign-out is unfinished', async () => {
    serveDefault()
    const signIn = await runBoot(paths.signIn)
    expect(signIn.sent.slice(1).map((s) => s.url)).toEqual([`${API}/program`])

    setSignOutPending(true)
    const pending = await runBoot('/')
    expect(pending.sent.slice(1).map((s) => s.url)).toEqual([`${API}/program`])
  })

  it('never leaves an unhandled rejection when the network is down', async () => {
    const started = boot({
      location: { href: `${ORIGIN}/`, pathname: '/', search: '' },
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    })
    ;(globalThis as { [BOOT_GLOBAL]?: Boot })[BOOT_GLOBAL] = started
    await expect(loadConfig()).rejects.toThrow('/config.json could not be loaded')
  })
})

describe('the portal takes what the boot script started', () => {
  it.each(['/', '/wallet', '/rewards', paths.signIn])(
    'the boot asks only for what %s needs',
    async (pathname) => {
      serveDefault()
      const expected = apiRequests()
      const portal = openPortal(pathname)
      const view = render(<PortalRouter portal={portal} />)
      await waitFor(() => expect(expected.length).toBeGreaterThan(0))
      await settled(expected)
      view.unmount()
      portal.queryClient.clear()
      const booted = bootRequests(pathname, false).map((p) => `GET ${API}${p}`)
      expect(expected).toEqual(expect.arrayContaining(booted))
      // The first screen: the boot asks for every answer it needs.
      if (pathname === '/') expect(booted.sort()).toEqual([...new Set(expected)].sort())
    },
  )

  it('asks for the dashboard’s first screen in one answer, whose parts are what the contract names', () => {
    expect(bootFetches('/', false)).toEqual(['/program', HOME_PATH])
    expect(HOME_PARTS).toEqual(homeParts)
    expect(bootRequests('/', false)).toEqual(['/program', ...Object.values(homeParts)])
    expect(bootFetches('/wallet', false)).toEqual(['/program', '/me/balance'])
  })

  it('opening the dashboard asks the API twice: the program, and the first screen in one answer', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/')
    expect(await loadConfig()).toMatchObject(real())
    const { queryClient } = openPortal('/')
    await waitFor(() => expect(queryClient.getQueryData(balanceQuery().queryKey)).toBeDefined())
    await settled(seen)
    queryClient.clear()
    expect(seen.sort()).toEqual([`GET ${API}${HOME_PATH}`, `GET ${API}/program`])
  })

  it('opening another member page asks for the program and the balance once each', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/wallet')
    const { queryClient } = openPortal('/wallet')
    await waitFor(() => expect(queryClient.getQueryData(balanceQuery().queryKey)).toBeDefined())
    await settled(seen)
    queryClient.clear()
    expect(seen.filter((r) => r.endsWith('/me/balance'))).toHaveLength(1)
    expect(seen.filter((r) => r.endsWith('/program'))).toHaveLength(1)
  })

  it('never takes an answer in another language than the portal asks in', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/')
    configureClient({ headers: { 'Accept-Language': 'es' } })
    const { queryClient } = openPortal('/')
    await waitFor(() => expect(queryClient.getQueryData(balanceQuery().queryKey)).toBeDefined())
    await settled(seen)
    queryClient.clear()
    // The boot's answer was in English: the portal asks for each part in Spanish itself.
    expect(seen.filter((r) => r.endsWith(HOME_PATH))).toHaveLength(1)
    expect(seen.filter((r) => r.endsWith('/me/balance'))).toHaveLength(1)
  })

  it('asks again itself when the boot’s request failed', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/', real(), { fail: (url) => url.endsWith(HOME_PATH) })
    const { queryClient } = openPortal('/')
    await waitFor(() =>
      expect(queryClient.getQueryData(balanceQuery().queryKey)?.available).toBeGreaterThan(0),
    )
    await settled(seen)
    queryClient.clear()
    expect(seen.sort()).toEqual(
      ['/program', ...Object.values(homeParts)].map((p) => `GET ${API}${p}`).sort(),
    )
  })

  it.each([500, 503, 404])(
    'asks each part separately when the first screen in one answer is a %i: one part failing fails one section',
    async (status) => {
      serveDefault()
      server.use(
        http.get(`${API}${HOME_PATH}`, () =>
          HttpResponse.json({ status, title: 'Unavailable' }, { status }),
        ),
        http.get(`${API}/me/tier`, () =>
          HttpResponse.json({ status: 500, title: 'Broken' }, { status: 500 }),
        ),
      )
      const seen = apiRequests()
      await runBoot('/')
      const { queryClient } = openPortal('/')
      await waitFor(() =>
        expect(queryClient.getQueryState(tierProgressQuery().queryKey)?.error).toBeInstanceOf(
          ApiError,
        ),
      )
      await waitFor(() =>
        expect(queryClient.getQueryData(balanceQuery().queryKey)?.available).toBeGreaterThan(0),
      )
      await settled(seen)
      queryClient.clear()
      expect(seen.filter((r) => r.endsWith('/me/balance'))).toHaveLength(1)
    },
  )

  it('a 401 to the first screen in one answer is every part’s answer: nothing is asked again', async () => {
    serveDefault()
    server.use(
      http.get(`${API}${HOME_PATH}`, () =>
        HttpResponse.json(
          { status: 401, title: 'Signed out', code: 'unauthorized' },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const seen = apiRequests()
    await runBoot('/')
    const { queryClient, visitor } = openPortal('/')
    // No session: the visitor sees the guest view.
    await waitFor(() => expect(visitor.isGuest()).toBe(true))
    await settled(seen)
    queryClient.clear()
    const parts = Object.values(homeParts).map((p) => `GET ${API}${p}`)
    expect(seen.filter((r) => parts.includes(r))).toEqual([])
    expect(seen.filter((r) => r.endsWith(HOME_PATH))).toHaveLength(1)
  })

  it('checks each part of a boot answer against its own endpoint’s schema: a bad part fails its section alone', async () => {
    serveDefault()
    const home = (await (
      await fetch(`${API}${HOME_PATH}`, { headers: { 'Accept-Language': 'en' } })
    ).json()) as Record<string, unknown>
    server.use(
      http.get(`${API}${HOME_PATH}`, () =>
        HttpResponse.json({ ...home, balance: { available: 'lots' } }),
      ),
    )
    const report = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await runBoot('/')
    const { queryClient } = openPortal('/')
    await waitFor(() =>
      expect(queryClient.getQueryState(balanceQuery().queryKey)?.error).toBeInstanceOf(
        ContractError,
      ),
    )
    expect(queryClient.getQueryData(tierProgressQuery().queryKey)).toEqual(home.tier)
    queryClient.clear()
    report.mockRestore()
  })

  it('drops answers nobody took once the first screen has started: later requests ask afresh', async () => {
    serveDefault()
    // The wallet needs no tier progress: that answer is never taken.
    const { started } = await runBoot('/wallet')
    started.requests.set(`${API}/me/tier `, Promise.resolve(Response.json({ stale: true })))
    const { queryClient } = openPortal('/wallet')
    expect(started.requests.size).toBe(0)
    queryClient.clear()
  })
})
