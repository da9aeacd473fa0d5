import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { SurveyAnswer, SurveyStatus } from '../schemas/account'

/** This period's net promoter question, as it stands for the member. */
export const getSurvey = {
  path: '/me/survey',
  session: true,
  responses: { 200: SurveyStatus },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof getSurvey> = {
  summary: 'The net promoter question of this period: due, answered or dismissed',
  description: [
    'The program asks “How likely are you to recommend us to a friend?” (0 to 10) and the main reason, at most once per period (a calendar quarter, UTC).',
    'A member is asked from 30 days after joining. `state` is `due` until the member answers (`answered`) or puts it away (`dismissed`); the next period asks again.',
    '`points` is what an answer earns this period, credited once (null when the program gives none).',
  ].join(' '),
  schemas: [
    {
      schema: SurveyStatus,
      description: 'This period’s question for the member',
      fields: {
        surveyId: 'Names this period’s question; answers and dismissals send it',
        periodEnd: 'When this period ends and the next question can be asked',
        reasonMaxLength: 'The longest reason an answer may carry, in characters',
      },
    },
    {
      schema: SurveyAnswer,
      description: 'An answer the member gave',
      fields: { entryId: 'The GET /me/activity entry that credited the points, if any' },
    },
  ],
}
