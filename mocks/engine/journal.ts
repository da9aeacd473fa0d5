import * as z from 'zod/mini'
import { scenarioNames, type ScenarioName } from '../scenarios/scenarios'
import { systemClock, type Clock } from './clock'
import {
  createEngine,
  DEFAULT_SEED,
  redeemAtOnce,
  type ActionCommand,
  type BegunRedemption,
  type BirthdayCommand,
  type CancelMembershipCommand,
  type CheckoutCommand,
  type LoyaltyEngine,
  type PreferenceCommand,
  type RedeemCommand,
  type SurveyAnswerCommand,
} from './engine'
import { atOnce, type Begun } from './idempotency'
import type { CheckoutOutcome } from './membership'
import type { Language } from './language'

/**
 * Mock state that survives a reload. The engine is deterministic, so rather than snapshot its
 * state we keep an append-only journal of the commands that changed it, each with the engine
 * time it ran at, and rebuild: the same scenario, seed and creation time, then every command
 * again at its own time. Idempotency keys are part of the commands, so a retry after a
 * reload still gets the first answer.
 */

// Only the schema kinds the portal's own contract uses (no union, literal or refine): mock code
// shares zod with the portal, so any other kind here would ship in every real-mode download.
const timestamp = () => z.iso.datetime({ offset: true })

const commandSchemas = {
  redeem: z.object({
    type: z.enum(['redeem']),
    at: timestamp(),
    rewardId: z.string(),
    expectedCost: z.number(),
    idempotencyKey: z.string(),
  }),
  setRewardCost: z.object({
    type: z.enum(['setRewardCost']),
    at: timestamp(),
    rewardId: z.string(),
    cost: z.number(),
  }),
  completeAction: z.object({
    type: z.enum(['completeAction']),
    at: timestamp(),
    actionId: z.string(),
    idempotencyKey: z.string(),
  }),
  setBirthday: z.object({
    type: z.enum(['setBirthday']),
    at: timestamp(),
    month: z.number(),
    day: z.number(),
    idempotencyKey: z.string(),
  }),
  startCheckout: z.object({
    type: z.enum(['startCheckout']),
    at: timestamp(),
    planId: z.enum(['monthly', 'yearly']),
    returnUrl: z.string(),
    idempotencyKey: z.string(),
    /** What the mock provider answered it (a designer's choice); success when absent. */
    outcome: z.optional(z.enum(['success', 'late', 'cancelled', 'failed'])),
  }),
  cancelMembership: z.object({
    type: z.enum(['cancelMembership']),
    at: timestamp(),
    idempotencyKey: z.string(),
  }),
  setStock: z.object({
    type: z.enum(['setStock']),
    at: timestamp(),
    rewardId: z.string(),
    stock: z.nullable(z.number()),
  }),
  setRewardTier: z.object({
    type: z.enum(['setRewardTier']),
    at: timestamp(),
    rewardId: z.string(),
    tierId: z.nullable(z.string()),
  }),
  takeBackPoints: z.object({
    type: z.enum(['takeBackPoints']),
    at: timestamp(),
    points: z.number(),
  }),
  answerSurvey: z.object({
    type: z.enum(['answerSurvey']),
    at: timestamp(),
    surveyId: z.string(),
    score: z.number(),
    reason: z.optional(z.string()),
    idempotencyKey: z.string(),
  }),
  dismissSurvey: z.object({
    type: z.enum(['dismissSurvey']),
    at: timestamp(),
    surveyId: z.string(),
  }),
  setPreference: z.object({
    type: z.enum(['setPreference']),
    at: timestamp(),
    channel: z.enum(['email', 'sms', 'push']),
    optedIn: z.boolean(),
    idempotencyKey: z.string(),
  }),
}
type CommandType = keyof typeof commandSchemas
export type JournalCommand = z.infer<(typeof commandSchemas)[CommandType]>

