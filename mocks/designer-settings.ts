import type { Endpoint } from '@/api/endpoint'
import { ROUTES } from './handlers/routes'
import { isScenarioName, type ScenarioName } from './scenarios/scenarios'

/**
 * What a designer (or a shared link) sets for the mock API: the scenario, how slowly every
 * request is answered, and which endpoints fail and how. Pure: parsing, serialising, and
 * reading/writing the copy remembered for the browser session.
 *
 *   ?scenario=near-tier&latency=2000&fail=redemptions:500,balance:malformed
 */

export const LATENCIES = ['0', '300', '2000', 'offline', 'offline-later'] as const

/**
 * `offline-later`: answers at once, then the network goes this long after the mock API started,
 * and the browser says it is offline (as it does when a phone loses its signal): the page a
 * member has open, offline, with what it had loaded.
 */
export const OFFLINE_LATER_MS = 3000
export type Latency = (typeof LATENCIES)[number]

/**
 * '500' ... 'timeout' answer instead of the API. `malformed` and the `committed-` ones let the
 * API do the work first and break its answer on the way back: for a redemption, "the points
 * were spent, then the answer was lost" (the connection drops, no answer, a gateway's 502
 * page, a 500 problem, JSON cut off, or a 2xx whose body breaks the contract).
 */
export const FAULTS = [
  '500',
  '503',
  '401',
  'malformed',
  'timeout',
  'committed-drop',
  'committed-timeout',
  'committed-502',
  'committed-500',
  'committed-truncated',
] as const

/**
 * Faults only redemptions have: the reward or the balance changes at the API just before the
 * member's confirm arrives, so the API refuses it as it would refuse a member whose page was out
 * of date. Someone else took the last one (`sold-out`), the program changed the price
 * (`price-changed`, once per reward and page load, so the redemption at the new price goes
 * through), a returned order took back enough points that the reward is out of reach
 * (`points-taken-back`: an adjustment in the activity), or the member redeemed it on another
 * device up to its limit per member (`limit-reached`; rewards without a limit go through), or
 * the program made it a reward of the tier above the member's (`tier-raised`; a member in the
 * top tier redeems as usual).
 */
export const REDEMPTION_FAULTS = [
  'sold-out',
  'price-changed',
  'points-taken-back',
  'limit-reached',
  'tier-raised',
] as const
export type RedemptionFault = (typeof REDEMPTION_FAULTS)[number]
/**
 * The fault commands done once per member have (completing an action, setting the birthday,
 * joining VIP, answering the survey): the same command is done on another device just before
 * the member's arrives, which the API then refuses as done already.
 */
export const ONCE_FAULTS = ['done-elsewhere'] as const
export type OnceFault = (typeof ONCE_FAULTS)[number]
const ONCE_ENDPOINTS: readonly string[] = ['actions', 'birthday', 'checkout', 'survey-answer']

/**
 * The fault only lists paged by cursor have: the first page loads, every later page (a request
 * with a `cursor`) fails with a 500, so the error shown under a list already on screen is seen.
 */
export const PAGED_FAULTS = ['next-page-500'] as const
export type PagedFault = (typeof PAGED_FAULTS)[number]

export type Fault = (typeof FAULTS)[number] | RedemptionFault | PagedFault | OnceFault

/** Whether `endpoint` covers a list paged by cursor (its declared query has a `cursor`). */
function isPaged(endpoint: FaultEndpoint): boolean {
  return FAULT_ENDPOINTS[endpoint].rules.some(({ endpoint: declared }: { endpoint: Endpoint }) => {
    const query = declared.query as { shape?: Record<string, unknown> } | undefined
    return query?.shape !== undefined && 'cursor' in query.shape
  })
}

/** The faults a designer can set on `endpoint`. */
export function faultsFor(endpoint: FaultEndpoint): readonly Fault[] {
  if (endpoint === 'redemptions') return [...FAULTS, ...REDEMPTION_FAULTS]
  if (ONCE_ENDPOINTS.includes(endpoint)) return [...FAULTS, ...ONCE_FAULTS]
  return isPaged(endpoint) ? [...FAULTS, ...PAGED_FAULTS] : FAULTS
}

export function isRedemptionFault(value: string): value is RedemptionFault {
  return (REDEMPTION_FAULTS as readonly string[]).includes(value)
}

export type AnswerFault = Exclude<
  Fault,
  '500' | '503' | '401' | 'timeout' | RedemptionFault | PagedFault | OnceFault
>

