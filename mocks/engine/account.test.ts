import { describe, expect, it } from 'vitest'
import { surveyPeriodOf } from './account'
import type { Clock } from './clock'
import { atOnce } from './idempotency'
import { createEngine } from './engine'
import { EngineError } from './engine-error'
import { createJournaledEngine, memoryJournal } from './journal'

const START = Date.parse('2026-11-20T15:00:00Z')
const DAY = 86_400_000

function manualClock(start = START) {
  let now = start
  const clock: Clock = () => new Date(now)
  return { clock, advance: (ms: number) => void (now += ms) }
}

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof EngineError) return { code: error.code, status: error.status }
    throw error
  }
  throw new Error('not refused')
}

describe('the net promoter question', () => {
  it('is asked once per calendar quarter (UTC)', () => {
    expect(surveyPeriodOf(new Date('2026-11-20T15:00:00Z'))).toEqual({
      id: 'nps-2026-q4',
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    })
    expect(surveyPeriodOf(new Date('2027-01-01T00:00:00Z')).id).toBe('nps-2027-q1')
  })

  it('is due for survey-due, put away for the others, not asked of new members', () => {
    const { clock } = manualClock()
    expect(createEngine({ scenario: 'survey-due', clock }).survey()).toMatchObject({
      surveyId: 'nps-2026-q4',
      state: 'due',
      points: 25,
      reasonMaxLength: 500,
      answer: null,
    })
    expect(createEngine({ scenario: 'default', clock }).survey().state).toBe('dismissed')
    expect(createEngine({ scenario: 'new-member', clock }).survey().state).toBe('not_eligible')
  })

  it('credits an answer once, as a bonus, and refuses a second answer in the period', () => {
    const { clock, advance } = manualClock()
    const engine = createEngine({ scenario: 'survey-due', clock })
    const before = engine.balance().available
    const { result } = atOnce(
      engine.beginSurveyAnswer({ surveyId: 'nps-2026-q4', score: 9, idempotencyKey: 'k1' }),
    )
    expect(result.answer).toMatchObject({ score: 9, pointsAwarded: 25 })
    expect(result.balance.available).toBe(before + 25)
    expect(engine.ledgerEntries().at(-1)).toMatchObject({
      kind: 'earned',
      source: 'bonus',
      rule: 'rule_survey',
      points: 25,
    })
    // The same key replays and credits nothing more.
    const again = atOnce(
      engine.beginSurveyAnswer({ surveyId: 'nps-2026-q4', score: 9, idempotencyKey: 'k1' }),
    )
    expect(again.replayed).toBe(true)
    expect(engine.balance().available).toBe(before + 25)
    // Another answer in the period, with a new key, is refused.
    expect(
      refusal(() =>
        atOnce(
          engine.beginSurveyAnswer({ surveyId: 'nps-2026-q4', score: 3, idempotencyKey: 'k2' }),
        ),
      ),
    ).toEqual({ code: 'already_completed', status: 409 })
    expect(engine.survey().state).toBe('answered')
    // Next quarter asks again.
    advance(45 * DAY)
    expect(engine.survey()).toMatchObject({ surveyId: 'nps-2027-q1', state: 'due' })
  })

  it('remembers a dismissal for its period, and refuses another period’s question', () => {
    const { clock } = manualClock()
    const engine = createEngine({ scenario: 'survey-due', clock })
    expect(engine.dismissSurvey('nps-2026-q4').state).toBe('dismissed')
    expect(engine.survey().state).toBe('dismissed')
    expect(refusal(() => engine.dismissSurvey('nps-2026-q3'))).toEqual({
      code: 'conflict',
      status: 409,
    })
  })
})

describe('communication preferences', () => {
  it('credits each channel’s first opt-in once ever', () => {
    const { clock } = manualClock()
    const engine = createEngine({ scenario: 'survey-due', clock })
    expect(engine.preferences().channels).toEqual([
      { channel: 'email', optedIn: false, optInPoints: 50, pointsEarnedAt: null },
      { channel: 'sms', optedIn: false, optInPoints: 30, pointsEarnedAt: null },
      { channel: 'push', optedIn: false, optInPoints: 30, pointsEarnedAt: null },
    ])
    const before = engine.balance().available
    const set = (optedIn: boolean, key: string) =>
      atOnce(engine.beginPreference({ channel: 'sms', optedIn, idempotencyKey: key })).result
    expect(set(true, 'a').pointsCredited).toBe(30)
    expect(set(false, 'b').pointsCredited).toBe(0)
    expect(set(true, 'c').pointsCredited).toBe(0)
    expect(engine.balance().available).toBe(before + 30)
    expect(engine.preferences().channels[1]).toMatchObject({ optedIn: true, optInPoints: 0 })
  })

  it('counts the newsletter as the e-mail opt-in: it earns once between them', () => {
    const { clock } = manualClock()
    const engine = createEngine({ scenario: 'default', clock })
    // Maya subscribed to the newsletter: e-mail is on, its points earned.
    expect(engine.preferences().channels[0]).toMatchObject({
      channel: 'email',
      optedIn: true,
      optInPoints: 0,
    })
  })
})

describe('the journal', () => {
  it('keeps answers, dismissals and opt-ins across a reload', () => {
    const { clock, advance } = manualClock()
    const store = memoryJournal()
    const first = createJournaledEngine({ scenario: 'survey-due', store, clock })
    atOnce(
      first.beginSurveyAnswer({
        surveyId: 'nps-2026-q4',
        score: 7,
        reason: 'Quick service',
        idempotencyKey: 'k',
      }),
    )
    atOnce(first.beginPreference({ channel: 'push', optedIn: true, idempotencyKey: 'p' }))
    // Within the day the API keeps a key.
    advance(DAY / 2)
    const reloaded = createJournaledEngine({ scenario: 'survey-due', store, clock })
    expect(reloaded.survey()).toMatchObject({ state: 'answered', answer: { score: 7 } })
    expect(reloaded.preferences().channels[2]?.optedIn).toBe(true)
    expect(reloaded.balance().available).toBe(first.balance().available)
    // A retry of the answer after the reload replays it.
    const retry = atOnce(
      reloaded.beginSurveyAnswer({
        surveyId: 'nps-2026-q4',
        score: 7,
        reason: 'Quick service',
        idempotencyKey: 'k',
      }),
    )
    expect(retry.replayed).toBe(true)
  })
})
