import type { RewardListQuery } from './schemas/reward-list-query'

/**
 * Query keys in one hierarchy, so a change to the member (a redemption, a sign-out) can
 * invalidate everything under `member` at once.
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
    // Rewards depend on the member too (affordability), so they live under `member`.
    all: ['member', 'rewards'] as const,
    list: (query: RewardListQuery) => ['member', 'rewards', 'list', query] as const,
    detail: (id: string) => ['member', 'rewards', 'detail', id] as const,
  },
}
