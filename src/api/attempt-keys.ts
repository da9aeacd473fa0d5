/**
 * Where unsettled attempts at idempotent commands are kept (see command-attempts.ts), in a
 * module of its own: the sign-out on the first screen looks for them without loading the rest
 * of the store. Every command's attempts live under `rewards:<command>-attempt:<member>:`.
 */
export const attemptPrefix = (command: string) => `rewards:${command}-attempt:`

/** Where unsettled redemption attempts are kept. */
export const ATTEMPT_PREFIX = attemptPrefix('redemption')

const ATTEMPT_NAME = /^rewards:[a-z][a-z0-9-]*-attempt:/

/** Whether a storage key holds an unsettled attempt at any command (kept through sign-out). */
export const isAttemptKey = (name: string) => ATTEMPT_NAME.test(name)

/**
 * Whether the member has an attempt whose outcome is not known yet (a quick look, no parsing):
 * at `command` when given, else at any command.
 */
export function hasUnsettledAttempt(memberId: string, command?: string): boolean {
  try {
    return Object.keys(localStorage).some((name) =>
      command === undefined
        ? isAttemptKey(name) && name.slice(name.indexOf('-attempt:') + 9).startsWith(`${memberId}:`)
        : name.startsWith(`${attemptPrefix(command)}${memberId}:`),
    )
  } catch {
    return false
  }
}
