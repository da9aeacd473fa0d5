export const scenarioNames = [
  'default',
  'new-member',
  'near-reward',
  'near-tier',
  'expiring-points',
  'top-tier',
] as const

export type ScenarioName = (typeof scenarioNames)[number]

export const scenarioDescriptions: Readonly<Record<ScenarioName, string>> = {
  default: 'A Silver member with a year of history, pending points and several affordable rewards.',
  'new-member': 'Joined today: no points, no history, Bronze.',
  'near-reward': 'Exactly 10 points short of the cheapest reward they cannot yet afford.',
  'near-tier': 'A Silver member $25 of spend short of Gold this calendar year.',
  'expiring-points': 'Points expiring within 7 days, in two batches on different dates.',
  'top-tier': 'A Gold member whose spend this year already keeps Gold for next year.',
}

export function isScenarioName(value: string): value is ScenarioName {
  return (scenarioNames as readonly string[]).includes(value)
}
