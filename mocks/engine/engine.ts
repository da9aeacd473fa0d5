import type { Balance, Member, TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_RETENTION_HOURS,
} from '@/api/schemas/idempotency-key'
import {
  type RedemptionPage,
  type RedemptionRequest,
  type RedemptionResult,
} from '@/api/schemas/redemption'
import type { ChallengePage, ChallengeView } from '@/api/schemas/challenge'
import type { PartnerPage } from '@/api/schemas/partner'
import type { PunchCardPage } from '@/api/schemas/punch-card'
import type { ReferralSummary, ReferredFriendPage } from '@/api/schemas/referral'
import type { PublicRewardList, Reward, RewardPage } from '@/api/schemas/reward'
import { buildScenario } from '../scenarios/build-scenario'
import type { ScenarioName } from '../scenarios/scenarios'
import type { Joining } from '../scenarios/scenario-state'
import { balanceIn, balanceSnapshot, deriveBalance, type BalanceSnapshot } from './balance'
import { createCatalog, type CatalogReward } from './catalog'
import { awardChallenges, challengesIn } from './challenges'
import { systemClock, type Clock } from './clock'
import { EngineError } from './engine-error'
import { DEFAULT_LANGUAGE, localize, type Language, type TranslatedLanguage } from './language'
import type { LedgerEntry } from './ledger'
import { pageOf } from './cursor'
import { PARTNERS, partnerView } from './partners'
import { createProgram, tierKey } from './program-rules'
import { awardPunchCards, PUNCH_CARDS, punchCardView, StampBook } from './punch-cards'
import { createRandom } from './random'
import type { RedemptionQuery, StoredRedemption } from './redemptions'
import { friendsByRecency, ReferralBook, referralSummary } from './referrals'
import { RewardIndex, type RewardQuery } from './reward-query'
import { rewardIn, rewardName } from './reward-text'
import { deriveTierProgress, tierAt } from './tier-status'
import { words } from './words/words'

export const DEFAULT_SEED = 20_261_120

const KEY_RETENTION_MS = IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000

/** How soon to ask again about a key whose first request is still being processed. */
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1

export type EngineOptions = {
  scenario?: ScenarioName
  clock?: Clock
  seed?: number
  /** Who joined, for the just-joined scenario (its default member otherwise). */
  joining?: Joining
}

/** POST /redemptions as the engine sees it: the body and the Idempotency-Key header. */
export type RedeemCommand = RedemptionRequest & { idempotencyKey: string }

/** The outcome of a redemption request, and whether it replays an earlier one with the same key. */
export type RedeemOutcome = { result: RedemptionResult; replayed: boolean }

/**
 * A redemption request accepted for processing: either the replay of the key's stored result,
 * or a new request that holds its key until `commit` applies the rules (and then stores the
 * result, or frees the key on a refusal). Between the two, a repeat with the key is answered
 * 409 idempotency_key_in_use: that is the window a real server has while it works. Both answer
 * in the language the request asked for: a replay has the first result's ids, code and
 * numbers, in the words of the repeat.
 */
export type BegunRedemption =
  { state: 'replayed'; result: RedemptionResult } | { state: 'begun'; commit(): RedemptionResult }

/** A begun redemption carried out at once (no processing time in between). */
export function redeemAtOnce(begun: BegunRedemption): RedeemOutcome {
  return begun.state === 'replayed'
    ? { result: begun.result, replayed: true }
    : { result: begun.commit(), replayed: false }
}

/** A page of a list: where it starts (an earlier page's nextCursor) and how long it is. */
export type PageQuery = { cursor?: string | undefined; limit: number }

/** Every punch card of the program, for every member. */
const PROGRAM_PUNCH_CARDS = Object.values(PUNCH_CARDS)

/**
 * The mock loyalty API's rules and state for one signed-in member. Every answer is a contract
 * type; those with words take the language to write them in (English when absent), and are
 * the same in every language but for the words. Refusals (EngineError) carry their words in
 * every language.
 */
