import { getSurvey } from '../contract/get-survey'
import { endpointQuery } from '../query'

/**
 * This period's net promoter question, as it stands for the member. Rarely due, and never what
 * the dashboard is drawn from: the first render does not wait for it.
 */
export const surveyQuery = () => ({
  ...endpointQuery(getSurvey, {}),
  meta: { firstScreen: false },
})
