import type { Member } from '@/api/schemas/member'
import type { SignInRequest, SignUpResult } from '@/api/schemas/session'
import type { LoyaltyEngine } from '../engine/engine'
import type { Joining } from '../scenarios/scenario-state'
import {
  joinedMemberFactory,
  joiningRules,
  normalizeEmail,
  type MemberFactory,
  type SignUpCommand,
} from './joining'

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

export type SignUpOutcome =
  | { outcome: 'joined'; result: SignUpResult; token: string; replayed: boolean }
  | { outcome: 'email-taken' }
  | { outcome: 'key-reused' }
  | { outcome: 'invalid'; reason: 'terms' | 'first-name' }

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
  /** Ends every session of the request's member, on every device. */
  signOutEverywhere(context: SessionContext): void
  /**
   * Joins the program (see joiningRules): a new member with the welcome bonus, signed in
   * (ending the request's old session); a repeat with the key signs the same member in again.
   */
  signUp(command: SignUpCommand, context: SessionContext): SignUpOutcome
}

/** Who joined in a browser's mock, and who is signed in: kept across reloads (see browser.ts). */
export type LocalSessionMemory = {
  /** 'scenario': the scenario's member; an email: a member who joined; null: signed out. */
  signedIn: 'scenario' | string | null
  joined: { joining: Joining; at: string }[]
}

export type ImplicitSessionOptions = {
  /**
   * Start signed out (the guest scenario): member endpoints answer 401 until the visitor signs
   * in or joins, and signing out really signs out. Otherwise always signed in, and signing
   * out changes nothing.
   */
  signedOut?: boolean
  /** Makes a new member's engine (the just-joined scenario by default, on the scenario's clock). */
  join?: MemberFactory
  /** The members who joined before (a reload), rebuilt as they were; see LocalSessionMemory. */
  remembered?: {
    signedIn: LocalSessionMemory['signedIn']
    joined: readonly { engine: LoyaltyEngine; at: string }[]
  }
  /** Told after every change of who joined or who is signed in. */
  onChange?: (memory: LocalSessionMemory) => void
}

/**
 * One browser's sessions, without cookies: the browser mock and unit tests. By default always
 * signed in as `getEngine()`'s member: POST /session succeeds with that member's email (any
 * password), refuses locked@example.com with 423 and any other email with 401; DELETE
 * /session succeeds and changes nothing. With `signedOut`, it starts signed out and DELETE
 * /session signs out. Joining creates a member and signs them in, in either case; they sign in
 * again with their email (any password).
 */
