import { getEarningRules } from '../contract/get-earning-rules'
import { endpointQuery } from '../query'

/** Every way to earn and the purchase rates by product type (public; the program's words). */
export const earningRulesQuery = () => ({
  ...endpointQuery(getEarningRules, {}),
  staleTime: 10 * 60_000,
})