export type LoyaltyEngine = {
  readonly scenario: ScenarioName
  /** The engine's current time. */
  now(): Date
  program(language?: Language): Program
  me(): Member
  balance(language?: Language): Balance
  tierProgress(): TierProgress
  /** `q` searches the names in `language`. */
  listRewards(query: RewardQuery, language?: Language): RewardPage
  /** The most popular rewards on offer now, as anyone may see them (no member's data). */
  publicRewards(limit: number, language?: Language): PublicRewardList
  getReward(id: string, language?: Language): Reward | undefined
  /**
   * Spends points on a reward, in one synchronous step, or refuses with an EngineError. The
   * same key with the same body returns the stored result again and changes nothing.
   */
  redeem(command: RedeemCommand, language?: Language): RedemptionResult
  /** redeem(), also telling whether the answer is a replay of an earlier request with the key. */
  redeemOrReplay(command: RedeemCommand, language?: Language): RedeemOutcome
  /**
   * The first half of redeem(): checks the key (refusing a reuse, or a repeat while the first
   * is in flight) and either replays or holds the key until `commit`.
   */
  beginRedemption(command: RedeemCommand, language?: Language): BegunRedemption
  /**
   * The wallet: active first (soonest expiry first), then the rest, newest first; with
   * `idempotencyKey`, only the redemption made with that key.
   */
  listRedemptions(query: RedemptionQuery, language?: Language): RedemptionPage
  /** Changes a reward's cost (tests, a designer panel). */
  setRewardCost(rewardId: string, cost: number): void
  /** Changes a reward's units left; null for unlimited (tests, a designer panel). */
  setStock(rewardId: string, stock: number | null): void
  /** The member's ledger, oldest first, with expiries recorded up to now. */
  ledgerEntries(): readonly LedgerEntry[]
  /** The referral code and link, what both sides get, the cap and the points earned. */
  referrals(): ReferralSummary
  /** Friends referred, the most recently invited first. */
  referredFriends(query: PageQuery): ReferredFriendPage
  /** The member's current challenges or their history, in `language`. */
  challenges(query: PageQuery & { view: ChallengeView }, language?: Language): ChallengePage
  /** The program's punch cards with the member's stamps, in `language`. */
  punchCards(query: PageQuery, language?: Language): PunchCardPage
  /** Partner brands where members earn too, in `language` (the same for every member). */
  partners(query: PageQuery, language?: Language): PartnerPage
}

/** A redemption's result with the words of every language, to answer a repeat in any. */
type StoredResult = { redemption: StoredRedemption; balance: BalanceSnapshot }

