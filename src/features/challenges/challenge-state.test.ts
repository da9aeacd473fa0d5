import { describe, expect, it } from 'vitest'
import type { Challenge } from '@/api/schemas/challenge'
import { challengeState } from './challenge-state'

// "Make 3 purchases by 30 Nov": what is done before 1 Dec 00:00 UTC counts.
const trio: Challenge = {
  id: 'chl_trio',
  title: 'Autumn trio',
  goal: { kind: 'purchases', target: 3 },
  progress: 2,
  rewardPoints: 200,
  startsAt: '2026-11-01T00:00:00Z',
  endsAt: '2026-12-01T00:00:00Z',
  status: 'active',
  unlock: null,
  completedAt: null,
}

describe('challengeState', () => {
  it('says how many are left and how many days, the last day counting as none', () => {
    expect(challengeState(trio, '2026-11-21T15:00:00Z')).toEqual({
      kind: 'active',
      done: 2,
      target: 3,
      remaining: 1,
      lastDay: '2026-11-30T23:59:59.000Z',
      daysLeft: 9,
    })
    expect(challengeState(trio, '2026-11-30T00:00:00Z')).toMatchObject({ daysLeft: 0 })
  })

  it('is open until the last second before the deadline, and ended from the deadline on', () => {
    expect(challengeState(trio, '2026-11-30T23:59:59Z')).toMatchObject({
      kind: 'active',
      daysLeft: 0,
    })
    expect(challengeState(trio, '2026-12-01T00:00:00Z')).toEqual({
      kind: 'expired',
      done: 2,
      target: 3,
      lastDay: '2026-11-30T23:59:59.000Z',
    })
  })

  it('says how many purchases unlock a locked one', () => {
    const locked: Challenge = {
      ...trio,
      status: 'locked',
      progress: 0,
      unlock: { purchases: 3, purchasesMade: 1 },
    }
    expect(challengeState(locked, '2026-11-21T15:00:00Z')).toMatchObject({
      kind: 'locked',
      purchasesMade: 1,
      purchasesNeeded: 3,
      remaining: 2,
      daysLeft: 9,
    })
  })

  it('keeps a completed one completed, whatever the time', () => {
    const completed: Challenge = {
      ...trio,
      status: 'completed',
      progress: 3,
      completedAt: '2026-11-20T10:00:00Z',
    }
    expect(challengeState(completed, '2027-01-05T00:00:00Z')).toEqual({
      kind: 'completed',
      completedAt: '2026-11-20T10:00:00Z',
    })
  })

  it('never shows more done than the target', () => {
    expect(challengeState({ ...trio, progress: 5 }, '2026-11-21T00:00:00Z')).toMatchObject({
      done: 3,
      remaining: 0,
    })
  })
})