const Journal = z.object({
  version: z.enum({ v1: 1 } as const),
  scenario: z.enum(scenarioNames),
  seed: z.number(),
  /** When the engine was first created: the scenario's history is written relative to it. */
  createdAt: timestamp(),
  // Each command is checked against the schema its `type` names (parseJournal).
  commands: z.array(
    z.looseObject({ type: z.enum(Object.keys(commandSchemas) as [CommandType, ...CommandType[]]) }),
  ),
})
export type Journal = {
  version: 1
  scenario: ScenarioName
  seed: number
  createdAt: string
  commands: JournalCommand[]
}

/** What a command acted on, for a warning: the reward, the action, the birthday. */
export function commandSubject(command: JournalCommand): string {
  switch (command.type) {
    case 'completeAction':
      return command.actionId
    case 'setBirthday':
      return `${String(command.month)}/${String(command.day)}`
    case 'startCheckout':
      return `VIP ${command.planId}`
    case 'cancelMembership':
      return 'VIP'
    case 'answerSurvey':
    case 'dismissSurvey':
      return command.surveyId
    case 'setPreference':
      return command.channel
    case 'takeBackPoints':
      return `${String(command.points)} points`
    default:
      return command.rewardId
  }
}

/** A journal read back from storage, or null when any part of it is not one. */
function parseJournal(json: unknown): Journal | null {
  const parsed = Journal.safeParse(json)
  if (!parsed.success) return null
  const commands: JournalCommand[] = []
  for (const raw of parsed.data.commands) {
    const command = commandSchemas[raw.type].safeParse(raw)
    if (!command.success) return null
    commands.push(command.data)
  }
  return { ...parsed.data, commands }
}

/** Where journals are kept: one per scenario. */
export type JournalStore = {
  load(scenario: ScenarioName): Journal | null
  save(journal: Journal): void
}

export const JOURNAL_KEY_PREFIX = 'mock:journal:'

export const journalKey = (scenario: ScenarioName) => `${JOURNAL_KEY_PREFIX}${scenario}`

/**
 * Journals in a Storage (localStorage in the browser), under one key per scenario. A journal
 * that cannot be read is dropped with a warning; blocked or full storage keeps nothing.
 */
export function storageJournal(
  storage: Storage | null,
  warn: (message: string) => void = () => {},
): JournalStore {
  return {
    load(scenario) {
      let raw: string | null
      try {
        raw = storage?.getItem(journalKey(scenario)) ?? null
      } catch {
        return null
      }
      if (raw === null) return null
      let json: unknown
      try {
        json = JSON.parse(raw)
      } catch {
        json = undefined
      }
      const journal = parseJournal(json)
      if (journal?.scenario === scenario) return journal
      warn(`The saved mock state for ${scenario} could not be read; starting afresh.`)
      return null
    },
    save(journal) {
      try {
        storage?.setItem(journalKey(journal.scenario), JSON.stringify(journal))
      } catch {
        warn('The mock state could not be saved (storage full or blocked); it lasts until reload.')
      }
    },
  }
}

/** A store in memory, for tests. */
export function memoryJournal(): JournalStore & { journals: Map<ScenarioName, Journal> } {
  const journals = new Map<ScenarioName, Journal>()
  return {
    journals,
    load: (scenario) => structuredClone(journals.get(scenario) ?? null),
    save: (journal) => void journals.set(journal.scenario, structuredClone(journal)),
  }
}

/** Removes every scenario's journal from `storage`. */
export function clearJournals(storage: Storage | null): void {
  removeKeysWithPrefix(storage, JOURNAL_KEY_PREFIX)
}

/** Removes the keys of `storage` that start with `prefix` (nothing where storage is blocked). */
export function removeKeysWithPrefix(storage: Storage | null, prefix: string): void {
  try {
    if (!storage) return
    const keys: string[] = []
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)
      if (key?.startsWith(prefix)) keys.push(key)
    }
    for (const key of keys) storage.removeItem(key)
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

export type JournaledEngineOptions = {
  scenario: ScenarioName
  store: JournalStore
  clock?: Clock
  seed?: number
  /** A journaled command the rebuilt engine refused (the scenario changed since); it is dropped. */
  onReplayError?: (command: JournalCommand, error: unknown) => void
}

/**
 * An engine rebuilt from its journal, recording every further change in it. Reads go to
 * the engine untouched; redeem, setRewardCost, setStock and takeBackPoints run at a frozen instant so that
 * replaying them at the recorded time gives exactly the same result.
 */
