import { rewardListQuery } from '@/api/endpoints/get-rewards'

/** The best rewards the member can redeem now: priciest affordable first. */
export const affordableRewardsQuery = () =>
  rewardListQuery({ affordable: 'true', sort: 'cost_desc', limit: 4 })

/**
 * The cheapest rewards still out of reach. The server decides affordability from the balance, so
 * this starts in parallel with the balance instead of waiting for it.
 */
export const nextRewardsQuery = () =>
  rewardListQuery({ affordable: 'false', sort: 'cost_asc', limit: 12 })
