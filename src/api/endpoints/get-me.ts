import { getMe } from '../contract/get-me'
import { endpointQuery } from '../query'

export const meQuery = () => endpointQuery(getMe, {})
