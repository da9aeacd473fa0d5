/**
 * The part of tough-cookie that MSW 2.15's browser cookie store uses (`Cookie`, `CookieJar`,
 * `MemoryCookieStore`; see node_modules/msw/lib/core/utils/cookieStore.mjs), small enough for
 * the mock chunk. The production build aliases `tough-cookie` here (vite.config.ts), which
 * leaves out tough-cookie and tldts, the public suffix list it carries: some 200 KB of source
 * that every designer's browser downloaded to keep the cookies of the mock's own answers.
 *
 * The mock only ever sets cookies for the API it answers for, so there is no other site's
 * cookie to refuse and the public suffix list has nothing to decide. Everything else follows
 * RFC 6265 as tough-cookie does: host-only and domain cookies, default paths, path matching,
 * Max-Age over Expires, expiry and removal, Secure only over https (or a local address), and
 * the same JSON shape, so cookies MSW persisted with the real tough-cookie still load.
 * mocks/shims/tough-cookie.test.ts checks it against tough-cookie itself.
 */

type SameSite = string | undefined

export type SerializedCookie = {
  key?: string
  value?: string
  expires?: string | null
  maxAge?: number | string | null
  domain?: string | null
  path?: string | null
  secure?: boolean
  httpOnly?: boolean
  extensions?: string[] | null
  hostOnly?: boolean | null
  pathIsDefault?: boolean | null
  creation?: string | null
  lastAccessed?: string | null
  sameSite?: string
}

let lastCreation = 0
/** Creation times strictly increase, so cookies set in the same millisecond keep their order. */
const nextCreation = () => {
  lastCreation = Math.max(Date.now(), lastCreation + 1)
  return new Date(lastCreation)
}

export class Cookie {
  key = ''
  value = ''
  expires: Date | 'Infinity' = 'Infinity'
  maxAge: number | 'Infinity' | '-Infinity' | null = null
  domain: string | null = null
  path: string | null = null
  secure = false
  httpOnly = false
  extensions: string[] | null = null
  hostOnly: boolean | null = null
  pathIsDefault: boolean | null = null
  creation: Date | null = nextCreation()
  lastAccessed: Date | null = null
  sameSite: SameSite = undefined

  /** A cookie from `toJSON()`'s shape (or a JSON string of it); undefined when it is not one. */
  static fromJSON(input: unknown): Cookie | undefined {
    let raw: unknown = input
    if (typeof input === 'string') {
      try {
        raw = JSON.parse(input)
      } catch {
        return undefined
      }
    }
    if (!raw || typeof raw !== 'object') return undefined
    const obj = raw as Record<string, unknown>
    const cookie = new Cookie()
    const date = (value: unknown) =>
      typeof value === 'string' || typeof value === 'number' ? new Date(value) : null
    if (typeof obj.key === 'string') cookie.key = obj.key
    if (typeof obj.value === 'string') cookie.value = obj.value
    if (typeof obj.sameSite === 'string') cookie.sameSite = obj.sameSite
    if (obj.expires !== undefined) {
      cookie.expires = obj.expires === 'Infinity' ? 'Infinity' : (date(obj.expires) ?? 'Infinity')
    }
    if (typeof obj.maxAge === 'number' || obj.maxAge === 'Infinity' || obj.maxAge === '-Infinity')
      cookie.maxAge = obj.maxAge
    if (typeof obj.domain === 'string' || obj.domain === null) cookie.domain = obj.domain
    if (typeof obj.path === 'string' || obj.path === null) cookie.path = obj.path
    if (typeof obj.secure === 'boolean') cookie.secure = obj.secure
    if (typeof obj.httpOnly === 'boolean') cookie.httpOnly = obj.httpOnly
    if (Array.isArray(obj.extensions)) cookie.extensions = obj.extensions.map(String)
    if (typeof obj.hostOnly === 'boolean') cookie.hostOnly = obj.hostOnly
    if (typeof obj.pathIsDefault === 'boolean') cookie.pathIsDefault = obj.pathIsDefault
    if (obj.creation !== undefined) cookie.creation = date(obj.creation)
    if (obj.lastAccessed !== undefined) cookie.lastAccessed = date(obj.lastAccessed)
    return cookie
  }

