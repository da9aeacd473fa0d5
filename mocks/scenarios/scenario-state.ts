import type { Program } from '@/api/schemas/program'
import type { Reward } from '@/api/schemas/reward'
import { Ledger } from '../engine/ledger'
import { planHistory, type HistoryPlan } from '../engine/member-history'
import type { MemberProfile } from '../engine/members'
import type { Random } from '../engine/random'

/** What a scenario starts from: the program, the catalog and the moment the engine was created. */
export type ScenarioContext = {
  program: Program
  catalog: Reward[]
  now: Date
  random: Random
}

/** The engine's state for one member. */
export type ScenarioState = {
  member: MemberProfile
  ledger: Ledger
  catalog: Reward[]
}

/** A fresh ledger and a plan that fills it by the program's rules when committed. */
export function startHistory(context: ScenarioContext): { ledger: Ledger; history: HistoryPlan } {
  const ledger = new Ledger()
  const history = planHistory({
    program: context.program,
    ledger,
    catalog: context.catalog,
    random: context.random.fork('history'),
  })
  return { ledger, history }
}

/** A moment on the given day relative to now, at a plausible time of day (UTC). */
export function daysAgo(now: Date, days: number, hourUtc = 14): Date {
  const date = new Date(now.getTime() - days * 86_400_000)
  date.setUTCHours(hourUtc, 0, 0, 0)
  // Never in the future, even when "today at 14:00" has not happened yet.
  return date.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : date
}
