import * as z from 'zod/mini'
import { createAttemptStore, type CommandAttempt } from './command-attempts'

/**
 * Redemption attempts (an idempotent command: see idempotent-command.ts), kept in localStorage
 * per member and reward so that a retry, a reload, a second tab or a double click all reuse the
 * same Idempotency-Key: the server then answers with the first result and never spends twice.
 * An attempt is unsettled from the confirm until its outcome is known (a redemption or a
 * refusal); only then may a new one start.
 */
const RedemptionData = z.object({
  rewardId: z.string(),
  rewardName: z.string(),
  expectedCost: z.number(),
})
export type RedemptionData = z.infer<typeof RedemptionData>

export type Attempt = CommandAttempt<RedemptionData>

export const redemptionAttempts = createAttemptStore({
  name: 'redemption',
  data: RedemptionData,
  slot: (data) => data.rewardId,
})

type RewardAtCost = { id: string; name: string; cost: number }

const dataOf = (reward: RewardAtCost): RedemptionData => ({
  rewardId: reward.id,
  rewardName: reward.name,
  expectedCost: reward.cost,
})

/** The member's unsettled attempt at this reward, if any. */
export const findAttempt = (memberId: string, rewardId: string): Attempt | null =>
  redemptionAttempts.find(memberId, rewardId)

/** Every unsettled attempt of this member, oldest first. */
export const unsettledAttempts = (memberId: string): Attempt[] =>
  redemptionAttempts.unsettled(memberId)

/** The attempt a confirm made at `clickedAt` belongs to (see AttemptStore.pick). */
export const pickAttempt = (
  memberId: string,
  reward: RewardAtCost,
  clickedAt: number,
  resume?: Attempt,
): Attempt => redemptionAttempts.pick(memberId, dataOf(reward), clickedAt, resume)

/** Confirms one redemption intent, once across tabs (see AttemptStore.confirm). */
export const confirmAttempt = (
  memberId: string,
  reward: RewardAtCost,
  send: (attempt: Attempt) => Promise<unknown>,
  resume?: Attempt,
): Promise<void> => redemptionAttempts.confirm(memberId, dataOf(reward), send, resume)

/** The outcome is known (a redemption or a refusal): the next confirm starts a new attempt. */
export const settleAttempt = (memberId: string, attempt: Attempt) =>
  redemptionAttempts.settle(memberId, attempt)

/** Calls `listener` whenever an attempt changes, in this tab or (through storage) another. */
export const subscribeAttempts = (listener: () => void) => redemptionAttempts.subscribe(listener)

/** The stored form of the member's unsettled attempt at a reward (stable for React). */
export const attemptSnapshot = (memberId: string, rewardId: string) =>
  redemptionAttempts.snapshot(memberId, rewardId)
