import { balanceQuery } from './endpoints/get-balance'
import { meQuery } from './endpoints/get-me'

/**
 * The query keys features write to or invalidate by hand; the factories derive them from the
 * declarations. Everything that depends on the signed-in member lives under `member`, so a
 * redemption (or a sign-out) invalidates it all at once.
 */
export const queryKeys = {
  member: {
    all: ['member'],
    profile: meQuery().queryKey,
    balance: balanceQuery().queryKey,
  },
}

/** Mutation keys: the MutationCache invalidates what each one changes. */
export const mutationKeys = {
  redeem: ['redeem'] as const,
  completeAction: ['complete-action'] as const,
  setBirthday: ['set-birthday'] as const,
  startCheckout: ['start-checkout'] as const,
  cancelMembership: ['cancel-membership'] as const,
  answerSurvey: ['answer-survey'] as const,
  setPreference: ['set-preference'] as const,
}