  /** Only what differs from a new cookie, dates as ISO strings: tough-cookie's shape. */
  toJSON(): SerializedCookie {
    const json: SerializedCookie = { key: this.key, value: this.value }
    if (this.expires !== 'Infinity') json.expires = this.expires.toISOString()
    if (this.maxAge !== null) json.maxAge = this.maxAge
    if (this.domain !== null) json.domain = this.domain
    if (this.path !== null) json.path = this.path
    if (this.secure) json.secure = true
    if (this.httpOnly) json.httpOnly = true
    if (this.extensions) json.extensions = this.extensions
    if (this.hostOnly !== null) json.hostOnly = this.hostOnly
    if (this.pathIsDefault !== null) json.pathIsDefault = this.pathIsDefault
    if (this.creation) json.creation = this.creation.toISOString()
    if (this.lastAccessed) json.lastAccessed = this.lastAccessed.toISOString()
    if (this.sameSite !== undefined) json.sameSite = this.sameSite
    return json
  }

  /** `key=value`, as a Cookie request header carries it. */
  cookieString(): string {
    return this.key ? `${this.key}=${this.value}` : this.value
  }

  /** The cookie as a Set-Cookie header would state it. */
  toString(): string {
    let text = this.cookieString()
    if (this.expires !== 'Infinity') text += `; Expires=${this.expires.toUTCString()}`
    if (this.maxAge !== null && this.maxAge !== 'Infinity') text += `; Max-Age=${this.maxAge}`
    if (this.domain && !this.hostOnly) text += `; Domain=${this.domain}`
    if (this.path) text += `; Path=${this.path}`
    if (this.secure) text += '; Secure'
    if (this.httpOnly) text += '; HttpOnly'
    if (this.sameSite) text += `; SameSite=${canonicalSameSite(this.sameSite)}`
    for (const extension of this.extensions ?? []) text += `; ${extension}`
    return text
  }

  /** When the cookie expires (ms since the epoch), Max-Age first; Infinity when it doesn't. */
  expiryTime(): number {
    if (this.maxAge !== null) {
      const base = (this.lastAccessed ?? this.creation ?? new Date()).getTime()
      if (this.maxAge === 'Infinity') return Infinity
      if (this.maxAge === '-Infinity') return -Infinity
      return this.maxAge <= 0 ? -Infinity : base + this.maxAge * 1000
    }
    return this.expires === 'Infinity' ? Infinity : this.expires.getTime()
  }
}

function canonicalSameSite(value: string) {
  const known = { lax: 'Lax', strict: 'Strict', none: 'None' } as Record<string, string>
  return known[value.toLowerCase()] ?? value
}

/** Parses one Set-Cookie header value; undefined when it has no cookie in it. */
function parseSetCookie(header: string): Cookie | undefined {
  const [pair = '', ...attributes] = header.split(';')
  const equals = pair.indexOf('=')
  const cookie = new Cookie()
  cookie.key = equals === -1 ? '' : pair.slice(0, equals).trim()
  cookie.value = (equals === -1 ? pair : pair.slice(equals + 1)).trim()
  if (cookie.key === '' && cookie.value === '') return undefined
  for (const attribute of attributes) {
    const at = attribute.indexOf('=')
    const name = (at === -1 ? attribute : attribute.slice(0, at)).trim().toLowerCase()
    const value = at === -1 ? '' : attribute.slice(at + 1).trim()
    switch (name) {
      case 'expires': {
        const time = Date.parse(value)
        if (!Number.isNaN(time)) cookie.expires = new Date(time)
        break
      }
      case 'max-age':
        if (/^-?\d+$/.test(value)) cookie.maxAge = Number(value)
        break
      case 'domain': {
        const domain = value.replace(/^\./, '').toLowerCase()
        if (domain) cookie.domain = domain
        break
      }
      case 'path':
        cookie.path = value.startsWith('/') ? value : null
        break
      case 'secure':
        cookie.secure = true
        break
      case 'httponly':
        cookie.httpOnly = true
        break
      case 'samesite':
        cookie.sameSite = value.toLowerCase()
        break
      default:
        if (attribute.trim()) (cookie.extensions ??= []).push(attribute.trim())
    }
  }
  return cookie
}

