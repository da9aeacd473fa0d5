import type {
  Channel,
  Preferences,
  PreferenceChangeResult,
  SurveyAnswerResult,
  SurveyStatus,
} from '@/api/schemas/account'
import type { ActivityPage } from '@/api/schemas/activity'
import type {
  ActionCompletion,
  ActionCompletionRequest,
  ActionCompletionResult,
  EarningProgress,
  EarningRules,
} from '@/api/schemas/earning'
import type { Balance, Member, MonthDay, TierProgress } from '@/api/schemas/member'
import type {
  Checkout,
  CheckoutRequest,
  Membership,
  MembershipPlans,
} from '@/api/schemas/membership'
import type { Program } from '@/api/schemas/program'
import { isMonthDay } from '@/api/rules/birthday'
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
import { AccountBook, surveyPeriodOf } from './account'
import { listActivity, type ActivityQuery } from './activity'
import { balanceIn, balanceSnapshot, deriveBalance, type BalanceSnapshot } from './balance'
import { birthMonthStarts, giveBirthdayGift } from './birthday-gifts'
import { createCatalog, type CatalogReward } from './catalog'
import { awardChallenges, challengesIn } from './challenges'
import { systemClock, type Clock } from './clock'
import { completeAction, earningProgress, earningRules } from './earning'
import { EngineError } from './engine-error'
import { atOnce, createIdempotencyStore, rendered, type Begun } from './idempotency'
import { DEFAULT_LANGUAGE, localize, type Language, type TranslatedLanguage } from './language'
import type { LedgerEntry } from './ledger'
import { pageOf } from './cursor'
import { createMembershipBook, membershipPlans, type CheckoutOutcome } from './membership'
import { PARTNERS, partnerView } from './partners'
import { createProgram, RULE_IDS, tierKey } from './program-rules'
import { awardPunchCards, PUNCH_CARDS, punchCardView } from './punch-cards'
import { createRandom } from './random'
import type { RedemptionQuery, StoredRedemption } from './redemptions'
import { friendsByRecency, referralSummary } from './referrals'
import { RewardIndex, type RewardQuery } from './reward-query'
import { rewardIn, rewardName } from './reward-text'
import { deriveTierProgress, tierAt } from './tier-status'
import { words } from './words/words'

export const DEFAULT_SEED = 20_261_120

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
 * A redemption request accepted for processing (see Begun in idempotency.ts). Both the first
 * answer and a replay are in the language the request asked for: a replay has the first
 * result's ids, code and numbers, in the words of the repeat.
 */
export type BegunRedemption = Begun<RedemptionResult>

/** A begun redemption carried out at once (no processing time in between). */
export const redeemAtOnce = (begun: BegunRedemption): RedeemOutcome => atOnce(begun)

/** POST /action-completions as the engine sees it: the body and the Idempotency-Key header. */
export type ActionCommand = ActionCompletionRequest & { idempotencyKey: string }

/** POST /me/birthday as the engine sees it. */
export type BirthdayCommand = MonthDay & { idempotencyKey: string }

/** POST /me/membership/checkout as the engine sees it. */
export type CheckoutCommand = CheckoutRequest & { idempotencyKey: string }

/** POST /me/membership/cancellation as the engine sees it: only its key. */
export type CancelMembershipCommand = { idempotencyKey: string }
/** POST /me/survey/answers as the engine sees it. */
export type SurveyAnswerCommand = {
  surveyId: string
  score: number
  reason?: string | undefined
  idempotencyKey: string
}

