import type { Member } from '@/api/schemas/member'
import type { SignInRequest } from '@/api/schemas/session'
import type { LoyaltyEngine } from '../engine/engine'

/** The cookie that carries the session (the contract's `session` security scheme). */
export const SESSION_COOKIE = 'session'
/** Every demo member's password. */
export const DEMO_PASSWORD = 'rewards-demo'
/** A demo account that is always locked: signing in answers 423 account_locked. */
export const LOCKED_EMAIL = 'locked@example.com'

/** What a handler knows about a request: the request itself and the cookies MSW collected for it. */
export type SessionContext = { request: Request; cookies: Record<string, string> }

export type SignInResult =
  | { outcome: 'signed-in'; member: Member; token: string }
  | { outcome: 'invalid-credentials' }
  | { outcome: 'locked' }

/**
 * Who is signed in. `implicit`: always the one member (the browser mock, unit tests).
 * `cookie`: sessions by the `session` cookie, members looked up by email (the standalone
 * server, and tests of 401s and signing in).
 */
export type SessionStore = {
  readonly mode: 'implicit' | 'cookie'
  /** The signed-in member's engine, or null when the request has no live session (401). */
  engineFor(context: SessionContext): LoyaltyEngine | null
  /** The engine that answers public resources (GET /program). */
  publicEngine(): LoyaltyEngine
  /** Checks the credentials; a success starts a session (ending the request's old one). */
  signIn(credentials: SignInRequest, context: SessionContext): SignInResult
  /** Ends the request's session, if it has one. */
  signOut(context: SessionContext): void
}

const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * Always signed in as `getEngine()`'s member. POST /session succeeds with that member's email
 * (any password), refuses locked@example.com with 423 and any other email with 401; DELETE
 * /session succeeds and changes nothing.
 */
export function implicitSessions(getEngine: () => LoyaltyEngine): SessionStore {
  return {
    mode: 'implicit',
    engineFor: () => getEngine(),
    publicEngine: () => getEngine(),
    signIn({ email }) {
      const member = getEngine().me()
      if (normalizeEmail(email) === LOCKED_EMAIL) return { outcome: 'locked' }
      if (normalizeEmail(email) !== normalizeEmail(member.email)) {
        return { outcome: 'invalid-credentials' }
      }
      return { outcome: 'signed-in', member, token: 'implicit' }
    },
    signOut: () => undefined,
  }
}

export type DemoAccount = { email: string; engine: LoyaltyEngine }

export type CookieSessionStore = SessionStore & {
  /** One per engine given, in that order, each signed in with its member's email. */
  readonly accounts: readonly DemoAccount[]
  /** Ends every session now (a test aid: "the session expired"); returns how many ended. */
  expireAll(): number
  /** Sessions still live. */
  liveSessions(): number
}

export type CookieSessionOptions = {
  /** One engine per demo member; the first also answers public resources. */
  engines: readonly LoyaltyEngine[]
  /** Sessions end this long after sign-in; null (the default) keeps them while the store lives. */
  ttlSeconds?: number | null
  /** Wall-clock time for session expiry, in ms (the engines keep their own clocks). */
  now?: () => number
  /**
   * Where the session token comes from. By default the `session` cookie among the cookies MSW
   * collected, which in node tests act as the browser's cookie jar.
   */
  readToken?: (context: SessionContext) => string | undefined
}

/** Sessions by cookie over several demo members, all with the password DEMO_PASSWORD. */
export function cookieSessions(options: CookieSessionOptions): CookieSessionStore {
  const [first] = options.engines
  if (!first) throw new Error('cookieSessions needs at least one engine')
  const now = options.now ?? Date.now
  const ttlMs = options.ttlSeconds == null ? null : options.ttlSeconds * 1000
  const readToken = options.readToken ?? (({ cookies }) => cookies[SESSION_COOKIE])

  const accounts: DemoAccount[] = []
  const byEmail = new Map<string, LoyaltyEngine>()
  for (const engine of options.engines) {
    const email = normalizeEmail(engine.me().email)
    if (byEmail.has(email) || email === LOCKED_EMAIL) {
      throw new Error(`Two demo members would sign in as ${email}`)
    }
    byEmail.set(email, engine)
    accounts.push({ email, engine })
  }

  const sessions = new Map<string, { engine: LoyaltyEngine; expiresAt: number | null }>()

  function live(token: string | undefined) {
    if (token === undefined || token === '') return null
    const session = sessions.get(token)
    if (!session) return null
    if (session.expiresAt !== null && session.expiresAt <= now()) {
      sessions.delete(token)
      return null
    }
    return session
  }

  return {
    mode: 'cookie',
    accounts,
    engineFor: (context) => live(readToken(context))?.engine ?? null,
    publicEngine: () => first,
    signIn({ email, password }, context) {
      const wanted = normalizeEmail(email)
      if (wanted === LOCKED_EMAIL) return { outcome: 'locked' }
      const engine = byEmail.get(wanted)
      if (!engine || password !== DEMO_PASSWORD) return { outcome: 'invalid-credentials' }
      const old = readToken(context)
      if (old !== undefined) sessions.delete(old)
      const token = crypto.randomUUID()
      sessions.set(token, { engine, expiresAt: ttlMs === null ? null : now() + ttlMs })
      return { outcome: 'signed-in', member: engine.me(), token }
    },
    signOut(context) {
      const token = readToken(context)
      if (token !== undefined) sessions.delete(token)
    },
    expireAll() {
      const count = sessions.size
      sessions.clear()
      return count
    },
    liveSessions() {
      for (const token of [...sessions.keys()]) live(token)
      return sessions.size
    },
  }
}

/** `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, the whole site; Secure over https. */
export function sessionCookie(token: string, requestUrl: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/${secure(requestUrl)}`
}

/** `Set-Cookie` that removes the session cookie. */
export function clearedSessionCookie(requestUrl: string): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure(requestUrl)}`
}

const secure = (requestUrl: string) => (new URL(requestUrl).protocol === 'https:' ? '; Secure' : '')
