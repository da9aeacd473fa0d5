import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n/i18n'
import { aBalance, aMember, aProgram, aReward, aTierProgress, NOW } from '../../../test/fixtures'
import { MAX_NUDGES, rankNudges, type Nudge, type NudgeInput } from './nudges'

/** What the member reads, in the active language. */
const words = (nudge: Nudge | undefined) =>
  nudge && {
    message: i18n._(nudge.message),
    detail: i18n._(nudge.detail),
    link: i18n._(nudge.link.label),
  }

const usd = (amount: number) => ({ amount, currency: 'USD' })

function input(overrides: Partial<NudgeInput> = {}): NudgeInput {
  return {
    program: aProgram(),
    member: aMember(),
    balance: aBalance({ available: 240 }),
    // Far from the period end: no tier nudge unless a test asks for one.
    tier: aTierProgress({ asOf: '2026-06-01T12:00:00Z' }),
    nextRewards: [],
    rewardPath: (id) => `/rewards/${id}`,
    tierAnchor: '#tier',
    rewardsAnchor: '#rewards',
    ...overrides,
  }
}

describe('near-reward nudge', () => {
  it('reads exactly “You’re just 10 points away from Free Coffee” and links to it', () => {
    const nudges = rankNudges(
      input({ nextRewards: [aReward({ id: 'coffee', name: 'Free Coffee', cost: 250 })] }),
    )
    expect(nudges).toHaveLength(1)
    expect(words(nudges[0])?.message).toBe('You’re just 10 points away from Free Coffee')
    expect(nudges[0]?.link.to).toBe('/rewards/coffee')
  })

  it('says “1 point” in the singular', () => {
    const nudges = rankNudges(input({ nextRewards: [aReward({ cost: 241 })] }))
    expect(words(nudges[0])?.message).toBe('You’re just 1 point away from Free Coffee')
  })

  it('uses the program’s own word for points', () => {
    const nudges = rankNudges(
      input({
        program: aProgram({ points: { one: 'star', other: 'stars' } }),
        nextRewards: [aReward({ cost: 250 })],
      }),
    )
    expect(words(nudges[0])?.message).toBe('You’re just 10 stars away from Free Coffee')
  })

  it('stays quiet when the nearest reward is beyond the program’s threshold', () => {
    expect(rankNudges(input({ nextRewards: [aReward({ cost: 291 })] }))).toEqual([])
    expect(rankNudges(input({ nextRewards: [aReward({ cost: 290 })] }))).toHaveLength(1)
  })

  it('picks the nearest reward the member can actually get', () => {
    const nudges = rankNudges(
      input({
        nextRewards: [
          aReward({ id: 'gold-only', name: 'Chef’s table', cost: 245, tierRequired: 'gold' }),
          aReward({ id: 'gone', name: 'Tote bag', cost: 246, stock: 0 }),
          aReward({
            id: 'had-it',
            name: 'Welcome gift',
            cost: 246,
            limitPerMember: 1,
            redeemedByMe: 1,
          }),
          aReward({
            id: 'ended',
            name: 'Summer mug',
            cost: 247,
            validUntil: '2026-11-01T00:00:00Z',
          }),
          aReward({ id: 'later', name: 'Free Pastry', cost: 280 }),
          aReward({ id: 'near', name: 'Free Coffee', cost: 260 }),
        ],
      }),
    )
    expect(words(nudges[0])?.message).toBe('You’re just 20 points away from Free Coffee')
  })

  it('does not nudge toward a reward already affordable', () => {
    expect(rankNudges(input({ nextRewards: [aReward({ cost: 240 })] }))).toEqual([])
  })
})

