import { getEarningProgress } from '../contract/get-earning-progress'
import { endpointQuery } from '../query'

/** What the member has earned by each way to earn. */
export const earningProgressQuery = () => endpointQuery(getEarningProgress, {})
