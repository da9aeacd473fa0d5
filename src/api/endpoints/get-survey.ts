import { getSurvey } from '../contract/get-survey'
import { endpointQuery } from '../query'

/** This period's net promoter question, as it stands for the member. */
export const surveyQuery = () => endpointQuery(getSurvey, {})
