import type { Program, Tier } from './schemas/program'

/** The program's tiers from the entry tier up. */
export const tiersByRank = (program: Program): Tier[] =>
  [...program.tiers].sort((a, b) => a.rank - b.rank)
