import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { SurveyDismissal, SurveyStatus } from '../schemas/account'
import { getSurvey } from './get-survey'

/** Puts this period's question away: it is not asked again until the next period. */
export const dismissSurvey = {
  method: 'POST',
  path: '/me/survey/dismissals',
  session: true,
  body: SurveyDismissal,
  responses: { 200: SurveyStatus },
  problems: ['conflict'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof dismissSurvey> = {
  summary: 'Dismiss the net promoter question for this period',
  description: [
    'Remembered for the period: GET /me/survey answers `dismissed` until the next one begins. Dismissing again, or after answering, changes nothing and answers the question as it stands. It earns and spends nothing, so it takes no Idempotency-Key: repeating it is harmless.',
    'A `surveyId` other than this period’s is refused with 409 conflict.',
  ].join(' '),
  responses: { 200: { description: 'The question as it stands now' } },
  schemas: [{ schema: SurveyDismissal, description: 'Which period’s question to put away' }],
  async sample({ call }) {
    const { surveyId } = await call(getSurvey, {})
    return { input: { body: { surveyId } }, note: surveyId }
  },
}
