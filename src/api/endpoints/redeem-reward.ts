import { call } from '../client'
import { redeemReward as endpoint } from '../contract/redeem-reward'
import type { RedemptionRequest } from '../schemas/redemption'

/**
 * POST /redemptions. The idempotency key belongs to one redemption attempt and is sent again,
 * unchanged, with every retry of that attempt: the server answers a repeat with the first
 * result and spends nothing more.
 */
export const redeemReward = (
  body: RedemptionRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
) => call(endpoint, { body, idempotencyKey, signal })
