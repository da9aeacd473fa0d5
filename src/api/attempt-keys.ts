/**
 * Where unsettled redemption attempts are kept (see redemption-attempts.ts), in a module of its
 * own: the sign-out on the first screen looks for them without loading the rest of the store.
 */
export const ATTEMPT_PREFIX = 'rewards:redemption-attempt:'

/** Whether the member has an attempt whose outcome is not known yet (a quick look, no parsing). */
export function hasUnsettledAttempt(memberId: string): boolean {
  try {
    return Object.keys(localStorage).some((name) =>
      name.startsWith(`${ATTEMPT_PREFIX}${memberId}:`),
    )
  } catch {
    return false
  }
}
