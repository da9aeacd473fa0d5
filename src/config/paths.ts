/** Route paths in one place, so links and the router never disagree. */
export const paths = {
  dashboard: '/',
  rewards: '/rewards',
  reward: (id: string) => `/rewards/${encodeURIComponent(id)}`,
  wallet: '/wallet',
} as const
