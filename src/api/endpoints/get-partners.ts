import { call } from '../client'
import { listPartners } from '../contract/list-partners'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'

/** Partner brands where members earn too; cursor paged. */
export const partnersQuery = () =>
  pagedQuery(queryKeyOf(listPartners, { query: {} }), (cursor, signal) =>
    call(listPartners, { query: { cursor }, signal }),
  )
