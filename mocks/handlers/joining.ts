import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '@/api/schemas/idempotency-key'
import type { SignUpRequest, SignUpResult } from '@/api/schemas/session'
import { createEngine, type LoyaltyEngine } from '../engine/engine'
import type { Clock } from '../engine/clock'
import type { Joining } from '../scenarios/scenario-state'

/** POST /members as the rules see it: the body and the Idempotency-Key header. */
export type SignUpCommand = SignUpRequest & { idempotencyKey: string }

export type JoinOutcome =
  | { outcome: 'joined'; engine: LoyaltyEngine; result: SignUpResult; replayed: boolean }
  | { outcome: 'email-taken' }
  | { outcome: 'key-reused' }
  /** What is wrong with the details: its words are the mock API's, in every language. */
  | { outcome: 'invalid'; reason: 'terms' | 'first-name' }

/** Makes the engine of someone who has just joined (the just-joined scenario, as them). */
export type MemberFactory = (joining: Joining) => LoyaltyEngine

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** A new member's engine on `clock`: the welcome bonus credited at the moment they joined. */
export const joinedMemberFactory =
  (clock?: Clock): MemberFactory =>
  (joining) =>
    createEngine({ scenario: 'just-joined', joining, ...(clock && { clock }) })

/** The engine of someone who joined at `at` (a reload rebuilding them as they were). */
export function joinedMemberAt(joining: Joining, at: Date, clock: Clock = () => new Date()) {
  let frozen: Date | null = at
  const engine = createEngine({
    scenario: 'just-joined',
    joining,
    clock: () => frozen ?? clock(),
  })
  frozen = null
  return engine
}

const KEY_RETENTION_MS = IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000

/**
 * Joining by the API's rules: the terms must be accepted; one member per email (so the
 * welcome bonus is credited once per person); and a repeat with the same Idempotency-Key and
 * body answers the first result, creating nothing more, for as long as the key is kept. The
 * same key with another body is refused.
 */
export function joiningRules(options: {
  /** Whether a member with this (normalized) email exists already. */
  taken: (email: string) => boolean
  create: MemberFactory
  /** Wall-clock time in ms, for how long keys are kept. */
  now?: () => number
}) {
  const now = options.now ?? Date.now
  const keys = new Map<
    string,
    { fingerprint: string; engine: LoyaltyEngine; result: SignUpResult; storedAt: number }
  >()

  return function join(command: SignUpCommand): JoinOutcome {
    const { idempotencyKey, ...body } = command
    const joining: Joining = {
      firstName: body.firstName.trim(),
      lastName: body.lastName.trim(),
      email: normalizeEmail(body.email),
    }
    const fingerprint = JSON.stringify([joining, body.password, body.acceptedTerms])
    const time = now()
    for (const [key, stored] of keys) {
      if (time - stored.storedAt >= KEY_RETENTION_MS) keys.delete(key)
    }
    const stored = keys.get(idempotencyKey)
    if (stored) {
      if (stored.fingerprint !== fingerprint) return { outcome: 'key-reused' }
      return {
        outcome: 'joined',
        engine: stored.engine,
        result: structuredClone(stored.result),
        replayed: true,
      }
    }
    if (!body.acceptedTerms) {
      return { outcome: 'invalid', reason: 'terms' }
    }
    if (joining.firstName === '') {
      return { outcome: 'invalid', reason: 'first-name' }
    }
    if (options.taken(joining.email)) return { outcome: 'email-taken' }
    const engine = options.create(joining)
    const result: SignUpResult = {
      member: engine.me(),
      welcomeBonus: engine.program().welcomeBonus,
    }
    keys.set(idempotencyKey, {
      fingerprint,
      engine,
      result: structuredClone(result),
      storedAt: time,
    })
    return { outcome: 'joined', engine, result, replayed: false }
  }
}