export function implicitSessions(
  getEngine: () => LoyaltyEngine,
  options: ImplicitSessionOptions = {},
): SessionStore {
  const joined = new Map<string, { engine: LoyaltyEngine; at: string }>()
  for (const { engine, at } of options.remembered?.joined ?? []) {
    joined.set(normalizeEmail(engine.me().email), { engine, at })
  }
  let signedIn: LocalSessionMemory['signedIn'] =
    options.remembered?.signedIn ?? (options.signedOut ? null : 'scenario')
  // New members live on the scenario's clock (a fixed one in tests).
  const create = options.join ?? joinedMemberFactory(() => getEngine().now())
  const join = joiningRules({
    taken: (email) =>
      joined.has(email) ||
      email === normalizeEmail(getEngine().me().email) ||
      email === LOCKED_EMAIL,
    create,
  })
  const changed = () =>
    options.onChange?.({
      signedIn,
      joined: [...joined.values()].map(({ engine, at }) => {
        const { firstName, lastName, email } = engine.me()
        return { joining: { firstName, lastName, email }, at }
      }),
    })
  const engineFor = () => {
    if (signedIn === null) return null
    if (signedIn === 'scenario') return getEngine()
    return joined.get(signedIn)?.engine ?? null
  }
  return {
    mode: 'implicit',
    engineFor,
    publicEngine: () => getEngine(),
    signIn({ email }) {
      const wanted = normalizeEmail(email)
      if (wanted === LOCKED_EMAIL) return { outcome: 'locked' }
      const engine =
        wanted === normalizeEmail(getEngine().me().email) ? getEngine() : joined.get(wanted)?.engine
      if (!engine) return { outcome: 'invalid-credentials' }
      signedIn = engine === getEngine() ? 'scenario' : wanted
      changed()
      return { outcome: 'signed-in', member: engine.me(), token: 'implicit' }
    },
    signOut() {
      if (!options.signedOut) return
      signedIn = null
      changed()
    },
    // One browser holds the only session there is.
    signOutEverywhere() {
      if (!options.signedOut) return
      signedIn = null
      changed()
    },
    signUp(command) {
      const outcome = join(command)
      if (outcome.outcome !== 'joined') return outcome
      const email = normalizeEmail(outcome.result.member.email)
      if (!joined.has(email)) {
        joined.set(email, { engine: outcome.engine, at: outcome.engine.now().toISOString() })
      }
      signedIn = email
      changed()
      return {
        outcome: 'joined',
        result: outcome.result,
        token: 'implicit',
        replayed: outcome.replayed,
      }
    },
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
  /** Makes a new member's engine (the just-joined scenario by default, on the first engine's clock). */
  join?: MemberFactory
}

/**
 * Sessions by cookie over several demo members, all with the password DEMO_PASSWORD, and the
 * members who join (each with their own password).
 */
export function cookieSessions(options: CookieSessionOptions): CookieSessionStore {
  const [first] = options.engines
  if (!first) throw new Error('cookieSessions needs at least one engine')
  const now = options.now ?? Date.now
  const ttlMs = options.ttlSeconds == null ? null : options.ttlSeconds * 1000
  const readToken = options.readToken ?? (({ cookies }) => cookies[SESSION_COOKIE])

  const accounts: DemoAccount[] = []
  const byEmail = new Map<string, { engine: LoyaltyEngine; password: string }>()
  for (const engine of options.engines) {
    const email = normalizeEmail(engine.me().email)
    if (byEmail.has(email) || email === LOCKED_EMAIL) {
      throw new Error(`Two demo members would sign in as ${email}`)
    }
    byEmail.set(email, { engine, password: DEMO_PASSWORD })
    accounts.push({ email, engine })
  }
  const join = joiningRules({
    taken: (email) => byEmail.has(email) || email === LOCKED_EMAIL,
    create: options.join ?? joinedMemberFactory(() => first.now()),
    now,
  })

  const sessions = new Map<string, { engine: LoyaltyEngine; expiresAt: number | null }>()

  /** A new session for `engine`, ending the one the request carried. */
  function startSession(engine: LoyaltyEngine, context: SessionContext): string {
    const old = readToken(context)
    if (old !== undefined) sessions.delete(old)
    const token = crypto.randomUUID()
    sessions.set(token, { engine, expiresAt: ttlMs === null ? null : now() + ttlMs })
    return token
  }

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
      const account = byEmail.get(wanted)
      if (!account || password !== account.password) return { outcome: 'invalid-credentials' }
      const token = startSession(account.engine, context)
      return { outcome: 'signed-in', member: account.engine.me(), token }
    },
    signUp(command, context) {
      const outcome = join(command)
      if (outcome.outcome !== 'joined') return outcome
      const email = normalizeEmail(outcome.result.member.email)
      if (!byEmail.has(email))
        byEmail.set(email, { engine: outcome.engine, password: command.password })
      const token = startSession(outcome.engine, context)
      return { outcome: 'joined', result: outcome.result, token, replayed: outcome.replayed }
    },
    signOut(context) {
      const token = readToken(context)
      if (token !== undefined) sessions.delete(token)
    },
    signOutEverywhere(context) {
      const engine = live(readToken(context))?.engine
      if (!engine) return
      for (const [token, session] of [...sessions]) {
        if (session.engine === engine) sessions.delete(token)
      }
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