export function createJournaledEngine(options: JournaledEngineOptions): LoyaltyEngine {
  const { scenario, store } = options
  const seed = options.seed ?? DEFAULT_SEED
  const base = options.clock ?? systemClock
  let frozen: number | null = null
  const clock: Clock = () => (frozen === null ? base() : new Date(frozen))
  function at<T>(time: Date, run: () => T): T {
    frozen = time.getTime()
    try {
      return run()
    } finally {
      frozen = null
    }
  }

  const stored = store.load(scenario)
  const journal: Journal =
    stored !== null && stored.seed === seed
      ? stored
      : { version: 1, scenario, seed, createdAt: base().toISOString(), commands: [] }
  const engine = at(new Date(journal.createdAt), () => createEngine({ scenario, clock, seed }))

  const replayed: JournalCommand[] = []
  for (const command of journal.commands) {
    try {
      at(new Date(command.at), () => run(engine, command))
      replayed.push(command)
    } catch (error) {
      options.onReplayError?.(command, error)
    }
  }
  journal.commands = replayed
  // Replays set the outcome of each checkout they repeat; what comes next starts afresh.
  engine.setCheckoutOutcome('success')

  function record(command: JournalCommand) {
    // Another tab may have appended since this one started: keep its commands too.
    const latest = store.load(scenario)
    const into = latest !== null && latest.createdAt === journal.createdAt ? latest : journal
    journal.commands = [...into.commands, command]
    store.save({ ...journal })
  }

  /** Runs a change at one instant and journals it once it has succeeded. */
  function change<T>(
    describe: (at: string) => JournalCommand,
    apply: () => T,
    changed: (result: T) => boolean = () => true,
  ): T {
    const now = base()
    const result = at(now, apply)
    if (changed(result)) record(describe(now.toISOString()))
    return result
  }

  /** A replay changes nothing; a commit is journaled at the time it runs. */
  function beginRedemption(command: RedeemCommand): BegunRedemption {
    const begun = engine.beginRedemption(command)
    if (begun.state === 'replayed') return begun
    return {
      state: 'begun',
      commit: () =>
        change(
          (time) => ({
            type: 'redeem',
            at: time,
            rewardId: command.rewardId,
            expectedCost: command.expectedCost,
            idempotencyKey: command.idempotencyKey,
          }),
          () => begun.commit(),
        ),
    }
  }

  /** Journals the commit of a begun command at the time it runs; a replay changes nothing. */
  function journaled<Result>(
    begun: Begun<Result>,
    describe: (at: string) => JournalCommand,
  ): Begun<Result> {
    if (begun.state === 'replayed') return begun
    return { state: 'begun', commit: () => change(describe, () => begun.commit()) }
  }

  const beginAction = (command: ActionCommand) =>
    journaled(engine.beginAction(command), (time) => ({
      type: 'completeAction',
      at: time,
      actionId: command.actionId,
      idempotencyKey: command.idempotencyKey,
    }))

  const beginBirthday = (command: BirthdayCommand) =>
    journaled(engine.beginBirthday(command), (time) => ({
      type: 'setBirthday',
      at: time,
      month: command.month,
      day: command.day,
      idempotencyKey: command.idempotencyKey,
    }))

  // Replayed in the journal with the outcome the mock provider gave it then.
  let checkoutOutcome: CheckoutOutcome = 'success'
  const beginCheckout = (command: CheckoutCommand) =>
    journaled(engine.beginCheckout(command), (time) => ({
      type: 'startCheckout',
      at: time,
      planId: command.planId,
      returnUrl: command.returnUrl,
      idempotencyKey: command.idempotencyKey,
      ...(checkoutOutcome !== 'success' && { outcome: checkoutOutcome }),
    }))

  const beginCancelMembership = (command: CancelMembershipCommand) =>
    journaled(engine.beginCancelMembership(command), (time) => ({
      type: 'cancelMembership',
      at: time,
      idempotencyKey: command.idempotencyKey,
    }))

  const beginSurveyAnswer = (command: SurveyAnswerCommand, language?: Language) =>
    journaled(engine.beginSurveyAnswer(command, language), (time) => ({
      type: 'answerSurvey',
      at: time,
      surveyId: command.surveyId,
      score: command.score,
      ...(command.reason !== undefined && { reason: command.reason }),
      idempotencyKey: command.idempotencyKey,
    }))

  const beginPreference = (command: PreferenceCommand, language?: Language) =>
    journaled(engine.beginPreference(command, language), (time) => ({
      type: 'setPreference',
      at: time,
      channel: command.channel,
      optedIn: command.optedIn,
      idempotencyKey: command.idempotencyKey,
    }))

  return {
    ...engine,
    setCheckoutOutcome(outcome) {
      checkoutOutcome = outcome
      engine.setCheckoutOutcome(outcome)
    },
    beginCheckout,
    beginCancelMembership,
    beginSurveyAnswer,
    beginPreference,
    dismissSurvey: (surveyId) =>
      change(
        (time) => ({ type: 'dismissSurvey', at: time, surveyId }),
        () => engine.dismissSurvey(surveyId),
      ),
    beginAction,
    completeAction: (command) => atOnce(beginAction(command)).result,
    beginBirthday,
    setBirthday: (command) => atOnce(beginBirthday(command)).result,
    redeem: (command) => redeemAtOnce(beginRedemption(command)).result,
    redeemOrReplay: (command) => redeemAtOnce(beginRedemption(command)),
    beginRedemption,
    setRewardCost(rewardId, cost) {
      change(
        (time) => ({ type: 'setRewardCost', at: time, rewardId, cost }),
        () => engine.setRewardCost(rewardId, cost),
      )
    },
    setStock(rewardId, stock) {
      change(
        (time) => ({ type: 'setStock', at: time, rewardId, stock }),
        () => engine.setStock(rewardId, stock),
      )
    },
    setRewardTier(rewardId, tierId) {
      change(
        (time) => ({ type: 'setRewardTier', at: time, rewardId, tierId }),
        () => engine.setRewardTier(rewardId, tierId),
      )
    },
    takeBackPoints(points) {
      change(
        (time) => ({ type: 'takeBackPoints', at: time, points }),
        () => engine.takeBackPoints(points),
      )
    },
  }
}

