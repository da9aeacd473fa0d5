import { describe, expect, it } from 'vitest'
import { Reward, RewardCategory } from '@/api/schemas/reward'
import { createCatalog } from './catalog'
import { LANGUAGES } from './language'
import { TIER_IDS } from './program-rules'
import { createRandom } from './random'
import { rewardIn } from './reward-text'

const now = new Date('2026-11-20T15:00:00Z')
const catalog = createCatalog({ random: createRandom(1), now })

describe('createCatalog', () => {
  it('has about forty valid rewards with unique ids, in every category', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(38)
    for (const reward of catalog) {
      for (const language of LANGUAGES) {
        const forMember = rewardIn(reward, language, 0)
        expect(Reward.parse(forMember)).toEqual(forMember)
      }
    }
    expect(new Set(catalog.map((reward) => reward.id)).size).toBe(catalog.length)
    expect(new Set(catalog.map((reward) => reward.category))).toEqual(
      new Set(RewardCategory.options),
    )
  })

  it('spans costs from tens to thousands of points', () => {
    const costs = catalog.map((reward) => reward.cost)
    expect(Math.min(...costs)).toBeLessThan(100)
    expect(Math.max(...costs)).toBeGreaterThanOrEqual(5000)
  })

  it('gives donations a cause and a value, and locks some rewards to Silver and Gold', () => {
    for (const reward of catalog.filter((candidate) => candidate.category === 'donation')) {
      for (const language of LANGUAGES) expect(rewardIn(reward, language, 0).cause).not.toBeNull()
      expect(reward.value?.amount).toBe(reward.cost)
    }
    const tiers = new Set(catalog.map((reward) => reward.tierRequired))
    expect(tiers).toEqual(new Set([null, TIER_IDS.silver, TIER_IDS.gold]))
  })

  it('has limited, sold-out and time-limited rewards, all still valid and created in the past year', () => {
    expect(catalog.some((reward) => reward.stock === 0)).toBe(true)
    expect(catalog.some((reward) => reward.stock !== null && reward.stock > 0)).toBe(true)
    const aYearAgo = now.getTime() - 366 * 86_400_000
    for (const reward of catalog) {
      if (reward.validUntil) expect(Date.parse(reward.validUntil)).toBeGreaterThan(now.getTime())
      expect(Date.parse(reward.createdAt)).toBeGreaterThan(aYearAgo)
      expect(Date.parse(reward.createdAt)).toBeLessThan(now.getTime())
    }
  })

  it('limits some experiences and limited editions to one or two per member', () => {
    const limited = catalog.filter((reward) => reward.limitPerMember !== null)
    expect(limited.length).toBeGreaterThanOrEqual(5)
    expect(new Set(limited.map((reward) => reward.limitPerMember))).toEqual(new Set([1, 2]))
    expect(limited.some((reward) => reward.category === 'experience')).toBe(true)
    expect(limited.some((reward) => reward.category === 'gift')).toBe(true)
    expect(catalog.some((reward) => reward.limitPerMember === null)).toBe(true)
  })

  it.each(LANGUAGES)('gives every image real alt text (%s)', (language) => {
    const images = catalog.flatMap((reward) => rewardIn(reward, language, 0).image ?? [])
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) expect(image.alt.length).toBeGreaterThan(10)
  })
})
