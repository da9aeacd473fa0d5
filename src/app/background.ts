import type { Portal } from './portal'
import { persistQueryCache } from './query-cache-writer'

/** The portal's service worker (built from src/sw/service-worker.ts). */
const SERVICE_WORKER_URL = '/sw.js'
const CACHE_PREFIXES = ['rewards-shell-', 'rewards-runtime']

/**
 * Work that starts once the first screen is painted, loaded then too. Real mode keeps the
 * member's answers on this device and the app shell in the portal's service worker. Mock mode
 * answers in the page: the portal's worker, and what it kept, are removed.
 */
export function startBackgroundWork(portal: Portal, mode: 'real' | 'mock') {
  if (mode === 'real') {
    persistQueryCache(portal.queryClient)
    void registerServiceWorker()
  } else {
    void removeServiceWorker()
  }
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' })
  } catch (error) {
    // The portal works without it, only less fast and not offline.
    console.warn('The service worker could not be registered:', error)
  }
}

async function removeServiceWorker() {
  try {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? []
    await Promise.all(
      registrations
        .filter((registration) =>
          [registration.active, registration.waiting, registration.installing].some((worker) =>
            worker?.scriptURL.endsWith(SERVICE_WORKER_URL),
          ),
        )
        .map((registration) => registration.unregister()),
    )
    const names = (await globalThis.caches?.keys()) ?? []
    await Promise.all(
      names
        .filter((name) => CACHE_PREFIXES.some((prefix) => name.startsWith(prefix)))
        .map((name) => caches.delete(name)),
    )
  } catch {
    // Nothing of ours to remove, or the browser would not say.
  }
}
