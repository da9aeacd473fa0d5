import { render, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { ContractError } from '@/api/errors'
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
  bootLanguage,
  bootRequests,
  CONFIG_URL,
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
    expect(api.map((s) => s.url.replace(API, ''))).toEqual(bootRequests('/', false))
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

  it('opening the dashboard asks the API once for each answer: the boot’s request is used', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/')
    expect(await loadConfig()).toMatchObject(real())
    const { queryClient } = openPortal('/')
    await waitFor(() => expect(queryClient.getQueryData(balanceQuery().queryKey)).toBeDefined())
    await settled(seen)
    queryClient.clear()
    const once = bootRequests('/', false).map((p) => `GET ${API}${p}`)
    expect(seen.sort()).toEqual(once.sort())
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
    expect(seen.filter((r) => r.endsWith('/me/balance'))).toHaveLength(2)
  })

  it('asks again itself when the boot’s request failed', async () => {
    serveDefault()
    const seen = apiRequests()
    await runBoot('/', real(), { fail: (url) => url.endsWith('/me/balance') })
    const { queryClient } = openPortal('/')
    await waitFor(() =>
      expect(queryClient.getQueryData(balanceQuery().queryKey)?.available).toBeGreaterThan(0),
    )
    queryClient.clear()
    expect(seen.filter((r) => r.endsWith('/me/balance'))).toHaveLength(1)
  })

  it('checks a boot answer against the contract like any other', async () => {
    serveDefault()
    server.use(http.get(`${API}/me/balance`, () => HttpResponse.json({ available: 'lots' })))
    const report = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await runBoot('/')
    const { queryClient } = openPortal('/')
    await waitFor(() =>
      expect(queryClient.getQueryState(balanceQuery().queryKey)?.error).toBeInstanceOf(
        ContractError,
      ),
    )
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
