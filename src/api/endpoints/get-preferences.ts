import { getPreferences } from '../contract/get-preferences'
import { endpointQuery } from '../query'

/** The member's channel opt-ins and what each first opt-in earns. */
export const preferencesQuery = () => endpointQuery(getPreferences, {})