describe('expiring-points nudge', () => {
  it('names the soonest batch and its date, and mentions later ones', () => {
    const nudges = rankNudges(
      input({
        balance: aBalance({
          expiring: [
            { points: 80, expiresOn: '2026-11-27T00:00:00Z' },
            { points: 40, expiresOn: '2026-11-24T00:00:00Z' },
          ],
        }),
      }),
    )
    expect(nudges[0]?.kind).toBe('expiring')
    expect(words(nudges[0])?.message).toBe('40 points expire on Nov 24')
    expect(words(nudges[0])?.detail).toContain('Another 80 points expire soon after')
  })

  it('ignores batches too far away', () => {
    const nudges = rankNudges(
      input({
        balance: aBalance({ expiring: [{ points: 80, expiresOn: '2027-03-01T00:00:00Z' }] }),
      }),
    )
    expect(nudges).toEqual([])
  })
})

describe('tier nudge', () => {
  it('says how much to spend, by when, to reach the next tier', () => {
    const nudges = rankNudges(
      input({
        tier: aTierProgress({ qualifyingAmount: usd(96_000), amountToNext: usd(4_000), asOf: NOW }),
      }),
    )
    expect(words(nudges[0])?.message).toBe('Spend $40 more by Dec 31 to reach Gold')
    expect(nudges[0]?.link.to).toBe('#tier')
  })

  it('is absent at the top tier and long before the period ends', () => {
    expect(
      rankNudges(
        input({
          tier: aTierProgress({
            currentTierId: 'gold',
            nextTierId: null,
            amountToNext: null,
            asOf: NOW,
          }),
        }),
      ),
    ).toEqual([])
    expect(rankNudges(input({ tier: aTierProgress({ asOf: '2026-03-01T00:00:00Z' }) }))).toEqual([])
  })
})

describe('birthday nudge', () => {
  it('in the birth month: the gift is here, in the wallet until the month ends', () => {
    const [nudge] = rankNudges(input({ member: aMember({ birthday: { month: 11, day: 24 } }) }))
    expect(words(nudge)).toEqual({
      message: 'Happy birthday month! Your gift is here',
      detail: 'Your birthday gift is in your balance and your wallet until Nov 30.',
      link: 'See your gift',
    })
    expect(nudge?.link.to).toBe('/wallet')
    // Another year's gift is another nudge: a dismissal lasts the month.
    expect(nudge?.id).toBe('birthday:2026')
  })

  it('in any other month: nothing about the birthday', () => {
    for (const month of [10, 12]) {
      const nudges = rankNudges(input({ member: aMember({ birthday: { month, day: 1 } }) }))
      expect(nudges).toEqual([])
    }
  })

  it('with no birthday on file: asks for it, last of all, and leads to where it is asked', () => {
    const nudges = rankNudges(
      input({
        member: aMember({ birthday: null }),
        nextRewards: [aReward({ id: 'coffee', name: 'Free Coffee', cost: 250 })],
      }),
    )
    expect(nudges.map((nudge) => nudge.kind)).toEqual(['near-reward', 'birthday'])
    expect(words(nudges[1])?.link).toBe('Add your birthday')
    expect(nudges[1]?.link.to).toBe('/earn#birthday')
  })
})

describe('ranking', () => {
  const everything = () =>
    input({
      nextRewards: [aReward({ cost: 250 })],
      balance: aBalance({
        expiring: [{ points: 30, expiresOn: '2026-11-24T00:00:00Z' }],
      }),
      tier: aTierProgress({ qualifyingAmount: usd(96_000), amountToNext: usd(4_000), asOf: NOW }),
    })

  it('puts points about to expire first, then the near reward, then the tier', () => {
    expect(rankNudges(everything()).map((n) => n.kind)).toEqual(['expiring', 'near-reward', 'tier'])
  })

  it('shows at most three', () => {
    expect(rankNudges(everything()).length).toBeLessThanOrEqual(MAX_NUDGES)
  })

  it('leaves out dismissed nudges', () => {
    const all = rankNudges(everything())
    const dismissed = new Set([all[0]?.id ?? ''])
    expect(rankNudges(everything(), dismissed).map((n) => n.kind)).toEqual(['near-reward', 'tier'])
  })
})
