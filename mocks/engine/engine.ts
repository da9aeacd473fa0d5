import type { Balance, Member, TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import type { Reward, RewardPage } from '@/api/schemas/reward'
import { buildScenario } from '../scenarios/build-scenario'
import type { ScenarioName } from '../scenarios/scenarios'
import { deriveBalance } from './balance'
import { createCatalog } from './catalog'
import { systemClock, type Clock } from './clock'
import type { LedgerEntry } from './ledger'
import { createProgram } from './program-rules'
import { createRandom } from './random'
import { queryRewards, type RewardQuery } from './reward-query'
import { deriveTierProgress, tierAt } from './tier-status'

export const DEFAULT_SEED = 20_261_120

export type EngineOptions = {
  scenario?: ScenarioName
  clock?: Clock
  seed?: number
}

/** The mock loyalty API's rules and state for one signed-in member. Every answer is a contract type. */
export type LoyaltyEngine = {
  readonly scenario: ScenarioName
  /** The engine's current time. */
  now(): Date
  program(): Program
  me(): Member
  balance(): Balance
  tierProgress(): TierProgress
  listRewards(query: RewardQuery): RewardPage
  getReward(id: string): Reward | undefined
  /** The member's ledger, oldest first, with expiries recorded up to now. */
  ledgerEntries(): readonly LedgerEntry[]
}

/**
 * Builds the engine. The scenario's history is written relative to the clock's time at
 * creation; every later call reads the clock again, so pending points post and lots expire
 * as real time passes.
 */
export function createEngine(options: EngineOptions = {}): LoyaltyEngine {
  const scenario = options.scenario ?? 'default'
  const clock = options.clock ?? systemClock
  const random = createRandom(options.seed ?? DEFAULT_SEED)
  const program = createProgram()
  const createdAt = clock()
  const state = buildScenario(scenario, {
    program,
    catalog: createCatalog({ random: random.fork('catalog'), now: createdAt }),
    now: createdAt,
    random: random.fork(`scenario:${scenario}`),
  })
  const rewardsById = new Map(state.catalog.map((reward) => [reward.id, reward]))

  /** The clock's time, with expiries up to it recorded in the ledger. */
  function settledNow(): Date {
    const now = clock()
    state.ledger.settle(now)
    return now
  }

  return {
    scenario,
    now: clock,
    program: () => structuredClone(program),
    me: () => ({
      ...structuredClone(state.member),
      tierId: tierAt(program, state.ledger, clock()).id,
    }),
    balance: () => deriveBalance(state.ledger, settledNow()),
    tierProgress: () => deriveTierProgress(program, state.ledger, clock()),
    listRewards(query) {
      const page = queryRewards(state.catalog, query, state.ledger.available(settledNow()))
      return {
        items: page.items.map((reward) => structuredClone(reward)),
        nextCursor: page.nextCursor,
      }
    },
    getReward(id) {
      const reward = rewardsById.get(id)
      return reward && structuredClone(reward)
    },
    ledgerEntries() {
      settledNow()
      return state.ledger.entries()
    },
  }
}
