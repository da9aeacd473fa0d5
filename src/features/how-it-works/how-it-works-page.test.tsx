import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Program } from '@/api/schemas/program'
import { createProgram } from '../../../mocks/engine/program-rules'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

/** The API's program with some of its rules changed. */
function serveProgram(change: (program: Program) => Program) {
  server.use(
    http.get(`${TEST_API_BASE_URL}/program`, () => HttpResponse.json(change(createProgram()))),
  )
}

const section = (name: string) => screen.getByRole('region', { name })

describe('how the program works', () => {
  it('says every rule with the program’s own numbers', async () => {
    renderApp('/how-it-works')
    await screen.findByRole('region', { name: 'Joining' })
    expect(section('Joining')).toHaveTextContent(
      'You get 100 points as a welcome bonus, ready to spend straight away.',
    )
    expect(section('Earning')).toHaveTextContent('You earn 1 point for every $1 you spend.')
    expect(
      within(section('Earning'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Bronze: 1 point per $1', 'Silver: 1.25 points per $1', 'Gold: 1.5 points per $1'])
    expect(section('Tiers')).toHaveTextContent('There are 3 tiers')
    expect(section('Tiers')).toHaveTextContent('Silver: when you spend $350 in a year')
    expect(section('Expiry')).toHaveTextContent('expire 12 months after you earn them')
    expect(section('Pending points')).toHaveTextContent('stay pending for 14 days')
  })

  it('follows the program when its rules change: no number is written in a message', async () => {
    serveProgram((program) => ({
      ...program,
      points: { one: 'star', other: 'stars' },
      earnRate: { points: 2, per: { amount: 500, currency: 'USD' } },
      welcomeBonus: 0,
      purchasePendingDays: 30,
      pointsExpiry: null,
      qualification: {
        ...program.qualification,
        gracePeriodDays: 0,
        moveDown: 'to_qualified_tier',
      },
    }))
    const user = userEvent.setup()
    renderApp('/how-it-works')
    await screen.findByRole('region', { name: 'Joining' })
    expect(section('Joining')).not.toHaveTextContent('welcome bonus')
    expect(section('Earning')).toHaveTextContent('You earn 2 stars for every $5 you spend.')
    expect(section('Expiry')).toHaveTextContent('Your stars never expire.')
    expect(section('Pending stars')).toHaveTextContent('stay pending for 30 days')

    const questions = section('Questions')
    await user.click(within(questions).getByText('What happens to my tier in January?'))
    expect(questions).toHaveTextContent('If it didn’t, you move to the tier your spend reached.')
  })

  it('answers the questions members ask, each opening by keyboard', async () => {
    const user = userEvent.setup()
    renderApp('/how-it-works')
    const questions = await screen.findByRole('region', { name: 'Questions' })
    const asked = within(questions)
      .getAllByRole('group')
      .map((question) => question.firstChild?.textContent)
    expect(asked).toEqual([
      'Why are my points pending?',
      'Can I undo a redemption?',
      'When do my points expire?',
      'What happens to my tier in January?',
    ])
    const january = within(questions).getByText('What happens to my tier in January?')
    january.focus()
    await user.keyboard('{Enter}')
    expect(questions).toHaveTextContent(
      'If it didn’t, you keep your tier until January 31: what you spend by then counts towards the new year and can keep it. After that you move down one tier',
    )
  })

  it('a failure says so and offers to try again', async () => {
    setMockFaults({ fail: { program: '500' } })
    const user = userEvent.setup()
    renderApp('/how-it-works')
    // Every section reads the program: the page says it once.
    await screen.findByRole('heading', { level: 1, name: 'This page couldn’t be shown' })
    const [failed, ...more] = screen.getAllByRole('alert')
    expect(more).toHaveLength(0)
    const retry = within(failed as HTMLElement).getByRole('button', { name: 'Try again' })
    setMockFaults({})
    await user.click(retry)
    expect(await screen.findByRole('region', { name: 'Joining' })).toBeInTheDocument()
  })
})
