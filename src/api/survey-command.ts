import * as z from 'zod/mini'
import { call } from './client'
import { createAttemptStore } from './command-attempts'
import { answerSurvey } from './contract/answer-survey'
import { getSurvey } from './contract/get-survey'
import type { IdempotentCommand } from './idempotent-command'
import { mutationKeys } from './query-keys'
import type { SurveyAnswerResult } from './schemas/account'

/**
 * Answering the net promoter question as an idempotent command (see idempotent-command.ts):
 * its points are credited once, and an answer lost on the way is checked with the same key and
 * by reading the question, whose `answer` is set once it is recorded.
 */
const SurveyData = z.object({
  surveyId: z.string(),
  score: z.number(),
  reason: z.optional(z.string()),
})
export type SurveyData = z.infer<typeof SurveyData>

export const surveyAttempts = createAttemptStore({
  name: 'survey-answer',
  data: SurveyData,
  // One answer per member and period.
  slot: (data) => data.surveyId,
})

/** Answered already this period, a question no longer current, or an answer it would not take. */
export const SURVEY_REFUSAL_CODES = ['already_completed', 'conflict', 'bad_request'] as const
export type SurveyRefusalCode = (typeof SURVEY_REFUSAL_CODES)[number]

export const answerSurveyCommand: IdempotentCommand<
  SurveyData,
  SurveyAnswerResult | { answer: SurveyAnswerResult['answer']; balance: null },
  SurveyRefusalCode
> = {
  attempts: surveyAttempts,
  mutationKey: mutationKeys.answerSurvey,
  refusalCodes: SURVEY_REFUSAL_CODES,
  send: (attempt) =>
    call(answerSurvey, {
      body: {
        surveyId: attempt.surveyId,
        score: attempt.score,
        ...(attempt.reason && { reason: attempt.reason }),
      },
      idempotencyKey: attempt.key,
    }),
  // One answer per period: once the question shows this score answered, it was this attempt.
  async find(attempt) {
    const survey = await call(getSurvey, {})
    const { answer } = survey
    if (survey.surveyId !== attempt.surveyId || answer?.score !== attempt.score) return null
    return { answer, balance: null }
  },
  balanceOf: (result) => result.balance,
}
