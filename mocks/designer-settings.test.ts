import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  parseSettings,
  resolveSettings,
  serialiseSettings,
  SETTINGS_STORAGE_KEY,
  settingsUrl,
  withoutSettings,
  type DesignerSettings,
} from './designer-settings'

describe('parseSettings', () => {
  it('reads scenario, latency and a list of endpoint:fault', () => {
    expect(
      parseSettings('?scenario=near-tier&latency=2000&fail=redemptions:500,balance:malformed'),
    ).toEqual({
      present: true,
      settings: {
        scenario: 'near-tier',
        latency: '2000',
        fail: { redemptions: '500', balance: 'malformed' },
      },
      unknownScenario: null,
      warnings: [],
    })
  })

  it('gives the defaults, and says so, when the query sets nothing', () => {
    for (const query of ['', '?', '?category=gift', '?scenario=&latency=&fail=']) {
      expect(parseSettings(query)).toMatchObject({ present: false, settings: DEFAULT_SETTINGS })
    }
  })

  it('accepts every latency and every fault, a repeated fail and spaces around entries', () => {
    for (const latency of ['0', '300', '2000', 'offline'] as const) {
      expect(parseSettings(`latency=${latency}`).settings.latency).toBe(latency)
    }
    expect(
      parseSettings(
        'fail=program:500, me:503&fail=tier:401,rewards:malformed&fail=reward:timeout,wallet:500,session:401',
      ).settings.fail,
    ).toEqual({
      program: '500',
      me: '503',
      tier: '401',
      rewards: 'malformed',
      reward: 'timeout',
      wallet: '500',
      session: '401',
    })
  })

  it('ignores invalid values with one warning each and keeps the valid ones', () => {
    const parsed = parseSettings(
      'latency=fast&fail=balance:500,wallet:418,points:500,tier,me:401:x,rewards:timeout',
    )
    expect(parsed.settings).toEqual({
      scenario: 'default',
      latency: '0',
      fail: { balance: '500', rewards: 'timeout' },
    })
    expect(parsed.warnings).toHaveLength(5)
    expect(parsed.warnings[0]).toMatch(/latency=fast/)
    expect(parsed.warnings.slice(1).join('\n')).toMatch(/wallet:418[\s\S]*points:500[\s\S]*tier/)
  })

  it('reports an unknown scenario rather than quietly using another', () => {
    expect(parseSettings('scenario=vip')).toMatchObject({
      unknownScenario: 'vip',
      settings: { scenario: 'default' },
    })
  })
})

describe('serialiseSettings', () => {
  it('writes a short, readable query that parses back to the same settings', () => {
    const settings: DesignerSettings = {
      scenario: 'near-tier',
      latency: '300',
      fail: { balance: 'malformed', program: '503' },
    }
    const query = serialiseSettings(settings)
    // Endpoints in their fixed order, whatever order they were set in.
    expect(query).toBe('scenario=near-tier&latency=300&fail=program:503,balance:malformed')
    expect(parseSettings(query).settings).toEqual(settings)
  })

  it('always names the scenario, and leaves out what is not set', () => {
    expect(serialiseSettings(DEFAULT_SETTINGS)).toBe('scenario=default')
  })

  it('takes offline-later as a latency, kept in a link', () => {
    const parsed = parseSettings('latency=offline-later')
    expect(parsed.warnings).toEqual([])
    expect(serialiseSettings(parsed.settings)).toBe('scenario=default&latency=offline-later')
  })

  it('takes the later-pages fault on lists paged by cursor only', () => {
    const parsed = parseSettings(
      'fail=activity:next-page-500,partners:next-page-500,me:next-page-500',
    )
    expect(parsed.settings.fail).toEqual({ activity: 'next-page-500', partners: 'next-page-500' })
    expect(parsed.warnings).toEqual([
      'fail=me:next-page-500: next-page-500 applies to lists paged by cursor only; ignored.',
    ])
  })

  it('takes done-elsewhere on commands done once per member only', () => {
    const parsed = parseSettings('fail=actions:done-elsewhere,redemptions:done-elsewhere')
    expect(parsed.settings.fail).toEqual({ actions: 'done-elsewhere' })
    expect(parsed.warnings).toEqual([
      'fail=redemptions:done-elsewhere: done-elsewhere applies to actions, birthday, checkout, survey-answer only; ignored.',
    ])
  })

  it('takes the refusal faults on redemptions only', () => {
    const parsed = parseSettings('fail=redemptions:price-changed,balance:sold-out')
    expect(parsed.settings.fail).toEqual({ redemptions: 'price-changed' })
    expect(parsed.warnings).toEqual([
      'fail=balance:sold-out: sold-out applies to redemptions only; ignored.',
    ])
    expect(serialiseSettings(parsed.settings)).toBe(
      'scenario=default&fail=redemptions:price-changed',
    )
  })

  it('carries the mock payment provider’s answer to a VIP checkout, success being the default', () => {
    const parsed = parseSettings('scenario=default&checkout=failed')
    expect(parsed).toMatchObject({ present: true, warnings: [] })
    expect(parsed.settings.checkout).toBe('failed')
    expect(serialiseSettings(parsed.settings)).toBe('scenario=default&checkout=failed')
    expect(parseSettings('checkout=success').settings).not.toHaveProperty('checkout')
    expect(parseSettings('checkout=late').settings.checkout).toBe('late')
    expect(parseSettings('checkout=maybe').warnings).toEqual([
      'checkout=maybe is not one of success, late, cancelled, failed; using success.',
    ])
  })
})