function run(engine: LoyaltyEngine, command: JournalCommand): void {
  switch (command.type) {
    case 'redeem':
      engine.redeemOrReplay({
        rewardId: command.rewardId,
        expectedCost: command.expectedCost,
        idempotencyKey: command.idempotencyKey,
      })
      return
    case 'completeAction':
      engine.completeAction({ actionId: command.actionId, idempotencyKey: command.idempotencyKey })
      return
    case 'setBirthday':
      engine.setBirthday({
        month: command.month,
        day: command.day,
        idempotencyKey: command.idempotencyKey,
      })
      return
    case 'startCheckout':
      engine.setCheckoutOutcome(command.outcome ?? 'success')
      atOnce(
        engine.beginCheckout({
          planId: command.planId,
          returnUrl: command.returnUrl,
          idempotencyKey: command.idempotencyKey,
        }),
      )
      return
    case 'cancelMembership':
      atOnce(engine.beginCancelMembership({ idempotencyKey: command.idempotencyKey }))
      return
    case 'setRewardCost':
      engine.setRewardCost(command.rewardId, command.cost)
      return
    case 'setStock':
      engine.setStock(command.rewardId, command.stock)
      return
    case 'takeBackPoints':
      engine.takeBackPoints(command.points)
      return
    case 'setRewardTier':
      engine.setRewardTier(command.rewardId, command.tierId)
      return
    case 'answerSurvey':
      atOnce(
        engine.beginSurveyAnswer({
          surveyId: command.surveyId,
          score: command.score,
          reason: command.reason,
          idempotencyKey: command.idempotencyKey,
        }),
      )
      return
    case 'dismissSurvey':
      engine.dismissSurvey(command.surveyId)
      return
    case 'setPreference':
      atOnce(
        engine.beginPreference({
          channel: command.channel,
          optedIn: command.optedIn,
          idempotencyKey: command.idempotencyKey,
        }),
      )
  }
}
