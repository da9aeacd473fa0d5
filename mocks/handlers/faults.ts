import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { FAULT_ENDPOINTS, faultEndpoints, type FaultSettings } from '../designer-settings'
import { handlerFor } from './serve'

/**
 * The designer's latency and faults as a layer in front of the loyalty API's handlers, which
 * stay untouched. Each request first waits out the latency (or fails as if offline); then, if
 * its endpoint has a fault, the fault answers instead of the engine. Everything else falls
 * through to `handlers`. `getSettings` is read on every request, so a test can change it.
 */
export function withDesignerSettings(
  handlers: readonly HttpHandler[],
  getSettings: () => FaultSettings,
  baseUrl: string,
): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  const real = [...handlers]

  const latency = http.all(`${base}/*`, async () => {
    const { latency: setting } = getSettings()
    if (setting === 'offline') return HttpResponse.error()
    if (setting !== '0') await delay(Number(setting))
    return undefined
  })

  const faults = faultEndpoints.flatMap((name) =>
    FAULT_ENDPOINTS[name].rules.map(({ endpoint }) =>
      handlerFor(base, endpoint, async ({ request }) => {
        const fault = getSettings().fail[name]
        if (fault === undefined) return undefined
        // Only a designer who sets a fault needs the code that writes one: it loads then.
        const { answerWithFault } = await import('./fault-answers')
        return answerWithFault(name, fault, request, real)
      }),
    ),
  )

  return [latency, ...faults, ...real]
}
