import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, TEST_API_BASE_URL } from '../../../../mocks/node'
import { renderApp } from '../../../../test/render-app'

const QUESTION = 'How likely are you to recommend us to a friend?'

const card = () => screen.getByRole('region', { name: 'A quick question' })

describe('the net promoter question', () => {
  it('is not asked when this period’s question was put away', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^Hi,/ })
    await screen.findByRole('region', { name: 'Your balance' })
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
  })

  it('asks with a radio group 0 to 10, moved through with arrow keys, and thanks with the points once', async () => {
    const { user, engine } = renderApp('/', { scenario: 'survey-due' })
    const group = await screen
      .findByRole('radiogroup', { name: QUESTION })
      .catch(() => screen.findByRole('group', { name: QUESTION }))
    const radios = within(group).getAllByRole('radio')
    expect(radios).toHaveLength(11)
    expect(radios[0]).toHaveAccessibleName('0, not at all likely')
    expect(radios[10]).toHaveAccessibleName('10, extremely likely')
    expect(card()).toHaveTextContent('Answer and we’ll add 25 points to your balance')

    await user.click(radios[7] as HTMLElement)
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(within(group).getByRole('radio', { name: '9' })).toBeChecked()

    const reason = screen.getByRole('textbox', { name: /What is the main reason for your score\?/ })
    expect(reason).toHaveAccessibleDescription('500 of 500 characters left')
    await user.type(reason, 'Kind staff')
    expect(reason).toHaveAccessibleDescription('490 of 500 characters left')
    expect(reason).toHaveAttribute('maxlength', '500')

    const before = engine.balance().available
    await user.click(screen.getByRole('button', { name: 'Send my answer' }))
    expect(await screen.findByText(/25 points added to your balance/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Thank you for your answer' })).toHaveFocus()
    expect(engine.balance().available).toBe(before + 25)
    expect(engine.survey()).toMatchObject({ state: 'answered', answer: { score: 9 } })

    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(
      screen.queryByRole('region', { name: 'Thank you for your answer' }),
    ).not.toBeInTheDocument()
    expect(screen.queryByText('Thank you for your answer')).not.toBeInTheDocument()
  })

  it('asks for a score before sending', async () => {
    const { user } = renderApp('/', { scenario: 'survey-due' })
    await screen.findByRole('group', { name: QUESTION })
    await user.click(screen.getByRole('button', { name: 'Send my answer' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a score from 0 to 10 first.')
    expect(screen.getByRole('radio', { name: '0, not at all likely' })).toHaveFocus()
  })

  it('is dismissed, and remembered for the period', async () => {
    const { user, engine } = renderApp('/', { scenario: 'survey-due' })
    await screen.findByRole('group', { name: QUESTION })
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    expect(screen.getByText('We won’t ask again this period.')).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
    await waitFor(() => expect(engine.survey().state).toBe('dismissed'))
  })

  it('is not asked again on this device when the API did not hear the dismissal, and tells it again', async () => {
    let reachable = false
    server.use(
      http.post(`${TEST_API_BASE_URL}/me/survey/dismissals`, () =>
        reachable ? undefined : HttpResponse.error(),
      ),
    )
    const view = renderApp('/', { scenario: 'survey-due' })
    await screen.findByRole('group', { name: QUESTION })
    await view.user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    // Give the failed dismissal time to come back and be acted on.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    view.unmount()

    // The next visit: the API still has the question due, and hears the dismissal now.
    reachable = true
    const { engine } = renderApp('/', { scenario: 'survey-due' })
    expect(engine.survey().state).toBe('due')
    await screen.findByRole('region', { name: 'Your balance' })
    await waitFor(() => expect(engine.survey().state).toBe('dismissed'))
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
  })

  it('is answered once: a second answer in the period is refused, nothing added', async () => {
    const { user, engine } = renderApp('/', { scenario: 'survey-due' })
    await screen.findByRole('group', { name: QUESTION })
    // Answered meanwhile, in another browser.
    const { surveyId } = engine.survey()
    const other = engine.beginSurveyAnswer({ surveyId, score: 6, idempotencyKey: 'elsewhere' })
    if (other.state === 'begun') other.commit()
    const before = engine.balance().available

    await user.click(screen.getByRole('radio', { name: '8' }))
    await user.click(screen.getByRole('button', { name: 'Send my answer' }))
    expect(
      await screen.findByRole('heading', { name: 'You’ve answered this already' }),
    ).toHaveFocus()
    expect(screen.getByRole('region', { name: 'You’ve answered this already' })).toHaveTextContent(
      'Nothing more was added',
    )
    expect(engine.balance().available).toBe(before)
  })

  it('checks an answer whose outcome is unknown with the same key, and never credits twice', async () => {
    const keys: (string | null)[] = []
    let broken = true
    server.use(
      http.post(`${TEST_API_BASE_URL}/me/survey/answers`, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        if (!broken) return undefined
        // The API acts, then the answer is lost on the way back.
        return HttpResponse.error()
      }),
      http.get(`${TEST_API_BASE_URL}/me/survey`, () =>
        broken ? HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 }) : undefined,
      ),
    )
    const { user, engine } = renderApp('/', { scenario: 'survey-due' })
    broken = false
    await screen.findByRole('group', { name: QUESTION })
    broken = true
    const before = engine.balance().available
    await user.click(screen.getByRole('radio', { name: '10, extremely likely' }))
    await user.click(screen.getByRole('button', { name: 'Send my answer' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
    expect(alert).toHaveTextContent('We couldn’t confirm your answer yet')
    expect(alert).toHaveTextContent('your score of 10')
    // Never offered a fresh answer over an unknown one.
    expect(screen.queryByRole('button', { name: 'Send my answer' })).not.toBeInTheDocument()

    broken = false
    await user.click(within(alert).getByRole('button', { name: 'Check again' }))
    expect(
      await screen.findByText(/25 points added to your balance/, {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(new Set(keys).size).toBe(1)
    expect(engine.balance().available).toBe(before + 25)
  }, 20_000)

  it('finishes an unconfirmed answer when the dashboard opens again, with its key', async () => {
    const keys: (string | null)[] = []
    let broken = true
    server.use(
      http.post(`${TEST_API_BASE_URL}/me/survey/answers`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        return broken ? HttpResponse.error() : undefined
      }),
    )
    const view = renderApp('/', { scenario: 'survey-due' })
    await screen.findByRole('group', { name: QUESTION })
    const surveyId = view.engine.survey().surveyId
    // The lookup by the question fails too while the API is unreachable.
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/survey`, ({ request }) =>
        broken && request.url.endsWith('/me/survey') && keys.length > 0
          ? HttpResponse.error()
          : undefined,
      ),
    )
    await view.user.click(screen.getByRole('radio', { name: '6' }))
    await view.user.click(screen.getByRole('button', { name: 'Send my answer' }))
    await screen.findByRole('alert', {}, { timeout: 8000 })
    view.unmount()

    broken = false
    const { engine } = renderApp('/', { scenario: 'survey-due' })
    expect(engine.survey().surveyId).toBe(surveyId)
    expect(
      await screen.findByText(/25 points added to your balance/, {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(engine.survey()).toMatchObject({ state: 'answered', answer: { score: 6 } })
    expect(new Set(keys).size).toBe(1)
  }, 20_000)
})
