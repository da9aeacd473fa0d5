import { call } from '../client'
import { signIn as endpoint } from '../contract/sign-in'
import type { SignInRequest } from '../schemas/session'

/** POST /session: the API sets an HttpOnly session cookie and answers with the member. */
export const signIn = (body: SignInRequest) => call(endpoint, { body })
