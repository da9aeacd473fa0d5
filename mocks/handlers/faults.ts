import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { FAULT_ENDPOINTS, faultEndpoints, type FaultSettings } from '../designer-settings'
import { handlerFor } from './serve'
import type { SessionStore } from './session'

/**
 * The designer's latency and faults as a layer in front of the loyalty API's handlers, which
 * stay untouched. Each request first waits out the latency (or fails as if offline); then, if
 * its endpoint has a fault, the fault answers instead of the engine. Everything else falls
 * through to `handlers`. `getSettings` is read on every request, so a test can change it.
 * `getSessions` finds the member's engine, which the redemption faults change (without it they
 * change nothing).
 */
export function withDesignerSettings(
  handlers: readonly HttpHandler[],
  getSettings: () => FaultSettings,
  baseUrl: string,
  getSessions?: () => SessionStore,
): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  const real = [...handlers]

  const latency = http.all(`${base}/*`, async () => {
    const { latency: setting } = getSettings()
    if (setting === 'offline') return HttpResponse.error()
    // `offline-later` answers at once until the mock API's start-up turns it into offline.
    if (setting !== '0' && setting !== 'offline-later') await delay(Number(setting))
    return undefined
  })

  const faults = faultEndpoints.flatMap((name) =>
    FAULT_ENDPOINTS[name].rules.map(({ endpoint }) =>
      handlerFor(base, endpoint, async (info) => {
        const fault = getSettings().fail[name]
        if (fault === undefined) return undefined
        // Only a designer who sets a fault needs the code that writes one: it loads then.
        const { answerWithFault } = await import('./fault-answers')
        return answerWithFault(name, fault, info.request, real, () =>
          endpoint.session === false ? null : (getSessions?.().engineFor(info) ?? null),
        )
      }),
    ),
  )

  return [latency, ...faults, ...real]
}
