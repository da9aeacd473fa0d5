/** Route paths in one place, so links and the router never disagree. */
export const paths = {
  dashboard: '/',
  rewards: '/rewards',
  reward: (id: string) => `/rewards/${encodeURIComponent(id)}`,
  wallet: '/wallet',
  earn: '/earn',
  refer: '/refer',
  challenges: '/challenges',
  partners: '/partners',
  activity: '/activity',
  tiers: '/tiers',
  membership: '/membership',
  profile: '/profile',
  howItWorks: '/how-it-works',
  signIn: '/sign-in',
} as const
