import { call } from '../client'
import { signOut as signOutEndpoint } from '../contract/sign-out'

/** DELETE /session: ends the session on the server and clears its cookie. */
export const signOut = () => call(signOutEndpoint, {})