/** POST /me/preferences as the engine sees it. */
export type PreferenceCommand = { channel: Channel; optedIn: boolean; idempotencyKey: string }

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
  /** Every way to earn, and purchase rates by product type, in `language`. */
  earningRules(language?: Language): EarningRules
  /** What the member has earned by each rule. */
  earningProgress(): EarningProgress
  /**
   * Completes an action the portal offers (subscribe, connect the app, follow an account):
   * credits its points at once, or refuses. Idempotent by key, like redeem().
   */
  completeAction(command: ActionCommand, language?: Language): ActionCompletionResult
  /** The first half of completeAction(), as beginRedemption is redeem()'s. */
  beginAction(command: ActionCommand, language?: Language): Begun<ActionCompletionResult>
  /** Sets the member's birthday, once (a second is refused with conflict). Idempotent by key. */
  setBirthday(command: BirthdayCommand): Member
  /** The first half of setBirthday(). */
  beginBirthday(command: BirthdayCommand): Begun<Member>
  /** The VIP plans, and what VIP adds over the member's tier, in `language`. */
  membershipPlans(language?: Language): MembershipPlans
  /** The member's VIP membership now. */
  membership(): Membership
  /**
   * Starts a checkout on the mock payment provider (success by default: the member is VIP at
   * once). Idempotent by key: a repeat answers the same checkout.
   */
  beginCheckout(command: CheckoutCommand): Begun<Checkout>
  /** Stops VIP renewing; benefits last to the end of the period paid for. Idempotent by key. */
  beginCancelMembership(command: CancelMembershipCommand): Begun<Membership>
  /** What the mock payment provider answers the next checkouts (tests, a designer). */
  setCheckoutOutcome(outcome: CheckoutOutcome): void
  /** The points ledger, newest first, in `language`. */
  listActivity(query: ActivityQuery, language?: Language): ActivityPage
  /** Changes a reward's cost (tests, a designer panel). */
  setRewardCost(rewardId: string, cost: number): void
  /** Changes a reward's units left; null for unlimited (tests, a designer panel). */
  setStock(rewardId: string, stock: number | null): void
  /** Changes the tier a reward is for; null for every member (tests, a designer's fault). */
  setRewardTier(rewardId: string, tierId: string | null): void
  /**
   * Takes `points` back now, as a returned online order does: an adjustment in the activity,
   * paid from the lots like a redemption; refused with insufficient_points past what is
   * available (tests, a designer's fault).
   */
  takeBackPoints(points: number): void
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
  /** This period's net promoter question for the member. */
  survey(): SurveyStatus
  /** Answers this period's question, once; credits its points. Idempotent by key. */
  beginSurveyAnswer(command: SurveyAnswerCommand, language?: Language): Begun<SurveyAnswerResult>
  /** Puts this period's question away until the next period. */
  dismissSurvey(surveyId: string): SurveyStatus
  /** The member's channel opt-ins and what each first opt-in earns. */
  preferences(): Preferences
  /** Sets one channel; a first opt-in ever credits its points. Idempotent by key. */
  beginPreference(command: PreferenceCommand, language?: Language): Begun<PreferenceChangeResult>
}

/** A redemption's result with the words of every language, to answer a repeat in any. */
type StoredResult = { redemption: StoredRedemption; balance: BalanceSnapshot }

