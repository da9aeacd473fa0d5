import type { ActivityPage } from '@/api/schemas/activity'
import type {
  ActionCompletionRequest,
  ActionCompletionResult,
  EarningProgress,
  EarningRules,
} from '@/api/schemas/earning'
import type { Balance, Member, MonthDay, TierProgress } from '@/api/schemas/member'
import { isMonthDay } from '@/api/rules/birthday'
import type { Program } from '@/api/schemas/program'
import {
  type Redemption,
  type RedemptionPage,
  type RedemptionRequest,
  type RedemptionResult,
} from '@/api/schemas/redemption'
import type { Reward, RewardPage } from '@/api/schemas/reward'
import { buildScenario } from '../scenarios/build-scenario'
import type { ScenarioName } from '../scenarios/scenarios'
import { listActivity, type ActivityQuery } from './activity'
import { deriveBalance } from './balance'
import { birthMonthStarts, giveBirthdayGift } from './birthday-gifts'
import { createCatalog, type CatalogReward } from './catalog'
import { systemClock, type Clock } from './clock'
import { EngineError } from './engine-error'
import { atOnce, createIdempotencyStore, type Begun } from './idempotency'
import type { LedgerEntry } from './ledger'
import { completeAction, earningProgress, earningRules } from './earning'
import { createProgram } from './program-rules'
import { createRandom } from './random'
import type { RedemptionQuery } from './redemptions'
import { RewardIndex, type RewardQuery } from './reward-query'
import { deriveTierProgress, tierAt } from './tier-status'
import { phrase, type EngineLocale } from './words'

export const DEFAULT_SEED = 20_261_120

export type EngineOptions = {
  scenario?: ScenarioName
  clock?: Clock
  seed?: number
}

/** POST /redemptions as the engine sees it: the body and the Idempotency-Key header. */
export type RedeemCommand = RedemptionRequest & { idempotencyKey: string }

/** The outcome of a redemption request, and whether it replays an earlier one with the same key. */
export type RedeemOutcome = { result: RedemptionResult; replayed: boolean }

/** A redemption request accepted for processing (see Begun in idempotency.ts). */
export type BegunRedemption = Begun<RedemptionResult>

/** A begun redemption carried out at once (no processing time in between). */
export const redeemAtOnce = (begun: BegunRedemption): RedeemOutcome => atOnce(begun)

/** POST /action-completions as the engine sees it: the body and the Idempotency-Key header. */
export type ActionCommand = ActionCompletionRequest & { idempotencyKey: string }

/** POST /me/birthday as the engine sees it. */
export type BirthdayCommand = MonthDay & { idempotencyKey: string }

/** The mock loyalty API's rules and state for one signed-in member. Every answer is a contract type. */
export type LoyaltyEngine = {
  readonly scenario: ScenarioName
  /** The engine's current time. */
  now(): Date
  program(): Program
  me(): Member
  /** The balance; pending points' reasons in `locale`. */
  balance(locale?: EngineLocale): Balance
  tierProgress(): TierProgress
  listRewards(query: RewardQuery): RewardPage
  getReward(id: string): Reward | undefined
  /**
   * Spends points on a reward, in one synchronous step, or refuses with an EngineError. The
   * same key with the same body returns the stored result again and changes nothing.
   */
  redeem(command: RedeemCommand): RedemptionResult
  /** redeem(), also telling whether the answer is a replay of an earlier request with the key. */
  redeemOrReplay(command: RedeemCommand): RedeemOutcome
  /**
   * The first half of redeem(): checks the key (refusing a reuse, or a repeat while the first
   * is in flight) and either replays or holds the key until `commit`.
   */
  beginRedemption(command: RedeemCommand): BegunRedemption
  /**
   * The wallet: active first (soonest expiry first), then the rest, newest first; with
   * `idempotencyKey`, only the redemption made with that key.
   */
  listRedemptions(query: RedemptionQuery, locale?: EngineLocale): RedemptionPage
  /** Every way to earn, and purchase rates by product type, in `locale`. */
  earningRules(locale?: EngineLocale): EarningRules
  /** What the member has earned by each rule. */
  earningProgress(): EarningProgress
  /**
   * Completes an action the portal offers (subscribe, connect the app, follow an account):
   * credits its points at once, or refuses. Idempotent by key, like redeem().
   */
  completeAction(command: ActionCommand): ActionCompletionResult
  /** The first half of completeAction(), as beginRedemption is redeem()'s. */
  beginAction(command: ActionCommand): Begun<ActionCompletionResult>
  /** Sets the member's birthday, once (a second is refused with conflict). Idempotent by key. */
  setBirthday(command: BirthdayCommand): Member
  /** The first half of setBirthday(). */
  beginBirthday(command: BirthdayCommand): Begun<Member>
  /** The points ledger, newest first, in `locale`. */
  listActivity(query: ActivityQuery, locale?: EngineLocale): ActivityPage
  /** Changes a reward's cost (tests, a designer panel). */
  setRewardCost(rewardId: string, cost: number): void
  /** Changes a reward's units left; null for unlimited (tests, a designer panel). */
  setStock(rewardId: string, stock: number | null): void
  /** The member's ledger, oldest first, with expiries recorded up to now. */
  ledgerEntries(): readonly LedgerEntry[]
}

