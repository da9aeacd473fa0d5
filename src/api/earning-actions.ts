import * as z from 'zod/mini'
import { call } from './client'
import { createAttemptStore } from './command-attempts'
import { completeAction } from './contract/complete-action'
import { getEarningProgress } from './contract/get-earning-progress'
import type { IdempotentCommand } from './idempotent-command'
import { mutationKeys } from './query-keys'
import type { Balance } from './schemas/member'

/**
 * Completing an earning action (subscribe, connect the app, follow an account) as an
 * idempotent command (see idempotent-command.ts): one attempt per member and action, its key
 * kept until the outcome is known, so the points are credited once however often it is sent.
 */
const ActionData = z.object({ actionId: z.string(), ruleId: z.string() })
export type ActionData = z.infer<typeof ActionData>

export const actionAttempts = createAttemptStore({
  name: 'earn-action',
  data: ActionData,
  slot: (data) => data.actionId,
})

/** An action the member completed, and the balance after it when the answer carried one. */
export type Completed = {
  actionId: string
  points: number
  completedAt: string
  balance: Balance | null
}

/**
 * The codes with which the API refuses a completion and credits nothing: done before (it earns
 * once), an action no longer offered, a request it would not accept.
 */
export const ACTION_REFUSAL_CODES = ['already_completed', 'not_found', 'bad_request'] as const
export type ActionRefusalCode = (typeof ACTION_REFUSAL_CODES)[number]

export const completeActionCommand: IdempotentCommand<ActionData, Completed, ActionRefusalCode> = {
  attempts: actionAttempts,
  mutationKey: mutationKeys.completeAction,
  refusalCodes: ACTION_REFUSAL_CODES,
  async send(attempt) {
    const { completion, balance } = await call(completeAction, {
      body: { actionId: attempt.actionId },
      idempotencyKey: attempt.key,
    })
    return {
      actionId: completion.actionId,
      points: completion.points,
      completedAt: completion.completedAt,
      balance,
    }
  },
  // An action earns once: once its rule is done, the points are in, whichever request did it.
  async find(attempt) {
    const { items } = await call(getEarningProgress, {})
    const progress = items.find((item) => item.ruleId === attempt.ruleId)
    if (progress?.status !== 'done' || progress.lastEarnedAt === null) return null
    return {
      actionId: attempt.actionId,
      points: progress.pointsEarned,
      completedAt: progress.lastEarnedAt,
      balance: null,
    }
  },
  balanceOf: (result) => result.balance,
}
