import { call } from '../client'
import { signOutEverywhere as endpoint } from '../contract/sign-out-everywhere'

/** Ends every session of the member, this one included. */
export const signOutEverywhere = () => call(endpoint, {})
