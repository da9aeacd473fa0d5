/**
 * Idempotent commands: everything the portal asks the API to do that spends or earns points
 * (a redemption, completing an earning action, and whatever comes next: joining a paid
 * membership, answering a survey). Points are money, so each command is sent the same way:
 *
 *  1. An attempt per intent. A confirm picks (or starts) an attempt for the member and the
 *     thing acted on (its slot) with a fresh Idempotency-Key, kept in localStorage until the
 *     outcome is known. Every retry of it (an automatic re-check, "Check again", a reload, a
 *     second tab, a double click, the next sign-in) sends the same key, and the API answers a
 *     repeated key with the first result and changes nothing more.
 *  2. Every answer classified (command-outcome.ts): a success, a refusal the portal can explain
 *     (then nothing changed), signed out, key reused, or unknown. Only a success or a refusal
 *     settles the attempt; an unknown outcome is kept, told, and checked by sending the same key
 *     again and by `find` (a lookup by key), never offered as a fresh attempt.
 *  3. Two tabs, one intent: confirms at one slot are serialised across tabs (Web Locks), and an
 *     attempt in flight when the member clicked is theirs too (command-attempts.ts).
 *  4. The balance changes when the server has answered, everywhere at once: the mutation
 *     invalidates the member's data (`meta.invalidates`) and tells the other tabs.
 *
 * A new command is a few lines:
 *
 *   const attempts = createAttemptStore({
 *     name: 'survey-answer',                      // rewards:survey-answer-attempt:<member>:<slot>
 *     data: z.object({ surveyId: z.string(), score: z.number() }),  // kept with the key
 *     slot: (data) => data.surveyId,              // one intent per member and survey
 *   })
 *   export const answerSurvey: IdempotentCommand<Answer, Answered, SurveyRefusal> = {
 *     attempts,
 *     mutationKey: ['answer-survey'],
 *     refusalCodes: ['not_found', 'conflict', 'bad_request'],
 *     send: (attempt) => call(postAnswer, { body: ..., idempotencyKey: attempt.key }),
 *     find: async (attempt) => ...,                // optional: the outcome found by key
 *     balanceOf: (result) => result.balance,      // optional: the balance the answer carries
 *   }
 *
 * and a page uses it with `useCommand(answerSurvey, memberId, { active })` (use-command.ts):
 * `confirm(data)`, then `pending`, `result`, `failure` (a CommandOutcome) and `check()` for
 * an unknown one. A page that lists what is still unknown at load (the wallet does) sends each
 * with `commandMutation(command, memberId, queryClient)`; sign-out keeps every unsettled
 * attempt (attempt-keys.ts) and warns about them.
 */
import { mutationOptions, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { postToTabs } from '@/lib/tab-channel'
import type { AttemptStore, CommandAttempt } from './command-attempts'
import { classifyAnswer, failureOf } from './command-outcome'
import { queryKeys } from './query-keys'
import type { Balance } from './schemas/member'

export type IdempotentCommand<Data, Result, Code extends string> = {
  attempts: AttemptStore<Data>
  /** The mutation's key; what it changes is invalidated by the MutationCache. */
  mutationKey: QueryKey
  /** The problem codes that mean "refused, nothing changed" for this command. */
  refusalCodes: readonly Code[]
  /** What the command changes on the server; everything about the member when absent. */
  invalidates?: QueryKey[]
  /** Sends the attempt: always with its own key, and the body its data makes. */
  send(attempt: CommandAttempt<Data>): Promise<Result>
  /**
   * Looks for what the attempt did (the redemption made with its key, say) when an answer left
   * it unknown: the result, or null when there is none yet or the lookup failed too.
   */
  find?(attempt: CommandAttempt<Data>): Promise<Result | null>
  /** The member's balance after the command, when the result carries it. */
  balanceOf?(result: Result): Balance | null
}

/**
 * Sends an attempt (again: always with its own key and body). When the answer leaves the
 * outcome unknown, `find` is asked, which settles it exactly even when every answer to the
 * command keeps breaking. Resolves with the result; rejects with the answer's error, whose
 * outcome failureOf tells.
 */
export async function sendCommand<Data, Result, Code extends string>(
  command: IdempotentCommand<Data, Result, Code>,
  attempt: CommandAttempt<Data>,
): Promise<Result> {
  const [answer] = await Promise.allSettled([command.send(attempt)])
  if (answer.status === 'fulfilled') return answer.value
  const { kind } = classifyAnswer(answer, command.refusalCodes)
  if (command.find && (kind === 'unknown' || kind === 'key-reused')) {
    const found = await command.find(attempt).catch(() => null)
    if (found !== null) return found
  }
  throw answer.reason
}

/** How often an attempt whose outcome is unknown is checked again by itself (same key). */
const AUTO_RECHECKS = 3

/**
 * The mutation that sends a member's attempts at a command, wherever one is confirmed or
 * checked. When the outcome is unknown the attempt is checked again with the same key, with
 * backoff, before the member is asked. Only a result or a refusal settles the attempt; the
 * balance changes when the server has answered, in every tab.
 */
export const commandMutation = <Data, Result, Code extends string>(
  command: IdempotentCommand<Data, Result, Code>,
  memberId: string,
  queryClient: QueryClient,
) => {
  const outcome = (error: unknown) => failureOf(error, command.refusalCodes)
  return mutationOptions({
    mutationKey: command.mutationKey,
    meta: { invalidates: command.invalidates ?? [queryKeys.member.all] },
    mutationFn: (attempt: CommandAttempt<Data>) => sendCommand(command, attempt),
    retry: (failureCount, error) =>
      failureCount < AUTO_RECHECKS && outcome(error).kind === 'unknown',
    // 0.5 s, 1 s, 2 s; longer when the API asks (Retry-After), up to 10 s.
    retryDelay: (failureCount, error) => {
      const known = outcome(error)
      const asked = known.kind === 'unknown' ? (known.retryAfterSeconds ?? 0) * 1000 : 0
      return Math.min(Math.max(asked, 500 * 2 ** (failureCount - 1)), 10_000)
    },
    onSuccess: (result, attempt) => {
      command.attempts.settle(memberId, attempt)
      // The answer carries the new balance: show it before the refetch lands, here and in
      // the member's other tabs.
      const balance = command.balanceOf?.(result) ?? null
      if (balance) queryClient.setQueryData(queryKeys.member.balance, balance)
      postToTabs({ type: 'member-changed', balance })
    },
    onError: (error, attempt) => {
      // A refusal is an outcome. Anything else is not: the attempt is kept, with its key.
      if (outcome(error).kind !== 'refused') return
      command.attempts.settle(memberId, attempt)
      postToTabs({ type: 'member-changed', balance: null })
    },
  })
}
