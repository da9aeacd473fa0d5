import { call } from '../client'
import { signUp as endpoint } from '../contract/sign-up'
import type { SignUpRequest } from '../schemas/session'

/**
 * POST /members: joins the program and starts the new member's session. The same key with the
 * same body answers the first result again (signed in), so an unknown outcome is retried with it.
 */
export const signUp = (body: SignUpRequest, idempotencyKey: string) =>
  call(endpoint, { body, idempotencyKey })
