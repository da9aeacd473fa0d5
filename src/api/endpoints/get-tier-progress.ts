import { getTierProgress } from '../contract/get-tier-progress'
import { endpointQuery } from '../query'

export const tierProgressQuery = () => endpointQuery(getTierProgress, {})
