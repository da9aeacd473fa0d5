import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { configureClient } from '@/api/client'
import { activateLocale } from '@/lib/i18n/activate'
import { server, setMockFaults, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

afterEach(async () => {
  configureClient({ headers: {} })
  await activateLocale('en')
})

const section = (name: string) => screen.findByRole('region', { name })
const card = async (where: string, title: string) =>
  within(await section(where)).findByRole('article', { name: title })

describe('challenges and punch cards', () => {
  it('one purchase left: what to do by when, progress in words and as a bar, days left', async () => {
    renderApp('/challenges', { scenario: 'challenge-almost-done' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Challenges and punch cards' }),
    ).toBeVisible()
    const trio = await card('Current challenges', 'Autumn trio')
    expect(trio).toHaveTextContent('Make 3 purchases by Nov 29 and get 200 points.')
    expect(trio).toHaveTextContent('2 of 3 done: 1 more purchase to go')
    expect(trio).toHaveTextContent('9 days left')
    const bar = within(trio).getByRole('progressbar', { name: 'Autumn trio' })
    expect(bar).toHaveAttribute('aria-valuenow', '2')
    expect(bar).toHaveAttribute('aria-valuemax', '3')
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 done')
  })

  it('a challenge on its last day says so', async () => {
    renderApp('/challenges', { scenario: 'challenge-almost-done' })
    const lastCall = await card('Current challenges', 'Last call')
    expect(lastCall).toHaveTextContent('1 of 2 done: 1 more purchase to go')
    expect(lastCall).toHaveTextContent('Last day today')
  })

  it('a locked challenge says what unlocks it', async () => {
    renderApp('/challenges', { scenario: 'challenge-almost-done' })
    const locked = await card('Current challenges', 'Review round-up')
    expect(locked).toHaveTextContent('Write 2 reviews by Dec 20 and get 100 points.')
    expect(locked).toHaveTextContent('Locked: make 2 more purchases to unlock it.')
    expect(within(locked).getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 purchases',
    )
  })

  it('keeps completed and expired challenges in a history', async () => {
    renderApp('/challenges', { scenario: 'challenge-almost-done' })
    const completed = await card('Past challenges', 'Spring double')
    expect(completed).toHaveTextContent(/Completed on May \d+: 100 points added to your balance\./)
    const expired = await card('Past challenges', 'Summer streak')
    expect(expired).toHaveTextContent('Ended on Jul 13 with 1 of 2 done.')
    // What is over is not put to the member as something to do.
    expect(expired).not.toHaveTextContent('Write 2 reviews by')
    expect(within(expired).queryByRole('progressbar')).toBeNull()
  })

  it('shows punch card stamps as a count in words, and what filling the card gives', async () => {
    renderApp('/challenges', { scenario: 'default' })
    const coffee = await card('Punch cards', 'Café coffee card')
    expect(coffee).toHaveTextContent('Buy 9 coffees at our cafés and the 10th is on us.')
    expect(coffee).toHaveTextContent('6 of 9 stamps: 3 more to fill this card')
    expect(coffee).toHaveTextContent('Filling it gives: Your 10th coffee free, any size')
    expect(coffee).toHaveTextContent('1 card filled so far.')
    const beans = await card('Punch cards', 'Coffee beans card')
    expect(beans).toHaveTextContent('2 of 5 stamps: 3 more to fill this card')
    expect(beans).toHaveTextContent('Filling it gives: 150 bonus points')
  })

  it('a new member sees empty states that say what will appear, and blank punch cards', async () => {
    renderApp('/challenges', { scenario: 'new-member' })
    expect(
      await screen.findByText(
        'No challenges right now. New ones appear here as soon as they start.',
      ),
    ).toBeInTheDocument()
    expect(
      await screen.findByText('Challenges you complete, and ones that end, are kept here.'),
    ).toBeInTheDocument()
    const coffee = await card('Punch cards', 'Café coffee card')
    expect(coffee).toHaveTextContent('0 of 9 stamps: 9 more to fill this card')
    expect(coffee).toHaveTextContent('No cards filled yet.')
  })

  it('a failed answer says so with a retry; punch cards keep working', async () => {
    setMockFaults({ fail: { challenges: '500' } })
    const { user } = renderApp('/challenges', { scenario: 'challenge-almost-done' })
    const current = await section('Current challenges')
    expect(await within(current).findByRole('alert')).toHaveTextContent(
      'The rewards service is having trouble',
    )
    expect(await card('Punch cards', 'Café coffee card')).toBeInTheDocument()

    setMockFaults({})
    await user.click(within(current).getByRole('button', { name: 'Try again' }))
    expect(await card('Current challenges', 'Autumn trio')).toBeInTheDocument()
  })

  it('an answer outside the contract is named, not a crash', async () => {
    server.use(
      http.get(api('/me/punch-cards'), () =>
        HttpResponse.json({ items: [{ id: 'x', stamps: 'many' }], nextCursor: null }),
      ),
    )
    renderApp('/challenges')
    const alert = await within(await section('Punch cards')).findByRole('alert')
    expect(alert).toHaveTextContent('GET /me/punch-cards')
    expect(await card('Current challenges', 'Winter warmers')).toBeInTheDocument()
  })

  it('reads in Arabic: the program’s words from the API and the portal’s own', async () => {
    await act(() => activateLocale('ar'))
    configureClient({ headers: { 'Accept-Language': 'ar' } })
    renderApp('/challenges', { scenario: 'challenge-almost-done' })
    const trio = await card('التحديات الحالية', 'ثلاثية الخريف')
    expect(trio).toHaveTextContent('اشترِ 3 مرات حتى 29 نوفمبر')
    expect(trio).toHaveTextContent('أنجزت 2 من 3: يتبقى شراء واحد')
    expect(trio).toHaveTextContent('تتبقى 9 أيام')
  })
})
