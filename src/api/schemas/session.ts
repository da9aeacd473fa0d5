import * as z from 'zod/mini'
import { points } from './common'
import { Member } from './member'

/** Body of POST /session. The API answers with the Member and sets an HttpOnly session cookie. */
export const SignInRequest = z.object({
  email: z.string().check(z.minLength(3), z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
})
export type SignInRequest = z.infer<typeof SignInRequest>

/** The shortest password joining accepts. */
export const PASSWORD_MIN_LENGTH = 8

/** Body of POST /members: joining the program. */
export const SignUpRequest = z.object({
  firstName: z.string().check(z.minLength(1), z.maxLength(100)),
  lastName: z.string().check(z.maxLength(100)),
  email: z.email().check(z.maxLength(320)),
  password: z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(200)),
  /** The program's terms and privacy notice, accepted by the person joining. */
  acceptedTerms: z.boolean(),
})
export type SignUpRequest = z.infer<typeof SignUpRequest>

/** The new member, signed in, and the welcome bonus credited to them (0 when there is none). */
export const SignUpResult = z.object({ member: Member, welcomeBonus: points(0) })
export type SignUpResult = z.infer<typeof SignUpResult>