/**
 * Builds the engine. The scenario's history is written relative to the clock's time at
 * creation; every later call reads the clock again, so pending points post, lots expire and
 * vouchers run out as real time passes.
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
    random,
  })
  const { ledger, redemptions: wallet } = state
  const rewardsById = new Map(state.catalog.map((reward) => [reward.id, reward]))
  const index = new RewardIndex(state.catalog)
  const idempotency = createIdempotencyStore(clock)
  let birthday = state.member.birthday
  /**
   * Birthday gifts are given by the engine for birth months that begin after this moment (the
   * scenario's history holds the earlier ones), and only for a birthday on file by then.
   */
  let giftsFrom = createdAt
  const giftCodes = random.fork('birthday-gifts:engine')

  /** The clock's time, with birthday gifts and expiries up to it recorded. */
  function settledNow(): Date {
    const now = clock()
    if (birthday !== null) {
      for (const monthStart of birthMonthStarts(birthday, giftsFrom, now)) {
        giveBirthdayGift({ ledger, wallet, birthday, monthStart, random: giftCodes })
      }
      if (now.getTime() > giftsFrom.getTime()) giftsFrom = now
    }
    ledger.settle(now)
    return now
  }

  /** The clock's time in whole seconds, like every time the ledger records. */
  const wholeNow = () => new Date(Math.floor(settledNow().getTime() / 1000) * 1000)

  function me(): Member {
    return {
      ...structuredClone(state.member),
      birthday: birthday && { ...birthday },
      tierId: tierAt(program, ledger, clock()).id,
    }
  }

  function beginAction(command: ActionCommand): Begun<ActionCompletionResult> {
    const { idempotencyKey: key, actionId } = command
    return idempotency.begin({
      command: 'complete-action',
      key,
      body: { actionId },
      describe: `action ${actionId}`,
      run: () => {
        const now = wholeNow()
        const completion = completeAction(ledger, actionId, now)
        return { completion, balance: deriveBalance(ledger, now) }
      },
    })
  }

  function beginBirthday(command: BirthdayCommand): Begun<Member> {
    const { idempotencyKey: key, month, day } = command
    return idempotency.begin({
      command: 'set-birthday',
      key,
      body: { month, day },
      describe: `birthday ${month}/${day}`,
      run: () => {
        if (birthday !== null) {
          throw new EngineError(
            'conflict',
            409,
            'Your birthday is already on file, and it can be set only once. To correct it, contact member services.',
            { title: 'Your birthday is already set' },
          )
        }
        if (!isMonthDay(month, day)) {
          throw new EngineError('bad_request', 400, `There is no day ${day} in month ${month}.`, {
            title: 'Not a date',
          })
        }
        const now = wholeNow()
        birthday = { month, day }
        // This birth month's gift, if it has begun, waits for next year.
        giftsFrom = now
        return me()
      },
    })
  }

  /** A copy for one member: the catalog's reward and how often they have redeemed it. */
  function forMember(reward: CatalogReward): Reward {
    return { ...structuredClone(reward), redeemedByMe: wallet.redeemedCount(reward.id) }
  }

  function rewardOrThrow(rewardId: string): CatalogReward {
    const reward = rewardsById.get(rewardId)
    if (!reward) {
      throw new EngineError('not_found', 404, `There is no reward with id “${rewardId}”.`, {
        title: 'Reward not found',
      })
    }
    return reward
  }

  function checkCount(what: string, value: number | null) {
    if (value !== null && (!Number.isSafeInteger(value) || value < 0)) {
      throw new EngineError('bad_request', 400, `${what} must be a whole number ≥ 0, got ${value}`)
    }
  }

  /** The rules, in order; throws the first refusal. Then debits, takes a unit and records. */
  function redeemNow(rewardId: string, expectedCost: number, key: string): RedemptionResult {
    const now = wholeNow()
    const reward = rewardOrThrow(rewardId)
    const name = `“${reward.name}”`

    if (reward.validUntil !== null && Date.parse(reward.validUntil) <= now.getTime()) {
      throw new EngineError(
        'conflict',
        409,
        `${name} could be redeemed until ${reward.validUntil}.`,
        {
          title: 'This reward is no longer offered',
        },
      )
    }
    if (reward.cost !== expectedCost) {
      throw new EngineError(
        'cost_changed',
        409,
        `${name} now costs ${reward.cost} points, not ${expectedCost}.`,
        { extensions: { currentCost: reward.cost } },
      )
    }
    if (reward.tierRequired !== null) {
      const required = program.tiers.find((tier) => tier.id === reward.tierRequired)
      const mine = tierAt(program, ledger, now)
      if (!required || mine.rank < required.rank) {
        throw new EngineError(
          'tier_required',
          403,
          `${name} is for ${required?.name ?? reward.tierRequired} members and above; you are ${mine.name}.`,
          { extensions: { requiredTierId: reward.tierRequired } },
        )
      }
    }
    const limit = reward.limitPerMember
    const redeemed = wallet.redeemedCount(reward.id)
    if (limit !== null && redeemed >= limit) {
      throw new EngineError(
        'limit_reached',
        409,
        `${name} can be redeemed ${limit === 1 ? 'once' : `${limit} times`} per member, and you have redeemed it ${redeemed === 1 ? 'once' : `${redeemed} times`}.`,
        { extensions: { limit } },
      )
    }
    if (reward.stock !== null && reward.stock <= 0) {
      throw new EngineError('out_of_stock', 409, `${name} has run out.`)
    }
    const available = ledger.available(now)
    if (available < reward.cost) {
      throw new EngineError(
        'insufficient_points',
        409,
        `${name} costs ${reward.cost} points and you have ${available}: ${reward.cost - available} short.`,
        { extensions: { shortBy: reward.cost - available } },
      )
    }

    const donation = reward.category === 'donation'
    ledger.redeem({
      rewardId: reward.id,
      points: reward.cost,
      occurredAt: now,
      donation,
      description: phrase(donation ? 'ledger.donated' : 'ledger.redeemed', { reward: reward.name }),
    })
    if (reward.stock !== null) reward.stock -= 1
    const redemption: Redemption = wallet.view(
      wallet.record(reward, now, { idempotencyKey: key }),
      now,
    )
    return { redemption, balance: deriveBalance(ledger, now) }
  }

  function beginRedemption(command: RedeemCommand): BegunRedemption {
    const { idempotencyKey: key, rewardId, expectedCost } = command
    return idempotency.begin({
      command: 'redeem',
      key,
      body: { rewardId, expectedCost },
      describe: `reward ${rewardId} at ${expectedCost} points`,
      run: () => redeemNow(rewardId, expectedCost, key),
    })
  }

  return {
    scenario,
    now: clock,
    program: () => structuredClone(program),
    me,
    balance: (locale) => deriveBalance(ledger, settledNow(), locale),
    tierProgress: () => deriveTierProgress(program, ledger, clock()),
    listRewards(query) {
      const page = index.query(query, ledger.available(settledNow()))
      return { items: page.items.map(forMember), nextCursor: page.nextCursor }
    },
    getReward(id) {
      const reward = rewardsById.get(id)
      return reward && forMember(reward)
    },
    redeem: (command) => redeemAtOnce(beginRedemption(command)).result,
    redeemOrReplay: (command) => redeemAtOnce(beginRedemption(command)),
    beginRedemption,
    listRedemptions: (query, locale) => wallet.list(query, settledNow(), locale),
    earningRules: (locale = 'en') => earningRules(locale),
    earningProgress: () => earningProgress(ledger, birthday, settledNow()),
    completeAction: (command) => atOnce(beginAction(command)).result,
    beginAction,
    setBirthday: (command) => atOnce(beginBirthday(command)).result,
    beginBirthday,
    listActivity: (query, locale = 'en') => listActivity(ledger, query, settledNow(), locale),
    setRewardCost(rewardId, cost) {
      const reward = rewardOrThrow(rewardId)
      checkCount('A cost', cost)
      reward.cost = cost
      index.costChanged()
    },
    setStock(rewardId, stock) {
      const reward = rewardOrThrow(rewardId)
      checkCount('Stock', stock)
      reward.stock = stock
    },
    ledgerEntries() {
      settledNow()
      return ledger.entries()
    },
  }
}
