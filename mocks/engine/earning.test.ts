import { describe, expect, it } from 'vitest'
import { ActivityPage } from '@/api/schemas/activity'
import { ActionCompletionResult, EarningProgress, EarningRules } from '@/api/schemas/earning'
import { Member } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { scenarioNames, type ScenarioName } from '../scenarios/scenarios'
import { listActivity } from './activity'
import { fixedClock } from './clock'
import { addHours } from './dates'
import { createEngine, type LoyaltyEngine } from './engine'
import { EngineError } from './engine-error'
import { Ledger } from './ledger'
import { BONUS_POINTS, CATEGORY_RATES, RULE_IDS } from './program-rules'
import { localize } from './language'
import { words } from './words/words'

const NOW = '2026-11-20T15:00:00Z'

const engineFor = (scenario: ScenarioName = 'default', clock = fixedClock(NOW)) =>
  createEngine({ scenario, clock })

let keys = 0
const freshKey = () => `earn-key-${++keys}`

/** The EngineError `attempt` throws, as the problem a handler would answer. */
function refusal(attempt: () => unknown) {
  try {
    attempt()
  } catch (error) {
    if (!(error instanceof EngineError)) throw error
    return Problem.parse({
      title: error.title,
      status: error.status,
      detail: error.message,
      code: error.code,
      ...error.extensions,
    })
  }
  throw new Error('expected an EngineError, but the call succeeded')
}

const progressOf = (engine: LoyaltyEngine, ruleId: string) =>
  engine.earningProgress().items.find((item) => item.ruleId === ruleId)