/**
 * The endpoints a fault can be set on: every group of the mock API's routes, each with its
 * label and the declared endpoints it covers.
 */
export const FAULT_ENDPOINTS = ROUTES

export type FaultEndpoint = keyof typeof FAULT_ENDPOINTS
export const faultEndpoints = Object.keys(FAULT_ENDPOINTS) as FaultEndpoint[]

export type Faults = Partial<Record<FaultEndpoint, Fault>>

/** What the fault and latency layer needs: everything but the scenario. */
export type FaultSettings = { latency: Latency; fail: Faults }

/** What the mock payment provider answers a VIP checkout (success when absent). */
export const CHECKOUT_OUTCOMES = ['success', 'late', 'cancelled', 'failed'] as const
export type CheckoutOutcome = (typeof CHECKOUT_OUTCOMES)[number]

export function isCheckoutOutcome(value: string): value is CheckoutOutcome {
  return (CHECKOUT_OUTCOMES as readonly string[]).includes(value)
}

export type DesignerSettings = FaultSettings & {
  scenario: ScenarioName
  /** The mock provider's outcome for VIP checkouts; success when absent. */
  checkout?: CheckoutOutcome
}

export const NO_FAULTS: FaultSettings = Object.freeze({ latency: '0', fail: Object.freeze({}) })
export const DEFAULT_SETTINGS: DesignerSettings = Object.freeze({
  ...NO_FAULTS,
  scenario: 'default',
})

/** The query parameters the settings own; a link's other parameters are left alone. */
export const SETTINGS_PARAMS = ['scenario', 'latency', 'fail', 'checkout'] as const

/** sessionStorage key of the settings remembered for this browser session (a query string). */
export const SETTINGS_STORAGE_KEY = 'mock:settings'

export type ParsedSettings = {
  /** True when the query sets any of the settings: then it describes the whole state. */
  present: boolean
  settings: DesignerSettings
  /** `?scenario=` named no scenario; the settings then use 'default'. */
  unknownScenario: string | null
  /** One sentence per value that was ignored. */
  warnings: string[]
}

export function isLatency(value: string): value is Latency {
  return (LATENCIES as readonly string[]).includes(value)
}

export function isFault(value: string): value is Fault {
  return (
    [...FAULTS, ...REDEMPTION_FAULTS, ...PAGED_FAULTS, ...ONCE_FAULTS] as readonly string[]
  ).includes(value)
}

export function isFaultEndpoint(value: string): value is FaultEndpoint {
  return Object.hasOwn(FAULT_ENDPOINTS, value)
}

/**
 * Reads the settings from a query string (with or without the leading "?"). An empty value
 * counts as absent; a value that is not one of the known ones is ignored with a warning.
 * `fail` is a comma-separated list of `endpoint:fault`, and may be repeated.
 */
export function parseSettings(query: string | URLSearchParams): ParsedSettings {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const warnings: string[] = []
  const settings: DesignerSettings = { ...DEFAULT_SETTINGS, fail: {} }
  let unknownScenario: string | null = null

  const scenario = params.get('scenario')?.trim() ?? ''
  if (scenario !== '') {
    if (isScenarioName(scenario)) settings.scenario = scenario
    else unknownScenario = scenario
  }

  const latency = params.get('latency')?.trim() ?? ''
  if (latency !== '') {
    if (isLatency(latency)) settings.latency = latency
    else warnings.push(`latency=${latency} is not one of ${LATENCIES.join(', ')}; using 0.`)
  }

  const checkout = params.get('checkout')?.trim() ?? ''
  if (checkout !== '' && checkout !== 'success') {
    if (isCheckoutOutcome(checkout)) settings.checkout = checkout
    else
      warnings.push(
        `checkout=${checkout} is not one of ${CHECKOUT_OUTCOMES.join(', ')}; using success.`,
      )
  }

  const entries = params
    .getAll('fail')
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  for (const entry of entries) {
    const [endpoint = '', fault = '', ...rest] = entry.split(':').map((part) => part.trim())
    if (rest.length > 0 || !isFaultEndpoint(endpoint) || !isFault(fault)) {
      warnings.push(
        `fail=${entry} is not endpoint:fault (endpoints: ${faultEndpoints.join(', ')}; faults: ${FAULTS.join(', ')}; redemptions also ${REDEMPTION_FAULTS.join(', ')}; lists paged by cursor also ${PAGED_FAULTS.join(', ')}; ${ONCE_ENDPOINTS.join(', ')} also ${ONCE_FAULTS.join(', ')}); ignored.`,
      )
      continue
    }
    if (!faultsFor(endpoint).includes(fault)) {
      warnings.push(
        `fail=${entry}: ${fault} applies to ${isRedemptionFault(fault) ? 'redemptions' : fault === 'done-elsewhere' ? ONCE_ENDPOINTS.join(', ') : 'lists paged by cursor'} only; ignored.`,
      )
      continue
    }
    settings.fail[endpoint] = fault
  }

  const present = SETTINGS_PARAMS.some((name) =>
    params.getAll(name).some((value) => value.trim() !== ''),
  )
  return { present, settings, unknownScenario, warnings }
}

