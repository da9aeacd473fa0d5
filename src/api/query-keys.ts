import type { RedemptionListQuery } from './schemas/redemption-list-query'
import type { RewardListQuery } from './schemas/reward-list-query'

/**
 * Query keys in one hierarchy. Everything that depends on the signed-in member lives under
 * `member`, so a redemption (or a sign-out) invalidates it all at once.
 */
export const queryKeys = {
  program: ['program'] as const,
  member: {
    all: ['member'] as const,
    profile: ['member', 'profile'] as const,
    balance: ['member', 'balance'] as const,
    tier: ['member', 'tier'] as const,
  },
  rewards: {
    // Rewards are member-relative (affordability, redeemedByMe), so they live under `member`.
    all: ['member', 'rewards'] as const,
    list: (query: RewardListQuery) => ['member', 'rewards', 'list', query] as const,
    catalog: (filters: Omit<RewardListQuery, 'cursor'>) =>
      ['member', 'rewards', 'catalog', filters] as const,
    detail: (id: string) => ['member', 'rewards', 'detail', id] as const,
  },
  redemptions: {
    all: ['member', 'redemptions'] as const,
    list: (query: Omit<RedemptionListQuery, 'cursor'>) =>
      ['member', 'redemptions', 'list', query] as const,
  },
}

/** Mutation keys: the MutationCache invalidates what each one changes. */
export const mutationKeys = {
  redeem: ['redeem'] as const,
}
