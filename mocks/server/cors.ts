import type { RequestHandler } from 'express'

/**
 * What a portal origin may send beyond the CORS-safelisted headers. Accept and
 * Accept-Language are safelisted only for plain values; allowing them keeps any value working.
 */
const ALLOWED_HEADERS = ['Content-Type', 'Idempotency-Key', 'Accept', 'Accept-Language']
const ALLOWED_METHODS = ['GET', 'POST', 'DELETE']
/** Response headers the portal reads. */
const EXPOSED_HEADERS = ['Retry-After', 'Idempotent-Replayed']

/**
 * CORS with credentials for the portal's origins: an allowed Origin is echoed with
 * `Access-Control-Allow-Credentials: true` (a wildcard is not allowed with credentials), and a
 * preflight is answered here. Any other origin gets no CORS headers, so its browser refuses to
 * hand it the answer.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins)
  return (req, res, next) => {
    res.vary('Origin')
    const origin = req.headers.origin
    const isAllowed = origin !== undefined && allowed.has(origin)
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
    }
    if (req.method !== 'OPTIONS') {
      next()
      return
    }
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS.join(', '))
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '))
      res.setHeader('Access-Control-Max-Age', '600')
      // Chromium asks before a public page may call a server on this machine.
      if (req.headers['access-control-request-private-network'] === 'true') {
        res.setHeader('Access-Control-Allow-Private-Network', 'true')
      }
    }
    res.status(204).end()
  }
}

/**
 * Parses `--origin` values: comma-separated origins such as `http://localhost:5173`. Throws on
 * anything that is not exactly an origin (a path or a trailing slash would never match).
 */
export function parseOrigins(value: string): string[] {
  const origins = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (origins.length === 0) throw new Error('--origin needs at least one origin')
  for (const origin of origins) {
    let parsed: URL
    try {
      parsed = new URL(origin)
    } catch {
      throw new Error(`--origin: “${origin}” is not an origin such as http://localhost:5173`)
    }
    if (parsed.origin === 'null') {
      throw new Error(`--origin: “${origin}” is not an origin such as http://localhost:5173`)
    }
    if (parsed.origin !== origin) {
      throw new Error(
        `--origin: “${origin}” is not an origin; did you mean “${parsed.origin}”? (no path, no trailing slash)`,
      )
    }
  }
  return origins
}