/** An action completion's result with the words of every language. */
type StoredCompletion = { completion: ActionCompletion; balance: BalanceSnapshot }

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
  const { engagement } = state
  // The program's partners and punch cards, unless the scenario's program has others.
  const partnerList = state.partners ?? PARTNERS
  const punchCardList = state.punchCards ?? PROGRAM_PUNCH_CARDS
  const rewardsById = new Map(state.catalog.map((reward) => [reward.id, reward]))
  const index = new RewardIndex(state.catalog)
  const idempotency = createIdempotencyStore(clock)
  let birthday = state.member.birthday
  const account = new AccountBook(
    ledger,
    state.member.memberSince,
    state.account ?? {
      // Only the survey-due scenario asks this period's question; the others put it away.
      dismissed: [surveyPeriodOf(createdAt).id],
      optedIn: ledger
        .entries()
        .some((entry) => entry.kind === 'earned' && entry.rule === RULE_IDS.newsletter)
        ? ['email']
        : [],
    },
  )
  /**
   * Birthday gifts are given by the engine for birth months that begin after this moment (the
   * scenario's history holds the earlier ones), and only for a birthday on file by then.
   */
  let giftsFrom = createdAt
  const giftCodes = random.fork('birthday-gifts:engine')
  const vip = createMembershipBook({
    initial: state.membership ?? null,
    random: random.fork('membership:engine'),
  })

  /**
   * Credits what the program's rules award by `now` and was not credited yet (a birthday gift,
   * a completed challenge, a filled punch card), then records the expiries up to it.
   */
  function settle(now: Date) {
    if (birthday !== null) {
      for (const monthStart of birthMonthStarts(birthday, giftsFrom, now)) {
        giveBirthdayGift({ ledger, wallet, birthday, monthStart, random: giftCodes })
      }
      if (now.getTime() > giftsFrom.getTime()) giftsFrom = now
    }
    awardChallenges(engagement.challenges, ledger, now)
    awardPunchCards(punchCardList, engagement.stamps, ledger, now)
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

  /** The clock's time in whole seconds, like every time the ledger records. */
  const wholeNow = () => new Date(Math.floor(settledNow().getTime() / 1000) * 1000)

  function me(): Member {
    return {
      ...structuredClone(state.member),
      birthday: birthday && { ...birthday },
      tierId: tierAt(program, ledger, clock()).id,
    }
  }

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
    const now = wholeNow()
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

    const donation = reward.category === 'donation'
    ledger.redeem({
      rewardId: reward.id,
      points: reward.cost,
      occurredAt: now,
      donation,
      description: localize((language) =>
        (donation ? words(language).history.donated : words(language).history.redeemed)(
          name(language),
        ),
      ),
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

  function beginRedemption(
    command: RedeemCommand,
    language: Language = DEFAULT_LANGUAGE,
  ): BegunRedemption {
    const { idempotencyKey: key, rewardId, expectedCost } = command
    const begun = idempotency.begin({
      command: 'redeem',
      key,
      body: { rewardId, expectedCost },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w, format) =>
          w.problems.keyReused({ key, rewardId, cost: format.points(expectedCost) }),
        ),
      run: () => redeemNow(rewardId, expectedCost, key),
    })
    return rendered(begun, (stored) => resultIn(stored, language))
  }

  function beginAction(
    command: ActionCommand,
    language: Language = DEFAULT_LANGUAGE,
  ): Begun<ActionCompletionResult> {
    const { idempotencyKey: key, actionId } = command
    const begun = idempotency.begin<StoredCompletion>({
      command: 'complete-action',
      key,
      body: { actionId },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) =>
          w.problems.actionKeyReused({ key, actionId }),
        ),
      run: () => {
        const now = wholeNow()
        const completion = completeAction(ledger, actionId, now)
        if (completion.ruleId === RULE_IDS.newsletter) account.subscribed()
        return { completion, balance: balanceSnapshot(ledger, now) }
      },
    })
    return rendered(begun, (stored) => ({
      completion: { ...stored.completion },
      balance: balanceIn(stored.balance, language),
    }))
  }

  function beginBirthday(command: BirthdayCommand): Begun<Member> {
    const { idempotencyKey: key, month, day } = command
    return idempotency.begin({
      command: 'set-birthday',
      key,
      body: { month, day },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) =>
          w.problems.birthdayKeyReused({ key }),
        ),
      run: () => {
        if (birthday !== null) {
          throw new EngineError('conflict', 409, (w) => w.problems.birthdayAlreadySet)
        }
        if (!isMonthDay(month, day)) {
          throw new EngineError('bad_request', 400, (w) => w.problems.noSuchDay({ month, day }))
        }
        const now = wholeNow()
        birthday = { month, day }
        // This birth month's gift, if it has begun, waits for next year.
        giftsFrom = now
        return me()
      },
    })
  }

  function beginCheckout(command: CheckoutCommand): Begun<Checkout> {
    const { idempotencyKey: key, planId, returnUrl } = command
    return idempotency.begin({
      command: 'checkout',
      key,
      body: { planId, returnUrl },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) =>
          w.problems.checkoutKeyReused({ key }),
        ),
      run: () => vip.checkout({ planId, returnUrl }, wholeNow()),
    })
  }

  function beginCancelMembership({ idempotencyKey: key }: CancelMembershipCommand) {
    return idempotency.begin({
      command: 'cancel-membership',
      key,
      body: {},
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) => w.problems.cancelKeyReused({ key })),
      run: () => vip.cancel(wholeNow()),
    })
  }

  function beginSurveyAnswer(
    command: SurveyAnswerCommand,
    language: Language = DEFAULT_LANGUAGE,
  ): Begun<SurveyAnswerResult> {
    const { idempotencyKey: key, surveyId, score, reason } = command
    const begun = idempotency.begin({
      command: 'answer-survey',
      key,
      body: { surveyId, score, reason: reason ?? null },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) => w.problems.surveyKeyReused({ key })),
      run: () => {
        const now = wholeNow()
        const answer = account.answer(surveyId, score, now)
        return { answer, balance: balanceSnapshot(ledger, now) }
      },
    })
    return rendered(begun, (stored) => ({
      answer: { ...stored.answer },
      balance: balanceIn(stored.balance, language),
    }))
  }

  function beginPreference(
    command: PreferenceCommand,
    language: Language = DEFAULT_LANGUAGE,
  ): Begun<PreferenceChangeResult> {
    const { idempotencyKey: key, channel, optedIn } = command
    const begun = idempotency.begin({
      command: 'set-preference',
      key,
      body: { channel, optedIn },
      keyReused: () =>
        new EngineError('idempotency_key_reused', 422, (w) =>
          w.problems.preferenceKeyReused({ key }),
        ),
      run: () => {
        const now = wholeNow()
        const pointsCredited = account.setPreference(channel, optedIn, now)
        return {
          preferences: account.preferences(),
          pointsCredited,
          balance: balanceSnapshot(ledger, now),
        }
      },
    })
    return rendered(begun, (stored) => ({
      preferences: structuredClone(stored.preferences),
      pointsCredited: stored.pointsCredited,
      balance: balanceIn(stored.balance, language),
    }))
  }

  return {
    scenario,
    now: clock,
    membershipPlans: (language = DEFAULT_LANGUAGE) =>
      membershipPlans(tierAt(program, ledger, settledNow()).id, program.currency, language),
    membership: () => vip.status(clock()),
    beginCheckout,
    beginCancelMembership,
    setCheckoutOutcome: (outcome) => vip.setCheckoutOutcome(outcome),
    survey: () => account.survey(settledNow()),
    beginSurveyAnswer,
    dismissSurvey: (surveyId) => account.dismiss(surveyId, settledNow()),
    preferences: () => account.preferences(),
    beginPreference,
    program: (language) => createProgram(language),
    me,
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
    listRedemptions: (query, language) => wallet.list(query, settledNow(), language),
    earningRules: (language = DEFAULT_LANGUAGE) => earningRules(language),
    earningProgress: () => earningProgress(ledger, birthday, settledNow()),
    completeAction: (command, language) => atOnce(beginAction(command, language)).result,
    beginAction,
    setBirthday: (command) => atOnce(beginBirthday(command)).result,
    beginBirthday,
    listActivity: (query, language = DEFAULT_LANGUAGE) =>
      listActivity(ledger, query, settledNow(), language),
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
    setRewardTier(rewardId, tierId) {
      const reward = rewardOrThrow(rewardId)
      if (tierId !== null && !program.tiers.some((tier) => tier.id === tierId)) {
        throw new Error(`setRewardTier: no tier ${tierId}`)
      }
      reward.tierRequired = tierId
    },
    takeBackPoints(points) {
      const order = 100_000 + (ledger.entries().length % 900_000)
      ledger.takeBack({
        points,
        occurredAt: settledNow(),
        description: localize((language) => words(language).history.orderReturned(order)),
      })
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
        punchCardList.map((card) => punchCardView(card, engagement.stamps, now, language)),
        query,
      )
    },
    partners: (query, language) =>
      pageOf(
        partnerList.map((partner) => partnerView(partner, program.currency, language)),
        query,
      ),
  }
}
