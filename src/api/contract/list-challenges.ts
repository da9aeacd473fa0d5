import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import {
  Challenge,
  ChallengeGoalKind,
  ChallengeListQuery,
  ChallengePage,
  ChallengeStatus,
  ChallengeUnlock,
  ChallengeView,
} from '../schemas/challenge'

/** Time-limited challenges: the member's current ones, or their history. */
export const listChallenges = {
  path: '/me/challenges',
  session: true,
  query: ChallengeListQuery,
  responses: { 200: ChallengePage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listChallenges> = {
  summary: 'The member’s challenges, current or past, cursor paged',
  description:
    'A challenge counts what the member does from its start until its deadline. One that unlocks after a number of purchases counts from the purchase that unlocked it (that purchase itself does not count). Reaching the target before the deadline completes it and credits its points at once, in the activity as a bonus.',
  query: {
    view: 'current: active and locked ones, soonest deadline first; history: completed and expired ones, the most recent first',
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Challenges per page',
  },
  schemas: [
    { schema: ChallengeGoalKind, description: 'What a challenge counts: purchases or reviews' },
    {
      schema: ChallengeStatus,
      description:
        'locked: not unlocked yet; active: open; completed: reached before the deadline; expired: the deadline passed first',
    },
    { schema: ChallengeView, description: 'Which challenges to list' },
    {
      schema: ChallengeUnlock,
      description: 'Purchases from the challenge’s start that unlock it',
    },
    {
      schema: Challenge,
      description: 'A time-limited challenge',
      fields: {
        title: 'The challenge’s name, in the language asked for',
        goal: 'What to do and how many times',
        progress: 'How much of the goal counts so far, never more than the target',
        endsAt: 'The deadline (exclusive): what happens before it counts',
        unlock: 'Null when the challenge is open to every member',
        completedAt: 'When the target was reached; null unless completed',
      },
    },
    { schema: ChallengePage, description: 'One page of challenges' },
  ],
}
