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
  /** Where the payment provider sends the member back to after a VIP checkout. */
  membershipReturn: '/membership/return',
  profile: '/profile',
  howItWorks: '/how-it-works',
  signIn: '/sign-in',
  join: '/join',
} as const

/** Member pages a guest sees as they are (what the program is), not as the guest view. */
export const publicPaths: readonly string[] = [paths.tiers, paths.howItWorks]
