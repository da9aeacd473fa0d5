import type { Endpoint } from '../endpoint'
import { SampleUnavailable, type EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import { SurveyAnswerRequest, SurveyAnswerResult } from '../schemas/account'
import { getSurvey } from './get-survey'

/** Answers this period's question; credits its points once (idempotent). */
export const answerSurvey = {
  method: 'POST',
  path: '/me/survey/answers',
  session: true,
  body: SurveyAnswerRequest,
  idempotent: true,
  responses: { 201: SurveyAnswerResult },
  problems: ['conflict', 'already_completed', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof answerSurvey> = {
  summary: 'Answer the net promoter question of this period (idempotent)',
  description: [
    'A score from 0 to 10 and, optionally, the main reason (up to `reasonMaxLength` characters of GET /me/survey). When the program gives points for an answer they are credited at once, as a `bonus` entry in GET /me/activity, and the answer carries the balance after it.',
    'One answer per member and period: a second answer with a new key is refused with 409 already_completed (`completedAt`) and credits nothing. A `surveyId` other than this period’s is refused with 409 conflict. A member not asked yet (`not_eligible`) is refused with 409 conflict. Answering after dismissing is allowed.',
    `Idempotency works as for POST /redemptions: the key is kept with its result for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours; a repeat with the same key and body answers the first result again (201, \`Idempotent-Replayed: true\`) and credits nothing more; the same key with another body is refused with 422 idempotency_key_reused. A client that loses an answer sends the same key again, or reads GET /me/survey, whose \`answer\` is set once it is recorded.`,
  ].join(' '),
  responses: {
    201: {
      description: 'Answered (or the replay of an earlier identical request)',
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    {
      schema: SurveyAnswerRequest,
      description: 'An answer to this period’s question',
      fields: { reason: 'The main reason for the score, in the member’s words' },
    },
    { schema: SurveyAnswerResult, description: 'The answer recorded and the balance after it' },
  ],
  async sample({ call }) {
    const survey = await call(getSurvey, {})
    if (survey.state === 'answered' || survey.state === 'not_eligible') {
      throw new SampleUnavailable(`the member’s question this period is ${survey.state}`)
    }
    return {
      input: {
        body: { surveyId: survey.surveyId, score: 9, reason: 'Friendly staff.' },
        idempotencyKey: crypto.randomUUID(),
      },
      note: survey.surveyId,
    }
  },
  variant: (input) => ({
    ...input,
    body: { ...input.body, score: input.body.score === 9 ? 8 : 9 },
  }),
  // One answer per period: there is no second one to race on.
  again: async () => null,
  exampleAs: 'survey-due',
}
