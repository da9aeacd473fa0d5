import { getReward } from '../contract/get-reward'
import { endpointQuery } from '../query'

export const rewardQuery = (id: string) => endpointQuery(getReward, { params: { id } })
