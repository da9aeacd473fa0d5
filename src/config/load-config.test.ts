import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { ConfigError, loadConfig, parseConfig } from './load-config'

const url = 'http://localhost:3000/config.json'

describe('runtime config', () => {
  it('accepts the shipped config and fills defaults', () => {
    expect(parseConfig({ mock: true, apiBaseUrl: '/api/v1' })).toEqual({
      mock: true,
      apiBaseUrl: '/api/v1',
      requestTimeoutMs: 10_000,
      locales: ['en', 'es', 'ar'],
      program: {},
      brand: {},
    })
  })

  it('takes an optional errorReportUrl: a URL or a same-origin path', () => {
    for (const errorReportUrl of ['https://errors.example.com/portal', '/errors']) {
      expect(parseConfig({ mock: false, apiBaseUrl: '/api', errorReportUrl })).toMatchObject({
        errorReportUrl,
      })
    }
    expect(parseConfig({ mock: false, apiBaseUrl: '/api' })).not.toHaveProperty('errorReportUrl')
    expect(() =>
      parseConfig({ mock: false, apiBaseUrl: '/api', errorReportUrl: 'errors.example.com' }),
    ).toThrow(/invalid "errorReportUrl": must be an absolute URL or a path/)
  })

  it('takes optional joinUrl and passwordResetUrl hand-offs: a URL or a same-origin path', () => {
    const config = parseConfig({
      mock: false,
      apiBaseUrl: '/api',
      joinUrl: 'https://example.com/join',
      passwordResetUrl: '/account/reset',
    })
    expect(config).toMatchObject({
      joinUrl: 'https://example.com/join',
      passwordResetUrl: '/account/reset',
    })
    for (const key of ['joinUrl', 'passwordResetUrl']) {
      expect(() =>
        parseConfig({ mock: false, apiBaseUrl: '/api', [key]: 'javascript:alert(1)' }),
      ).toThrow(new RegExp(`invalid "${key}": must be an absolute URL or a path`))
    }
  })

  it('names a missing key', () => {
    expect(() => parseConfig({ mock: true })).toThrow(/invalid "apiBaseUrl"/)
  })

  it('names a key of the wrong type', () => {
    expect(() => parseConfig({ mock: 'yes', apiBaseUrl: '/api' })).toThrow(/invalid "mock"/)
  })

  it('names a nested bad key', () => {
    expect(() =>
      parseConfig({ mock: false, apiBaseUrl: 'https://x.example/api', program: { name: '' } }),
    ).toThrow(/invalid "program.name"/)
  })

  it('names an unknown key, so a typo does not pass silently', () => {
    const error = (() => {
      try {
        parseConfig({ mock: true, apiBaseUrl: '/api/v1', apiBaseURL: 'x' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toMatch(/unknown key "apiBaseURL"/)
    expect((error as ConfigError).key).toBe('apiBaseURL')
  })

  it('rejects an API address that is neither a URL nor a path', () => {
    expect(() => parseConfig({ mock: false, apiBaseUrl: 'loyalty.example.com' })).toThrow(
      /invalid "apiBaseUrl": must be an absolute URL or a path/,
    )
  })

  it('says when the file is missing or not JSON', async () => {
    server.use(http.get(url, () => new HttpResponse('Not found', { status: 404 })))
    await expect(loadConfig(url)).rejects.toThrow(/could not be loaded \(HTTP 404\)/)
    server.use(http.get(url, () => new HttpResponse('{ mock: true', { status: 200 })))
    await expect(loadConfig(url)).rejects.toThrow(/is not valid JSON/)
  })

  it('loads a valid file', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json({
          mock: false,
          apiBaseUrl: 'https://loyalty.example.com/api/v1',
          locales: ['en-GB', 'ar'],
          defaultLocale: 'ar',
        }),
      ),
    )
    await expect(loadConfig(url)).resolves.toMatchObject({
      mock: false,
      locales: ['en-GB', 'ar'],
      defaultLocale: 'ar',
    })
  })

  it('names a locale the portal has no messages for, and a default it does not offer', () => {
    expect(() => parseConfig({ mock: true, apiBaseUrl: '/api/v1', locales: ['en', 'fr'] })).toThrow(
      /invalid "locales.1": must be a BCP 47 locale tag of a language the portal ships/,
    )
    expect(() =>
      parseConfig({ mock: true, apiBaseUrl: '/api/v1', locales: ['en'], defaultLocale: 'es' }),
    ).toThrow(/invalid "defaultLocale": must be one of "locales"/)
  })

  it('names a locale that is not a BCP 47 tag at all', () => {
    for (const tag of ['es_MX', 'en-', 'español', '']) {
      expect(() =>
        parseConfig({ mock: true, apiBaseUrl: '/api/v1', locales: ['en', tag] }),
      ).toThrow(/invalid "locales.1": must be a BCP 47 locale tag/)
    }
  })
})
