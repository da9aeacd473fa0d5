import { getBalance } from '../contract/get-balance'
import { endpointQuery } from '../query'

export const balanceQuery = () => endpointQuery(getBalance, {})
