import { request } from '../client'
import { Member } from '../schemas/member'
import type { SignInRequest } from '../schemas/session'

/** POST /session: the API sets an HttpOnly session cookie and answers with the member. */
export const signIn = (body: SignInRequest) => request('/session', Member, { method: 'POST', body })

/** DELETE /session: ends the session on the server and clears its cookie. */
export const signOut = () => request('/session', null, { method: 'DELETE' })