describe('settingsUrl and withoutSettings', () => {
  it('keep the path, other parameters and hash, and replace only the settings', () => {
    const href = 'https://portal.test/rewards?category=gift&scenario=top-tier&fail=me:500#top'
    expect(settingsUrl({ scenario: 'near-reward', latency: 'offline', fail: {} }, href)).toBe(
      'https://portal.test/rewards?category=gift&scenario=near-reward&latency=offline#top',
    )
    expect(withoutSettings(href)).toBe('https://portal.test/rewards?category=gift#top')
    expect(settingsUrl(DEFAULT_SETTINGS, 'https://portal.test/')).toBe(
      'https://portal.test/?scenario=default',
    )
  })
})

describe('resolveSettings', () => {
  it('takes a query that sets anything as the whole state, and remembers it', () => {
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=top-tier&latency=2000&fail=me:500')
    const resolved = resolveSettings('?fail=balance:500', sessionStorage)
    expect(resolved).toEqual({
      status: 'ok',
      settings: { scenario: 'default', latency: '0', fail: { balance: '500' } },
      warnings: [],
    })
    expect(sessionStorage.getItem(SETTINGS_STORAGE_KEY)).toBe('scenario=default&fail=balance:500')
  })

  it('falls back to the remembered settings, then to the defaults', () => {
    expect(resolveSettings('', sessionStorage)).toEqual({
      status: 'ok',
      settings: DEFAULT_SETTINGS,
      warnings: [],
    })
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=near-tier&latency=300')
    expect(resolveSettings('?category=gift', sessionStorage)).toMatchObject({
      status: 'ok',
      settings: { scenario: 'near-tier', latency: '300', fail: {} },
    })
    expect(resolveSettings('', null)).toMatchObject({ settings: DEFAULT_SETTINGS })
  })

  it('refuses an unknown scenario and leaves the remembered settings alone', () => {
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=top-tier')
    expect(resolveSettings('?scenario=vip', sessionStorage)).toMatchObject({
      status: 'unknown-scenario',
      requested: 'vip',
    })
    expect(sessionStorage.getItem(SETTINGS_STORAGE_KEY)).toBe('scenario=top-tier')
  })

  it('warns about remembered values that no longer exist', () => {
    sessionStorage.setItem(SETTINGS_STORAGE_KEY, 'scenario=retired&latency=9')
    const resolved = resolveSettings('', sessionStorage)
    expect(resolved).toMatchObject({ status: 'ok', settings: DEFAULT_SETTINGS })
    expect(resolved.warnings).toHaveLength(2)
  })
})
