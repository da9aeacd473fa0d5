export const scenarioNames = [
  'default',
  'new-member',
  'near-reward',
  'near-tier',
  'expiring-points',
  'top-tier',
  'large-catalog',
  'out-of-stock',
  'just-joined',
  'tier-at-risk',
  'guest',
  'challenge-almost-done',
  'referral-champion',
  'long-history',
  'birthday-month',
  'vip-member',
  'survey-due',
  'empty-program',
] as const

export type ScenarioName = (typeof scenarioNames)[number]

export const scenarioDescriptions: Readonly<Record<ScenarioName, string>> = {
  default: 'A Silver member with a year of history, pending points and several affordable rewards.',
  'new-member': 'Joined today: no points, no history, Bronze.',
  'near-reward': 'Exactly 10 points short of the cheapest reward they cannot yet afford.',
  'near-tier': 'A Silver member $25 of spend short of Gold this calendar year.',
  'expiring-points': 'Points expiring within 7 days, in two batches on different dates.',
  'top-tier': 'A Gold member whose spend this year already keeps Gold for next year.',
  'large-catalog': 'The default member with a catalog of 10,000 rewards in every category.',
  'out-of-stock':
    'The default member; the five most popular rewards are sold out, and one weekend offer is no longer offered.',
  'just-joined': 'Joined a moment ago: the welcome bonus and nothing else.',
  'tier-at-risk':
    'Gold last year, little spend this year: Gold is not kept, and moves down a tier after the grace period.',
  guest:
    'Not signed in: the guest view, with Join and Sign in (as maya.chen+guest@example.com, any password).',
  'challenge-almost-done':
    'One purchase left on a 3-purchase challenge with 9 days to go; another on its last day today; a locked challenge and a history.',
  'referral-champion':
    'Many friends referred: this year’s referral cap reached, two friends over it, some still invited.',
  'long-history':
    'A café regular for six years: about 5,000 ledger entries of every kind, two adjustments among them; a Free Shipping code that never expires.',
  'birthday-month':
    'A Bronze member whose birthday is this month: the gift’s points and treat arrived on the 1st.',
  'vip-member':
    'A Silver member who pays for VIP yearly: active for 100 days, renewing in about nine months.',
  'survey-due':
    'A member of two years not asked this period’s question yet: the dashboard asks it; no channel opted in.',
  'empty-program': 'A new program: no rewards yet, no partners, no punch cards.',
}

/**
 * Scenarios the browser starts signed out in: every member page shows the guest view until the
 * visitor joins or signs in. Their member is an account to sign in as, not a demo account of
 * the standalone API.
 */
export const signedOutScenarios: readonly ScenarioName[] = ['guest']

/** Scenarios whose program has no rewards yet: nothing to look up, nothing to redeem. */
export const scenariosWithoutRewards: readonly ScenarioName[] = ['empty-program']

/** The scenarios with a member signed in from the start: one demo account each. */
export const memberScenarios = scenarioNames.filter((name) => !signedOutScenarios.includes(name))

export function isScenarioName(value: string): value is ScenarioName {
  return (scenarioNames as readonly string[]).includes(value)
}
