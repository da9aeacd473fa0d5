import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { clearMemberStorage } from '@/lib/member-storage'
import { hasUnsettledAttempt, isAttemptKey } from './attempt-keys'
import { createAttemptStore } from './command-attempts'
import { pickAttempt, unsettledAttempts } from './redemption-attempts'

/** A second kind of command beside redemptions, as a later feature would declare one. */
const surveyAnswers = createAttemptStore({
  name: 'survey-answer',
  data: z.object({ surveyId: z.string(), score: z.number() }),
  slot: (data) => data.surveyId,
})

const COFFEE = { id: 'rwd_free_coffee', name: 'Free Coffee', cost: 150 }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('attempt stores of several commands', () => {
  it('keep their attempts apart, by command, member and slot', () => {
    const redemption = pickAttempt('m1', COFFEE, Date.now())
    const answer = surveyAnswers.pick('m1', { surveyId: 'nps', score: 9 }, Date.now())

    expect(answer).toMatchObject({ surveyId: 'nps', score: 9 })
    expect(answer.key).not.toBe(redemption.key)
    expect(surveyAnswers.unsettled('m1')).toEqual([answer])
    expect(unsettledAttempts('m1')).toEqual([redemption])
    // A second confirm of the same intent reuses the key; another slot is another intent.
    expect(surveyAnswers.pick('m1', { surveyId: 'nps', score: 9 }, Date.now()).key).toBe(answer.key)
    expect(surveyAnswers.pick('m1', { surveyId: 'csat', score: 4 }, Date.now()).key).not.toBe(
      answer.key,
    )

    surveyAnswers.settle('m1', answer)
    expect(surveyAnswers.find('m1', 'nps')).toBeNull()
    expect(unsettledAttempts('m1')).toEqual([redemption])
  })

  it('never mistakes an attempt passed in as data for the data: a new attempt gets a new key', () => {
    const first = surveyAnswers.pick('m1', { surveyId: 'nps', score: 9 }, Date.now())
    surveyAnswers.settle('m1', first)
    vi.setSystemTime(Date.now() + 1000)
    const next = surveyAnswers.pick('m1', first, Date.now())
    expect(next.key).not.toBe(first.key)
    expect(
      Object.keys(JSON.parse(localStorage.getItem(`rewards:survey-answer-attempt:m1:nps`) ?? '{}')),
    ).toEqual(['key', 'surveyId', 'score', 'startedAt'])
  })

  it('ignore what they did not write', () => {
    localStorage.setItem('rewards:survey-answer-attempt:m1:nps', '{"key":"k","startedAt":"x"}')
    localStorage.setItem('rewards:survey-answer-attempt:m1:csat', 'not json')
    expect(surveyAnswers.unsettled('m1')).toEqual([])
  })

  it('are all kept through a sign-out, and found by a quick look for any command', () => {
    pickAttempt('m1', COFFEE, Date.now())
    surveyAnswers.pick('m1', { surveyId: 'nps', score: 9 }, Date.now())
    localStorage.setItem('rewards:dismissed-nudges', '["n1"]')

    clearMemberStorage(isAttemptKey)

    expect(Object.keys(localStorage).sort()).toEqual([
      expect.stringMatching(/^rewards:redemption-attempt:m1:/),
      'rewards:survey-answer-attempt:m1:nps',
    ])
    expect(hasUnsettledAttempt('m1')).toBe(true)
    expect(hasUnsettledAttempt('m1', 'survey-answer')).toBe(true)
    expect(hasUnsettledAttempt('m2')).toBe(false)
    surveyAnswers.settle('m1', surveyAnswers.unsettled('m1')[0] ?? fail())
    expect(hasUnsettledAttempt('m1', 'survey-answer')).toBe(false)
    expect(hasUnsettledAttempt('m1', 'redemption')).toBe(true)
  })
})

function fail(): never {
  throw new Error('expected an unsettled attempt')
}
