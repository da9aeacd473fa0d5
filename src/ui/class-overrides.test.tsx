import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Progress } from './progress'
import { Skeleton } from './skeleton'

// The callers' own classes, as the app passes them: each must replace what the primitive sets,
// whichever of the two Tailwind happens to emit later in the stylesheet.

const classesOf = (element: Element) => element.className.split(/\s+/)

/** The first child of `parent`: skeletons and the progress bar's fill have no role or text. */
function firstChild(parent: Element): Element {
  // eslint-disable-next-line testing-library/no-node-access -- nothing else names these nodes
  const child = parent.firstElementChild
  if (!child) throw new Error('nothing rendered')
  return child
}

describe('a caller’s class wins over the primitive’s', () => {
  it.each([
    ['the header balance pill', 'h-8 w-28 rounded-full', 'rounded-full'],
    ['the reward picture and recommendation cards', 'h-80 rounded-card', 'rounded-card'],
    ['a picture inside a card', 'aspect-[8/5] rounded-none', 'rounded-none'],
  ])('Skeleton: %s', (_, className, rounding) => {
    const { container } = render(<Skeleton className={className} />)
    expect(classesOf(firstChild(container)).filter((name) => name.startsWith('rounded'))).toEqual([
      rounding,
    ])
  })

  it.each([
    ['a reward card', 'mt-1.5 h-1.5', 'h-1.5'],
    ['the rewards teaser', 'mt-1 h-2', 'h-2'],
  ])('Progress: the bar height of %s', (_, className, height) => {
    render(<Progress className={className} value={1} max={2} label="Progress" valueText="1 of 2" />)
    const heights = classesOf(screen.getByRole('progressbar')).filter((name) => /^h-/.test(name))
    expect(heights).toEqual([height])
  })

  it('Progress: the tier card’s bar colour', () => {
    render(
      <Progress barClassName="bg-tier-2" value={1} max={2} label="Progress" valueText="1 of 2" />,
    )
    const bar = firstChild(screen.getByRole('progressbar'))
    expect(classesOf(bar).filter((name) => name.startsWith('bg-'))).toEqual(['bg-tier-2'])
  })
})
