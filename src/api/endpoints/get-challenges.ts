import { call } from '../client'
import { listChallenges } from '../contract/list-challenges'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'
import type { ChallengeView } from '../schemas/challenge'

/** The member's current challenges, or their history; cursor paged. */
export const challengesQuery = (view: ChallengeView) =>
  pagedQuery(queryKeyOf(listChallenges, { query: { view } }), (cursor, signal) =>
    call(listChallenges, { query: { view, cursor }, signal }),
  )