/**
 * The settings as query parameters, in a stable order: the scenario always (so a link pins
 * it), latency and faults only when set. Values come from fixed lists, so nothing needs
 * escaping and ":" and "," stay readable.
 */
export function serialiseSettings(settings: DesignerSettings): string {
  const parts = [`scenario=${settings.scenario}`]
  if (settings.latency !== '0') parts.push(`latency=${settings.latency}`)
  const fail = faultEndpoints.flatMap((endpoint) => {
    const fault = settings.fail[endpoint]
    return fault === undefined ? [] : [`${endpoint}:${fault}`]
  })
  if (fail.length > 0) parts.push(`fail=${fail.join(',')}`)
  if (settings.checkout !== undefined && settings.checkout !== 'success') {
    parts.push(`checkout=${settings.checkout}`)
  }
  return parts.join('&')
}

/** `href` without the settings' parameters; its path, other parameters and hash are kept. */
export function withoutSettings(href: string): string {
  const url = new URL(href)
  for (const name of SETTINGS_PARAMS) url.searchParams.delete(name)
  return url.href
}

/** A link to `href` (path, other parameters, hash) in the state `settings` describe. */
export function settingsUrl(settings: DesignerSettings, href: string): string {
  const url = new URL(withoutSettings(href))
  const others = url.searchParams.toString()
  url.search = `?${others === '' ? '' : `${others}&`}${serialiseSettings(settings)}`
  return url.href
}

export function sameSettings(a: DesignerSettings, b: DesignerSettings): boolean {
  return serialiseSettings(a) === serialiseSettings(b)
}

/** True when requests are slowed, cut off or failed. */
export function hasFaults(settings: FaultSettings): boolean {
  return settings.latency !== '0' || Object.keys(settings.fail).length > 0
}

export type ResolvedSettings =
  | { status: 'ok'; settings: DesignerSettings; warnings: string[] }
  | { status: 'unknown-scenario'; requested: string; warnings: string[] }

/**
 * The settings to start with: a query that sets any of them describes the whole state (a
 * shared link reproduces exactly what it says, whatever this session had), and is
 * remembered; otherwise the session's remembered settings; otherwise the defaults.
 * An unknown scenario in the query starts nothing and leaves the remembered settings alone.
 */
export function resolveSettings(search: string, storage: Storage | null): ResolvedSettings {
  const fromQuery = parseSettings(search)
  if (fromQuery.unknownScenario !== null) {
    return {
      status: 'unknown-scenario',
      requested: fromQuery.unknownScenario,
      warnings: fromQuery.warnings,
    }
  }
  if (fromQuery.present) {
    rememberSettings(storage, fromQuery.settings)
    return { status: 'ok', settings: fromQuery.settings, warnings: fromQuery.warnings }
  }
  const remembered = readStorage(storage, SETTINGS_STORAGE_KEY)
  if (remembered === null) return { status: 'ok', settings: DEFAULT_SETTINGS, warnings: [] }
  const parsed = parseSettings(remembered)
  const warnings = parsed.warnings.map((warning) => `Remembered setting ${warning}`)
  if (parsed.unknownScenario !== null) {
    warnings.push(`Remembered scenario ${parsed.unknownScenario} no longer exists; using default.`)
  }
  return { status: 'ok', settings: parsed.settings, warnings }
}

/** Remembers the settings for this browser session (a no-op where storage is blocked). */
export function rememberSettings(storage: Storage | null, settings: DesignerSettings): void {
  try {
    storage?.setItem(SETTINGS_STORAGE_KEY, serialiseSettings(settings))
  } catch {
    // Storage full or blocked: the settings still hold for this page.
  }
}

export function forgetSettings(storage: Storage | null): void {
  try {
    storage?.removeItem(SETTINGS_STORAGE_KEY)
  } catch {
    // Blocked storage remembers nothing anyway.
  }
}

function readStorage(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}
