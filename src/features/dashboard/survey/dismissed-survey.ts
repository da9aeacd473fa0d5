/**
 * A dismissal of the net promoter question that the API has not confirmed yet, kept on this
 * device (one per member: only the current period's question matters) so that a reload or a
 * lost request does not ask again what the member just put away. Told to the API again on the
 * next visit; forgotten once the API has it, and at sign-out with the member's other data.
 */
export const dismissalKey = (memberId: string) => `rewards:survey-dismissed:${memberId}`

export function rememberDismissal(memberId: string, surveyId: string) {
  try {
    localStorage.setItem(dismissalKey(memberId), surveyId)
  } catch {
    // Storage full or blocked: the API's answer alone remembers it.
  }
}

export function forgetDismissal(memberId: string) {
  try {
    localStorage.removeItem(dismissalKey(memberId))
  } catch {
    // Nothing kept.
  }
}
