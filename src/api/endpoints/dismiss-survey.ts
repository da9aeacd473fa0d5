import { call } from '../client'
import { dismissSurvey as dismissSurveyEndpoint } from '../contract/dismiss-survey'

/** Puts this period's question away; repeating it is harmless. */
export const dismissSurvey = (surveyId: string) =>
  call(dismissSurveyEndpoint, { body: { surveyId } })
