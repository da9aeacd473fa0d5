import { takePreloadedConfig } from '@/boot/preloaded'
import { CONFIG_URL } from '@/boot/boot'
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

/**
 * Fetches and validates the runtime config; every failure names what is wrong. The page's
 * inline script has usually asked for it already (src/boot/boot.ts): that answer is used.
 */
export async function loadConfig(url = CONFIG_URL): Promise<RuntimeConfig> {
  let response: Response
  try {
    const preloaded = url === CONFIG_URL ? takePreloadedConfig() : undefined
    response = await (preloaded ?? fetch(url, { cache: 'no-store' }))
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

/**
 * A well-formed BCP 47 tag. getCanonicalLocales checks the form alone; supportedLocalesOf
 * would also load the browser's locale data first, some 20-100 ms on a phone's first screen.
 */
function isLocale(tag: string) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
