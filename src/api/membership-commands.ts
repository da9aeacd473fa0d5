import * as z from 'zod/mini'
import { call } from './client'
import { createAttemptStore } from './command-attempts'
import { cancelMembership } from './contract/cancel-membership'
import { getMembership } from './contract/get-membership'
import { startCheckout } from './contract/start-checkout'
import type { IdempotentCommand } from './idempotent-command'
import { queryKeyOf } from './query'
import { mutationKeys } from './query-keys'
import { PlanId, type Checkout, type Membership } from './schemas/membership'

/**
 * Joining and cancelling paid VIP membership as idempotent commands (see
 * idempotent-command.ts): money changes hands, so a double click, a second tab or a retry after
 * a lost answer sends the same key, and the API answers it with the first result.
 */

/** A member has one VIP membership: one slot for each command. */
export const VIP_SLOT = 'vip'

const CheckoutData = z.object({ planId: PlanId, returnUrl: z.string() })
export type CheckoutData = z.infer<typeof CheckoutData>

export const checkoutAttempts = createAttemptStore({
  name: 'vip-checkout',
  data: CheckoutData,
  slot: () => VIP_SLOT,
})

/** VIP already, or a return address the API does not accept. */
export const CHECKOUT_REFUSAL_CODES = ['conflict', 'bad_request'] as const
export type CheckoutRefusalCode = (typeof CHECKOUT_REFUSAL_CODES)[number]

/** Starts a checkout on the API's payment provider; the answer is where to send the member. */
export const startCheckoutCommand: IdempotentCommand<CheckoutData, Checkout, CheckoutRefusalCode> =
  {
    attempts: checkoutAttempts,
    mutationKey: mutationKeys.startCheckout,
    refusalCodes: CHECKOUT_REFUSAL_CODES,
    // Nothing changes until the provider confirms; a refusal (VIP already) shows the status.
    invalidates: [queryKeyOf(getMembership, {})],
    send: (attempt) =>
      call(startCheckout, {
        body: { planId: attempt.planId, returnUrl: attempt.returnUrl },
        idempotencyKey: attempt.key,
      }),
  }

const CancelData = z.object({})
export type CancelData = z.infer<typeof CancelData>

export const cancelAttempts = createAttemptStore({
  name: 'vip-cancel',
  data: CancelData,
  slot: () => VIP_SLOT,
})

/** Not VIP (any more). */
export const CANCEL_REFUSAL_CODES = ['conflict'] as const
export type CancelRefusalCode = (typeof CANCEL_REFUSAL_CODES)[number]

export const cancelMembershipCommand: IdempotentCommand<CancelData, Membership, CancelRefusalCode> =
  {
    attempts: cancelAttempts,
    mutationKey: mutationKeys.cancelMembership,
    refusalCodes: CANCEL_REFUSAL_CODES,
    send: (attempt) => call(cancelMembership, { idempotencyKey: attempt.key }),
    // A lost answer: the membership says whether it was cancelled.
    async find() {
      const membership = await call(getMembership, {})
      return membership.status === 'cancelled' ? membership : null
    },
  }
