import { BOOT_GLOBAL, requestKey, type Boot } from './boot'

/** What index.html's inline script started (src/boot/boot.ts), when it ran. */
const boot = () => (globalThis as { [BOOT_GLOBAL]?: Boot })[BOOT_GLOBAL]

const closed = new WeakSet<Boot>()
const configTaken = new WeakSet<Boot>()

/**
 * The answer the page's inline script already asked for, if it asked for exactly `request`
 * (same URL and language), once: a second call, or one after the first screen's queries have
 * started (closePreloads), gets undefined and fetches as usual.
 */
export function takePreloaded(request: Request): Promise<Response> | undefined {
  const started = boot()
  if (!started || closed.has(started) || request.method !== 'GET') return undefined
  const key = requestKey(request.url, request.headers.get('Accept-Language'))
  const answer = started.requests.get(key)
  started.requests.delete(key)
  return answer
}

/**
 * The first screen has started every query it needs: answers nobody took (data restored from
 * this device, a page that needs less) are dropped, so nothing later gets an answer from the
 * past.
 */
export function closePreloads() {
  const started = boot()
  if (!started) return
  closed.add(started)
  started.requests.clear()
}

/** The inline script's GET /config.json, once; undefined when there is none. */
export function takePreloadedConfig(): Promise<Response> | undefined {
  const started = boot()
  if (!started || configTaken.has(started)) return undefined
  configTaken.add(started)
  return started.config
}