/** RFC 6265 5.1.4: the directory of the request path. */
function defaultPath(pathname: string) {
  if (!pathname.startsWith('/')) return '/'
  const last = pathname.lastIndexOf('/')
  return last === 0 ? '/' : pathname.slice(0, last)
}

/** RFC 6265 5.1.3. */
function domainMatches(host: string, domain: string) {
  return host === domain || (host.endsWith(`.${domain}`) && !/^[\d.]+$/.test(host))
}

/** RFC 6265 5.1.4. */
function pathMatches(requestPath: string, cookiePath: string) {
  if (requestPath === cookiePath) return true
  if (!requestPath.startsWith(cookiePath)) return false
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/'
}

/** Where Secure cookies go: https, or a local address a browser treats as trustworthy. */
function isSecureContext(url: URL) {
  return (
    url.protocol === 'https:' ||
    url.hostname === 'localhost' ||
    url.hostname === '127.0.0.1' ||
    url.hostname === '[::1]'
  )
}

export type MemoryCookieStoreIndex = Record<string, Record<string, Record<string, Cookie>>>

export class MemoryCookieStore {
  /** domain → path → key → cookie: the shape MSW reads and writes directly. */
  idx: MemoryCookieStoreIndex = {}
}

export class CookieJar {
  readonly store: MemoryCookieStore

  constructor(store: MemoryCookieStore = new MemoryCookieStore()) {
    this.store = store
  }

  /** Stores the cookie a Set-Cookie header from `url` sets (or removes it, when it expired). */
  setCookie(header: string, url: string): Promise<Cookie | undefined> {
    return Promise.resolve(this.setCookieSync(header, url))
  }

  setCookieSync(header: string, url: string): Cookie | undefined {
    const from = new URL(url)
    const host = from.hostname.toLowerCase()
    const cookie = parseSetCookie(header)
    if (!cookie) return undefined
    if (cookie.domain === null) {
      cookie.domain = host
      cookie.hostOnly = true
    } else if (domainMatches(host, cookie.domain)) {
      cookie.hostOnly = false
    } else {
      // A cookie for another site: a browser refuses it, and so does tough-cookie.
      return undefined
    }
    if (cookie.path === null) {
      cookie.path = defaultPath(from.pathname)
      cookie.pathIsDefault = true
    }
    const now = new Date()
    cookie.lastAccessed = now
    const byPath = (this.store.idx[cookie.domain] ??= {})
    const byKey = (byPath[cookie.path] ??= {})
    const old = byKey[cookie.key]
    if (old) cookie.creation = old.creation
    if (cookie.expiryTime() <= now.getTime()) {
      delete byKey[cookie.key]
      return undefined
    }
    byKey[cookie.key] = cookie
    return cookie
  }

  /** The cookies a request to `url` carries: most specific path first, then oldest first. */
  getCookiesSync(url: string): Cookie[] {
    const to = new URL(url)
    const host = to.hostname.toLowerCase()
    const secure = isSecureContext(to)
    const now = Date.now()
    const found: Cookie[] = []
    for (const [domain, byPath] of Object.entries(this.store.idx)) {
      if (!domainMatches(host, domain)) continue
      for (const [path, byKey] of Object.entries(byPath)) {
        if (!pathMatches(to.pathname || '/', path)) continue
        for (const [key, cookie] of Object.entries(byKey)) {
          if (cookie.expiryTime() <= now) {
            delete byKey[key]
            continue
          }
          if (cookie.hostOnly && host !== domain) continue
          if (cookie.secure && !secure) continue
          found.push(cookie)
        }
      }
    }
    return found.sort(
      (a, b) =>
        (b.path?.length ?? 0) - (a.path?.length ?? 0) ||
        (a.creation?.getTime() ?? 0) - (b.creation?.getTime() ?? 0),
    )
  }
}
