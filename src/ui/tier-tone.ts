/** Tier colours by rank: bronze, silver, gold tones; higher ranks reuse the top tone. */
const tones = [
  { badge: 'bg-tier-1-soft text-tier-1', bar: 'bg-tier-1', edge: 'border-tier-1' },
  { badge: 'bg-tier-2-soft text-tier-2', bar: 'bg-tier-2', edge: 'border-tier-2' },
  { badge: 'bg-tier-3-soft text-tier-3', bar: 'bg-tier-3', edge: 'border-tier-3' },
] as const

export const tierTone = (rank: number) =>
  tones[Math.min(Math.max(rank, 1), tones.length) - 1] ?? tones[0]