/** Every entry of the activity, paging through it as a client would. */
function wholeActivity(engine: LoyaltyEngine, query: Record<string, string> = {}) {
  const items: ActivityPage['items'] = []
  let cursor: string | undefined
  do {
    const page = engine.listActivity({ limit: 100, ...query, ...(cursor ? { cursor } : {}) })
    items.push(...ActivityPage.parse(page).items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

describe('the ways to earn', () => {
  it('lists every rule, and purchase rates by product type, in the language asked for', () => {
    const engine = engineFor()
    const english = EarningRules.parse(engine.earningRules('en'))
    expect(english.rules.map((rule) => rule.kind).sort()).toEqual(
      [
        'app',
        'birthday',
        'event',
        'newsletter',
        'purchase',
        'referral',
        'review',
        'social',
        'social',
      ].sort(),
    )
    expect(english.categories.map((category) => [category.id, category.multiplier])).toEqual(
      CATEGORY_RATES.map((category) => [category.id, category.multiplier]),
    )
    expect(english.rules.find((rule) => rule.kind === 'birthday')?.description).toContain('100')
    for (const locale of ['es', 'ar'] as const) {
      const other = EarningRules.parse(engine.earningRules(locale))
      // The same rules, ids and numbers; other words.
      expect(other.rules.map(({ title: _t, description: _d, ...rest }) => rest)).toEqual(
        english.rules.map(({ title: _t, description: _d, ...rest }) => rest),
      )
      other.rules.forEach((rule, index) => expect(rule.title).not.toBe(english.rules[index]?.title))
      other.categories.forEach((category, index) =>
        expect(category.name).not.toBe(english.categories[index]?.name),
      )
    }
    // Only https links to follow.
    for (const rule of english.rules) {
      if (rule.action?.url) expect(rule.action.url).toMatch(/^https:\/\//)
    }
  })

  it('tells what the member has earned by each rule, and which once-only ones are done', () => {
    const engine = engineFor()
    const progress = EarningProgress.parse(engine.earningProgress())
    expect(progress.items.map((item) => item.ruleId)).toEqual(
      engine.earningRules().rules.map((rule) => rule.id),
    )
    expect(progressOf(engine, RULE_IDS.newsletter)).toMatchObject({
      status: 'done',
      timesEarned: 1,
      pointsEarned: BONUS_POINTS.newsletter,
    })
    expect(progressOf(engine, RULE_IDS.app)).toMatchObject({
      status: 'available',
      timesEarned: 0,
      pointsEarned: 0,
      lastEarnedAt: null,
    })
    // Jamie and Alex, and Sofia whose points are still pending.
    expect(progressOf(engine, RULE_IDS.referral)).toMatchObject({
      status: 'available',
      timesEarned: 3,
      pointsEarned: 3 * BONUS_POINTS.referral,
    })
    // Her birthday is on file: the gift comes by itself.
    expect(progressOf(engine, RULE_IDS.birthday)).toMatchObject({ status: 'done', timesEarned: 1 })
    const purchases = engine
      .ledgerEntries()
      .filter((entry) => entry.kind === 'earned' && entry.source === 'purchase')
    expect(progressOf(engine, RULE_IDS.purchase)).toMatchObject({
      timesEarned: purchases.length,
      pointsEarned: purchases.reduce((sum, entry) => sum + entry.points, 0),
    })

    const newMember = engineFor('new-member')
    expect(newMember.earningProgress().items.every((item) => item.status === 'available')).toBe(
      true,
    )
  })
})

describe('engine.completeAction', () => {
  it('credits the action’s points at once, in the balance and as a bonus in the activity', () => {
    const engine = engineFor()
    const before = engine.balance().available
    const result = ActionCompletionResult.parse(
      engine.completeAction({ actionId: 'act_app', idempotencyKey: freshKey() }),
    )
    expect(result.completion).toMatchObject({
      actionId: 'act_app',
      ruleId: RULE_IDS.app,
      points: BONUS_POINTS.app,
      completedAt: NOW,
    })
    expect(result.balance.available).toBe(before + BONUS_POINTS.app)
    expect(engine.balance()).toEqual(result.balance)
    const [latest] = engine.listActivity({ limit: 1 }).items
    expect(latest).toMatchObject({
      id: result.completion.entryId,
      source: 'bonus',
      description: 'Connected the app',
      points: BONUS_POINTS.app,
      status: 'posted',
    })
    expect(progressOf(engine, RULE_IDS.app)).toMatchObject({ status: 'done', timesEarned: 1 })
  })

  it('awards once: the same key replays the result, a new key is refused already_completed', () => {
    let now = new Date(NOW)
    const engine = engineFor('default', () => now)
    const first = engine.completeAction({ actionId: 'act_instagram', idempotencyKey: 'follow' })
    now = addHours(now, 20)
    const balance = engine.balance().available
    expect(engine.completeAction({ actionId: 'act_instagram', idempotencyKey: 'follow' })).toEqual(
      first,
    )
    expect(
      refusal(() => engine.completeAction({ actionId: 'act_instagram', idempotencyKey: 'again' })),
    ).toMatchObject({ status: 409, code: 'already_completed', completedAt: NOW })
    expect(engine.balance().available).toBe(balance)
    expect(
      engine
        .ledgerEntries()
        .filter((entry) => entry.kind === 'earned' && entry.rule === RULE_IDS.instagram),
    ).toHaveLength(1)
  })

  it('refuses an action done before the portal existed (the newsletter, in her history)', () => {
    const engine = engineFor()
    expect(
      refusal(() =>
        engine.completeAction({ actionId: 'act_newsletter', idempotencyKey: freshKey() }),
      ),
    ).toMatchObject({ status: 409, code: 'already_completed' })
  })

  it('refuses an unknown action with 404, and then the key is free', () => {
    const engine = engineFor()
    expect(
      refusal(() => engine.completeAction({ actionId: 'act_nope', idempotencyKey: 'k' })),
    ).toMatchObject({ status: 404, code: 'not_found' })
    expect(
      engine.completeAction({ actionId: 'act_tiktok', idempotencyKey: 'k' }).completion.points,
    ).toBe(BONUS_POINTS.social)
  })

  it('refuses a key used for another action, or for a redemption, with 422', () => {
    const engine = engineFor()
    engine.completeAction({ actionId: 'act_app', idempotencyKey: 'shared' })
    expect(
      refusal(() => engine.completeAction({ actionId: 'act_tiktok', idempotencyKey: 'shared' })),
    ).toMatchObject({ status: 422, code: 'idempotency_key_reused' })
    expect(
      refusal(() =>
        engine.redeem({ rewardId: 'rwd_free_coffee', expectedCost: 150, idempotencyKey: 'shared' }),
      ),
    ).toMatchObject({ status: 422, code: 'idempotency_key_reused' })
  })

  it('answers a repeat while the first is in flight with idempotency_key_in_use', () => {
    const engine = engineFor()
    const begun = engine.beginAction({ actionId: 'act_app', idempotencyKey: 'slow' })
    expect(
      refusal(() => engine.beginAction({ actionId: 'act_app', idempotencyKey: 'slow' })),
    ).toMatchObject({ status: 409, code: 'idempotency_key_in_use' })
    if (begun.state !== 'begun') throw new Error('a new key begins')
    const result = begun.commit()
    expect(engine.completeAction({ actionId: 'act_app', idempotencyKey: 'slow' })).toEqual(result)
  })
})

describe('engine.setBirthday', () => {
  it('sets a birthday once: the same key replays, a new key is refused with conflict', () => {
    const engine = engineFor('new-member')
    const member = Member.parse(
      engine.setBirthday({ month: 2, day: 29, idempotencyKey: 'birthday' }),
    )
    expect(member.birthday).toEqual({ month: 2, day: 29 })
    expect(engine.me().birthday).toEqual({ month: 2, day: 29 })
    expect(engine.setBirthday({ month: 2, day: 29, idempotencyKey: 'birthday' })).toEqual(member)
    expect(
      refusal(() => engine.setBirthday({ month: 3, day: 1, idempotencyKey: freshKey() })),
    ).toMatchObject({ status: 409, code: 'conflict' })
    expect(
      refusal(() => engine.setBirthday({ month: 3, day: 1, idempotencyKey: 'birthday' })),
    ).toMatchObject({ status: 422, code: 'idempotency_key_reused' })
    expect(progressOf(engine, RULE_IDS.birthday)?.status).toBe('done')
  })

  it('refuses a day the month never has', () => {
    const engine = engineFor('new-member')
    for (const [month, day] of [
      [4, 31],
      [2, 30],
      [13, 1],
      [0, 10],
    ] as const) {
      expect(
        refusal(() => engine.setBirthday({ month, day, idempotencyKey: freshKey() })),
      ).toMatchObject({ status: 400, code: 'bad_request' })
    }
    expect(engine.me().birthday).toBeNull()
  })

  it('gives the gift on the first of the birth month: points and a treat for the month', () => {
    let now = new Date(NOW)
    const engine = engineFor('new-member', () => now)
    engine.setBirthday({ month: 12, day: 24, idempotencyKey: freshKey() })
    now = new Date('2026-11-30T23:59:59Z')
    expect(engine.balance().available).toBe(0)
    expect(engine.listRedemptions({ limit: 10 }).items).toEqual([])

    now = new Date('2026-12-01T08:00:00Z')
    expect(engine.balance().available).toBe(BONUS_POINTS.birthday)
    const [gift] = engine.listActivity({ limit: 10 }).items
    expect(gift).toMatchObject({
      occurredAt: '2026-12-01T00:00:00Z',
      source: 'bonus',
      description: 'Happy birthday from Harbor & Pine',
      points: BONUS_POINTS.birthday,
    })
    const [treat] = engine.listRedemptions({ limit: 10 }).items
    expect(treat).toMatchObject({
      origin: 'birthday_gift',
      status: 'active',
      cost: 0,
      rewardName: 'Birthday treat',
      createdAt: '2026-12-01T00:00:00Z',
      voucher: { expiresAt: '2026-12-31T23:59:59Z' },
    })
    expect(engine.listRedemptions({ limit: 10 }, 'es').items[0]?.rewardName).toBe(
      'Detalle de cumpleaños',
    )

    now = new Date('2027-01-01T00:00:00Z')
    expect(engine.listRedemptions({ limit: 10 }).items[0]?.status).toBe('expired')
    // Once a year: the next gift a year later.
    now = new Date('2027-12-01T00:00:00Z')
    expect(
      engine.earningProgress().items.find((i) => i.ruleId === RULE_IDS.birthday)?.timesEarned,
    ).toBe(2)
  })

  it('a birthday set during its own month gets its first gift the next year', () => {
    let now = new Date(NOW)
    const engine = engineFor('new-member', () => now)
    engine.setBirthday({ month: 11, day: 25, idempotencyKey: freshKey() })
    now = new Date('2026-11-28T12:00:00Z')
    expect(engine.balance().available).toBe(0)
    now = new Date('2027-11-01T00:00:00Z')
    expect(engine.balance().available).toBe(BONUS_POINTS.birthday)
  })
})

describe('engine.listActivity', () => {
  it('lists the ledger newest first, each entry signed, and pages it without repeats', () => {
    const engine = engineFor()
    const all = wholeActivity(engine)
    expect(all.length).toBe(engine.ledgerEntries().length)
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length)
    const times = all.map((entry) => Date.parse(entry.occurredAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    for (const entry of all) {
      if (['redemption', 'donation', 'expiry'].includes(entry.source)) {
        expect(entry.points).toBeLessThan(0)
      } else expect(entry.points).toBeGreaterThan(0)
    }
    expect(new Set(all.map((entry) => entry.source))).toEqual(
      new Set([
        'purchase',
        'partner',
        'review',
        'referral',
        'bonus',
        'redemption',
        'donation',
        'expiry',
      ]),
    )
  })

  // The dashboard shows the balance; the activity lists the ledger. In every scenario a member
  // can open, the two agree to the point, and they still agree after the member earns more.
  it.each(scenarioNames)(
    '%s: adds up to the balance: pending to pending, everything else to available',
    (scenario) => {
      const engine = engineFor(scenario)
      const agree = () => {
        const all = wholeActivity(engine)
        const balance = engine.balance()
        const sum = (entries: typeof all) =>
          entries.reduce((total, entry) => total + entry.points, 0)
        expect(sum(all.filter((entry) => entry.status !== 'pending'))).toBe(balance.available)
        expect(sum(all.filter((entry) => entry.status === 'pending'))).toBe(
          balance.pending.reduce((total, batch) => total + batch.points, 0),
        )
        expect(sum(all.filter((entry) => entry.points > 0 && entry.status !== 'pending'))).toBe(
          balance.lifetimeEarned,
        )
      }
      agree()
      const open = engine
        .earningRules('en')
        .rules.find((rule) => rule.action && progressOf(engine, rule.id)?.status !== 'done')
      if (open?.action) {
        engine.completeAction({ actionId: open.action.id, idempotencyKey: freshKey() })
        agree()
      }
    },
  )

  it('marks pending entries with when they post, and lots that expired as expired', () => {
    const engine = engineFor()
    const all = wholeActivity(engine)
    const pending = all.filter((entry) => entry.status === 'pending')
    expect(pending.length).toBe(engine.balance().pending.length)
    for (const entry of pending) {
      expect(Date.parse(entry.availableOn ?? '')).toBeGreaterThan(Date.parse(NOW))
    }
    const expiries = all.filter((entry) => entry.source === 'expiry')
    expect(expiries.length).toBeGreaterThan(0)
    for (const entry of all.filter((candidate) => candidate.status === 'expired')) {
      expect(Date.parse(entry.expiresOn ?? '')).toBeLessThanOrEqual(Date.parse(NOW))
    }
    expect(all.filter((entry) => entry.status === 'expired')).toHaveLength(expiries.length)
  })

  it('filters by source and by a date range, inclusive', () => {
    const engine = engineFor()
    const all = wholeActivity(engine)
    const purchases = wholeActivity(engine, { source: 'purchase' })
    expect(purchases).toEqual(all.filter((entry) => entry.source === 'purchase'))
    const [, second, , fourth] = purchases
    if (!second || !fourth) throw new Error('she has purchases')
    const range = wholeActivity(engine, { from: fourth.occurredAt, to: second.occurredAt })
    expect(range).toEqual(
      all.filter(
        (entry) =>
          Date.parse(entry.occurredAt) >= Date.parse(fourth.occurredAt) &&
          Date.parse(entry.occurredAt) <= Date.parse(second.occurredAt),
      ),
    )
    expect(range.map((entry) => entry.id)).toContain(second.id)
    expect(range.map((entry) => entry.id)).toContain(fourth.id)
  })

  it('says which partner brand partner points were earned at', () => {
    const ledger = new Ledger()
    const at = new Date('2026-11-02T10:00:00Z')
    const partner = { id: 'ptn_tidewater_books', name: 'Tidewater Books' }
    ledger.earn({
      source: 'partner',
      partner,
      points: 40,
      occurredAt: at,
      description: localize((language) => words(language).history.partner(partner.name)),
    })
    const page = listActivity(ledger, { limit: 10 }, new Date(NOW), 'es')
    expect(ActivityPage.parse(page).items).toEqual([
      expect.objectContaining({
        source: 'partner',
        partner,
        points: 40,
        description: 'Compra en Tidewater Books',
        status: 'posted',
      }),
    ])
  })

  it('reads in the language asked for', () => {
    const engine = engineFor()
    const spanish = engine.listActivity({ limit: 100 }, 'es').items
    const english = engine.listActivity({ limit: 100 }, 'en').items
    const redeemed = english.findIndex((entry) => entry.source === 'redemption')
    expect(english[redeemed]?.description).toMatch(/^Redeemed: /)
    expect(spanish[redeemed]?.description).toMatch(/^Canjeado: /)
    expect(engine.listActivity({ limit: 100 }, 'ar').items[redeemed]?.description).toMatch(
      /^استبدال: /,
    )
  })
})
