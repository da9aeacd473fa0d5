import { call } from '../client'
import { listRedemptions } from '../contract/list-redemptions'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'
import type { RedemptionListQuery } from '../schemas/redemption-list-query'

/** The member's wallet: unused codes first, then used, expired and donations; cursor paged. */
export const redemptionsQuery = (filters: Omit<RedemptionListQuery, 'cursor'> = {}) =>
  pagedQuery(queryKeyOf(listRedemptions, { query: filters }), (cursor, signal) =>
    call(listRedemptions, { query: { ...filters, cursor }, signal }),
  )
