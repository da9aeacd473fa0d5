import type { HttpHandler } from 'msw'
import type { LoyaltyEngine } from '../engine/engine'
import { ROUTES } from './routes'
import { serve, type Rule } from './serve'
import { implicitSessions, type SessionStore } from './session'

export type HandlerOptions = {
  /** Relative ('/api/v1') or absolute ('http://localhost:3000/api/v1'). */
  baseUrl: string
  /**
   * Awaited between beginning a new idempotent command (a redemption, an action, a birthday)
   * and committing it: the time a real server
   * spends processing, during which a repeat with the same key is answered 409
   * idempotency_key_in_use. Tests and `npm run api --processing-ms` set it; none by default.
   */
  commandProcessing?: () => Promise<void>
} & (
  | {
      /**
       * Always signed in as this engine's member (see implicitSessions). Called on every
       * request, so a test or the scenario switcher can swap the engine.
       */
      getEngine: () => LoyaltyEngine
    }
  | {
      /** Who is signed in, per request (see session.ts). Called on every request too. */
      getSessions: () => SessionStore
    }
)

function implicitStore(getEngine: () => LoyaltyEngine): () => SessionStore {
  const store = implicitSessions(getEngine)
  return () => store
}

/**
 * The loyalty API over the engine, as the mock in a designer's page serves it: every declared
 * endpoint answered by its rule (routes.ts), but GET /me/home, which only real mode asks for
 * (createApiHandlers serves it too). `more`: further routes.
 */
export function createHandlers(
  options: HandlerOptions,
  more: readonly { rules: readonly Rule[] }[] = [],
): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '')
  const sessions = 'getSessions' in options ? options.getSessions : implicitStore(options.getEngine)
  const server = { commandProcessing: options.commandProcessing }
  return [...Object.values(ROUTES), ...more].flatMap(({ rules }) =>
    rules.map((rule) => serve(base, rule, sessions, server)),
  )
}
