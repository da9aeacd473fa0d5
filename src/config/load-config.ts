import { isShipped, SHIPPED_LANGUAGES } from '@/lib/i18n/locales'
import { RuntimeConfig } from './schema'

export class ConfigError extends Error {
  readonly key: string | undefined

  constructor(message: string, key?: string) {
    super(message)
    this.name = 'ConfigError'
    this.key = key
  }
}

export const CONFIG_URL = '/config.json'

/** Fetches and validates the runtime config; every failure names what is wrong. */
export async function loadConfig(url = CONFIG_URL): Promise<RuntimeConfig> {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store' })
  } catch {
    throw new ConfigError(`${url} could not be loaded: the server did not answer.`)
  }
  if (!response.ok) {
    throw new ConfigError(`${url} could not be loaded (HTTP ${response.status}).`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ConfigError(`${url} is not valid JSON.`)
  }
  return parseConfig(json, url)
}

export function parseConfig(json: unknown, url = CONFIG_URL): RuntimeConfig {
  const result = RuntimeConfig.safeParse(json)
  if (result.success) {
    const { locales, defaultLocale } = result.data
    const index = locales.findIndex((locale) => !isLocale(locale) || !isShipped(locale))
    if (index >= 0) {
      throw new ConfigError(
        `${url} has an invalid "locales.${String(index)}": must be a BCP 47 locale tag of a language the portal ships (${SHIPPED_LANGUAGES.join(', ')}).`,
        `locales.${String(index)}`,
      )
    }
    if (defaultLocale !== undefined && !locales.includes(defaultLocale)) {
      throw new ConfigError(
        `${url} has an invalid "defaultLocale": must be one of "locales".`,
        'defaultLocale',
      )
    }
    return result.data
  }
  const issue = result.error.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : ''
    const key = `${prefix}${issue.keys[0] ?? ''}`
    throw new ConfigError(`${url} has an unknown key "${key}".`, key)
  }
  const key = issue && issue.path.length > 0 ? issue.path.join('.') : undefined
  const reason = issue?.message ?? 'invalid value'
  throw new ConfigError(
    key ? `${url} has an invalid "${key}": ${reason}.` : `${url} is invalid: ${reason}.`,
    key,
  )
}

function isLocale(tag: string) {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0
  } catch {
    return false
  }
}
