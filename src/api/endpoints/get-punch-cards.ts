import { call } from '../client'
import { listPunchCards } from '../contract/list-punch-cards'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'

/** The program's punch cards with the member's stamps; cursor paged. */
export const punchCardsQuery = () =>
  pagedQuery(queryKeyOf(listPunchCards, { query: {} }), (cursor, signal) =>
    call(listPunchCards, { query: { cursor }, signal }),
  )
