import { call } from '../client'
import { listActivity } from '../contract/list-activity'
import { pagedQuery } from '../paged-query'
import { queryKeyOf } from '../query'
import type { ActivityListQuery } from '../schemas/activity'

/** Entries per page of the activity: enough to fill a tall screen twice. */
export const ACTIVITY_PAGE_SIZE = 50

/** The member's points activity, newest first, filtered; cursor paged. */
export const activityQuery = (filters: Omit<ActivityListQuery, 'cursor' | 'limit'> = {}) =>
  pagedQuery(
    queryKeyOf(listActivity, { query: { ...filters, limit: ACTIVITY_PAGE_SIZE } }),
    (cursor, signal) =>
      call(listActivity, { query: { ...filters, limit: ACTIVITY_PAGE_SIZE, cursor }, signal }),
  )
