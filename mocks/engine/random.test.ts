import { describe, expect, it } from 'vitest'
import { createRandom } from './random'

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 5 }, () => random.next())
    }
    expect(draw(7)).toEqual(draw(7))
    expect(draw(7)).not.toEqual(draw(8))
  })

  it('keeps int within its bounds, both inclusive, and reaches both', () => {
    const random = createRandom(1)
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)))
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
  })

  it('forks streams that do not depend on how much the parent has drawn', () => {
    const a = createRandom(5)
    const b = createRandom(5)
    b.next()
    b.next()
    expect(a.fork('catalog').next()).toBe(b.fork('catalog').next())
    expect(a.fork('catalog').next()).not.toBe(a.fork('members').next())
  })

  it('picks from the list and honours chance at the extremes', () => {
    const random = createRandom(2)
    expect(['a', 'b']).toContain(random.pick(['a', 'b']))
    expect(random.chance(0)).toBe(false)
    expect(random.chance(1)).toBe(true)
  })
})