type StoredAttempt = {
  rewardId: string
  expectedCost: number
  result: StoredResult
  /** Engine time the result was stored, in ms: the key is forgotten KEY_RETENTION_MS later. */
  storedAt: number
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
    joining: options.joining,
  })
  const { ledger, redemptions: wallet } = state
  const engagement = state.engagement ?? {
    referrals: new ReferralBook(random.fork('referrals')),
    stamps: new StampBook(),
    challenges: [],
  }
  const rewardsById = new Map(state.catalog.map((reward) => [reward.id, reward]))
  const index = new RewardIndex(state.catalog)
  const attempts = new Map<string, StoredAttempt>()
  /** Keys of requests begun and not yet committed, with their bodies. */
  const inFlight = new Map<string, RedemptionRequest>()

  /**
   * Credits what the program's rules award by `now` and was not credited yet (a completed
   * challenge, a filled punch card), then records the expiries up to it.
   */
  function settle(now: Date) {
    awardChallenges(engagement.challenges, ledger, now)
    awardPunchCards(PROGRAM_PUNCH_CARDS, engagement.stamps, ledger, now)
    ledger.settle(now)
  }

  /** The clock's time, with the ledger settled up to it. */
  function settledNow(): Date {
    const now = clock()
    settle(now)
    return now
  }

  // A scenario's history may have completed challenges and filled cards: credit them now,
  // before anything reads the ledger.
  settle(createdAt)

  /** The catalog's reward as one member sees it in `language`, with how often they redeemed it. */
  function forMember(reward: CatalogReward, language: Language): Reward {
    return rewardIn(reward, language, wallet.redeemedCount(reward.id))
  }

  function rewardOrThrow(rewardId: string): CatalogReward {
    const reward = rewardsById.get(rewardId)
    if (!reward) {
      throw new EngineError('not_found', 404, (w) => w.problems.rewardNotFound(rewardId))
    }
    return reward
  }

  function checkCount(what: 'cost' | 'stock', value: number | null) {
    if (value !== null && (!Number.isSafeInteger(value) || value < 0)) {
      throw new EngineError('bad_request', 400, (w) =>
        w.problems.notACount({ what, value: String(value) }),
      )
    }
  }

  /** A tier's name in `language` (its id when the words lack it). */
  function tierName(tierId: string, language: TranslatedLanguage): string {
    const key = tierKey(tierId)
    return key ? words(language).tiers[key] : tierId
  }

  /**
   * The rules, in order; throws the first refusal. Then debits, takes a unit and records.
   * Answers with the words of every language, for the first answer and any replay.
   */
  function redeemNow(rewardId: string, expectedCost: number, key: string): StoredResult {
    // Whole seconds, like every time the ledger records.
    const now = new Date(Math.floor(settledNow().getTime() / 1000) * 1000)
    const reward = rewardOrThrow(rewardId)
    const name = (language: TranslatedLanguage) => rewardName(reward, language)

    if (reward.validUntil !== null && Date.parse(reward.validUntil) <= now.getTime()) {
      const until = reward.validUntil
      throw new EngineError('conflict', 409, (w, _format, language) =>
        w.problems.noLongerOffered({
          reward: name(language),
          until: new Intl.DateTimeFormat(w.intlLocale, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'UTC',
          }).format(new Date(until)),
        }),
      )
    }
    if (reward.cost !== expectedCost) {
      throw new EngineError(
        'cost_changed',
        409,
        (w, format, language) =>
          w.problems.costChanged({
            reward: name(language),
            cost: format.points(reward.cost),
            expected: format.number(expectedCost),
          }),
        { extensions: { currentCost: reward.cost } },
      )
    }
    if (reward.tierRequired !== null) {
      const requiredId = reward.tierRequired
      const required = program.tiers.find((tier) => tier.id === requiredId)
      const mine = tierAt(program, ledger, now)
      if (!required || mine.rank < required.rank) {
        throw new EngineError(
          'tier_required',
          403,
          (w, _format, language) =>
            w.problems.tierRequired({
              reward: name(language),
              required: tierName(requiredId, language),
              mine: tierName(mine.id, language),
            }),
          { extensions: { requiredTierId: requiredId } },
        )
      }
    }
    const limit = reward.limitPerMember
    const redeemed = wallet.redeemedCount(reward.id)
    if (limit !== null && redeemed >= limit) {
      throw new EngineError(
        'limit_reached',
        409,
        (w, _format, language) =>
          w.problems.limitReached({ reward: name(language), limit, redeemed }),
        { extensions: { limit } },
      )
    }
    if (reward.stock !== null && reward.stock <= 0) {
      throw new EngineError('out_of_stock', 409, (w, _format, language) =>
        w.problems.outOfStock({ reward: name(language) }),
      )
    }
    const available = ledger.available(now)
    if (available < reward.cost) {
      throw new EngineError(
        'insufficient_points',
        409,
        (w, format, language) =>
          w.problems.insufficientPoints({
            reward: name(language),
            cost: format.points(reward.cost),
            available: format.number(available),
            short: format.points(reward.cost - available),
          }),
        { extensions: { shortBy: reward.cost - available } },
      )
    }

    ledger.redeem({
      rewardId: reward.id,
      points: reward.cost,
      occurredAt: now,
      description: localize((language) => words(language).history.redeemed(name(language))),
    })
    if (reward.stock !== null) reward.stock -= 1
    const redemption = wallet.record(reward, now, { idempotencyKey: key })
    return { redemption, balance: balanceSnapshot(ledger, now) }
  }

  /** A stored result as the API answers it, in `language`. */
  function resultIn(stored: StoredResult, language: Language): RedemptionResult {
    return {
      // Its status as it was when the result was stored: a replay is the first answer again.
      redemption: wallet.view(stored.redemption, new Date(stored.balance.asOf), language),
      balance: balanceIn(stored.balance, language),
    }
  }

  /** Drops the keys stored longer ago than the retention period: the store stays bounded. */
  function forgetOldKeys(now: number) {
    for (const [key, stored] of attempts) {
      if (now - stored.storedAt >= KEY_RETENTION_MS) attempts.delete(key)
    }
  }

  function keyReused(key: string, earlier: RedemptionRequest): EngineError {
    return new EngineError('idempotency_key_reused', 422, (w, format) =>
      w.problems.keyReused({
        key,
        rewardId: earlier.rewardId,
        cost: format.points(earlier.expectedCost),
      }),
    )
  }

  function beginRedemption(
    command: RedeemCommand,
    language: Language = DEFAULT_LANGUAGE,
  ): BegunRedemption {
    const { idempotencyKey: key, rewardId, expectedCost } = command
    if (key.trim() === '' || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new EngineError('bad_request', 400, (w) =>
        w.problems.keyLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      )
    }
    forgetOldKeys(clock().getTime())
    const sameBody = (earlier: RedemptionRequest) =>
      earlier.rewardId === rewardId && earlier.expectedCost === expectedCost
    const stored = attempts.get(key)
    if (stored) {
      if (!sameBody(stored)) throw keyReused(key, stored)
      return { state: 'replayed', result: resultIn(stored.result, language) }
    }
    const pending = inFlight.get(key)
    if (pending) {
      if (!sameBody(pending)) throw keyReused(key, pending)
      throw new EngineError('idempotency_key_in_use', 409, (w) => w.problems.keyInUse({ key }), {
        retryAfterSeconds: IN_FLIGHT_RETRY_AFTER_SECONDS,
      })
    }
    inFlight.set(key, { rewardId, expectedCost })
    return {
      state: 'begun',
      commit() {
        try {
          const result = redeemNow(rewardId, expectedCost, key)
          attempts.set(key, { rewardId, expectedCost, result, storedAt: clock().getTime() })
          return resultIn(result, language)
        } finally {
          // A refusal is not stored: the key is free to be sent again.
          inFlight.delete(key)
        }
      },
    }
  }

  return {
    scenario,
    now: clock,
    program: (language) => createProgram(language),
    me: () => ({
      ...structuredClone(state.member),
      tierId: tierAt(program, ledger, clock()).id,
    }),
    balance: (language) => deriveBalance(ledger, settledNow(), language),
    tierProgress: () => deriveTierProgress(program, ledger, clock()),
    listRewards(query, language = DEFAULT_LANGUAGE) {
      const page = index.query(query, ledger.available(settledNow()), language)
      return {
        items: page.items.map((reward) => forMember(reward, language)),
        nextCursor: page.nextCursor,
      }
    },
    publicRewards(limit, language = DEFAULT_LANGUAGE) {
      const now = settledNow().getTime()
      const onOffer = (reward: CatalogReward) =>
        (reward.validUntil === null || Date.parse(reward.validUntil) > now) &&
        (reward.stock === null || reward.stock > 0)
      const items: PublicRewardList['items'] = []
      let cursor: string | undefined
      do {
        const page = index.query({ limit: 100, sort: 'popular', cursor }, 0, language)
        for (const reward of page.items) {
          if (items.length >= limit) break
          if (!onOffer(reward)) continue
          const { id, name, summary, category, cost, image, tierRequired } = rewardIn(
            reward,
            language,
            0,
          )
          items.push({ id, name, summary, category, cost, image, tierRequired })
        }
        cursor = page.nextCursor ?? undefined
      } while (items.length < limit && cursor !== undefined)
      return { items }
    },
    getReward(id, language = DEFAULT_LANGUAGE) {
      const reward = rewardsById.get(id)
      return reward && forMember(reward, language)
    },
    redeem: (command, language) => redeemAtOnce(beginRedemption(command, language)).result,
    redeemOrReplay: (command, language) => redeemAtOnce(beginRedemption(command, language)),
    beginRedemption,
    listRedemptions: (query, language) => wallet.list(query, clock(), language),
    setRewardCost(rewardId, cost) {
      const reward = rewardOrThrow(rewardId)
      checkCount('cost', cost)
      reward.cost = cost
      index.costChanged()
    },
    setStock(rewardId, stock) {
      const reward = rewardOrThrow(rewardId)
      checkCount('stock', stock)
      reward.stock = stock
    },
    ledgerEntries() {
      settledNow()
      return ledger.entries()
    },
    referrals: () =>
      referralSummary({
        program,
        code: state.member.referralCode,
        book: engagement.referrals,
        ledger,
        now: settledNow(),
      }),
    referredFriends: (query) =>
      pageOf(friendsByRecency(engagement.referrals, ledger, settledNow()), query),
    challenges: ({ view, ...query }, language) =>
      pageOf(challengesIn(view, engagement.challenges, ledger, settledNow(), language), query),
    punchCards(query, language) {
      const now = settledNow()
      return pageOf(
        PROGRAM_PUNCH_CARDS.map((card) => punchCardView(card, engagement.stamps, now, language)),
        query,
      )
    },
    partners: (query, language) =>
      pageOf(
        PARTNERS.map((partner) => partnerView(partner, program.currency, language)),
        query,
      ),
  }
}
