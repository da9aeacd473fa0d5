/**
 * The portal's service worker (real mode only; mock mode runs MSW's worker instead). It keeps
 * the app shell, so a returning member's page starts without the network and a reload with
 * no network still opens the portal; the member's data comes from the query cache kept on
 * the device (src/api/persisted-queries.ts), never from here. API requests are not touched.
 *
 * Built by scripts/build/service-worker.ts into /sw.js, with the list of files to keep
 * written in; a new build makes a new list, so browsers install the new shell.
 */
declare const self: ServiceWorkerGlobalScope
/** The build's files: index.html, the JavaScript and CSS (no mock code, no source maps). */
declare const __SHELL_FILES__: string[]
/** Changes with every build whose files change. */
declare const __SHELL_VERSION__: string

const SHELL_PREFIX = 'rewards-shell-'
const SHELL = `${SHELL_PREFIX}${__SHELL_VERSION__}`
/** The runtime config and images, as last seen: what a reload with no network needs. */
const RUNTIME = 'rewards-runtime'
const CONFIG_PATH = '/config.json'
/**
 * Kept answers match by URL alone: a static server's `Vary: Origin` would otherwise hide the
 * kept script from a module request (which carries an Origin) when the network is gone.
 */
const BY_URL: CacheQueryOptions = { ignoreVary: true }
const shellFiles = new Set(__SHELL_FILES__.map((file) => new URL(file, self.location.origin).href))

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll([...shellFiles, CONFIG_PATH]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

/** The network's answer, kept for next time; the kept one when the network fails. */
async function networkFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(request.url, response.clone())
    return response
  } catch (error) {
    const kept =
      (await cache.match(request.url, BY_URL)) ?? (await caches.match(request.url, BY_URL))
    if (kept) return kept
    throw error
  }
}

/** The kept answer at once, refreshed in the background for next time. */
async function keptThenRefreshed(request: Request, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(RUNTIME)
  const kept = await cache.match(request, BY_URL)
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone())
    return response
  })
  event.waitUntil(fresh.catch(() => undefined))
  return kept ?? fresh
}

async function fromShell(request: Request | string): Promise<Response> {
  const kept = await caches.match(request, { ...BY_URL, cacheName: SHELL })
  return kept ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  // The API, wherever it is, and anything else of another origin: straight to the network.
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // Every page of the portal is index.html; a file (robots.txt ...) is not a page.
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return
    event.respondWith(fromShell(new URL('/index.html', url).href))
    return
  }
  if (shellFiles.has(url.href)) {
    event.respondWith(fromShell(request))
    return
  }
  if (url.pathname === CONFIG_PATH) {
    event.respondWith(networkFirst(request, SHELL))
    return
  }
  if (request.destination === 'image') event.respondWith(keptThenRefreshed(request, event))
})
