import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { availability } from '@/api/reward-availability'
import type { Reward } from '@/api/schemas/reward'
import { formatPoints } from '@/lib/format'
import { activateLocale } from '@/lib/i18n/activate'
import { i18n } from '@/lib/i18n/i18n'
import type { LoyaltyEngine } from '../../../mocks/engine/engine'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'
import { recommendRewards } from './catalog/recommend'

// The rewards pages in Spanish and Arabic: the feature's own words, its plural forms and the
// page direction. Names, descriptions and the points word come from the API (English here).

const api = (path: string) => `${TEST_API_BASE_URL}${path}`

// The pages load lazily; a cold first load on a busy machine can outlast a query's timeout.
beforeAll(async () => {
  await Promise.all([import('./catalog-page'), import('./reward-detail-page')])
})

afterEach(() => activateLocale('en'))

type View = ReturnType<typeof renderApp>

const catalogRegion = (name: string) => screen.getByRole('region', { name })

/**
 * Renders the catalog answering exactly `count` rewards (copies of the scenario's, no next
 * page) and returns the line that counts them.
 */
async function catalogSummary(count: number, heading: string) {
  let scenarioRewards: Reward[] = []
  server.use(
    http.get(api('/rewards'), ({ request }) => {
      // Only the catalog's own query: the recommendations ask for the popular ones.
      if (new URL(request.url).searchParams.get('sort') === 'popular') return undefined
      const items = Array.from({ length: count }, (_, i) => {
        const reward = scenarioRewards[i % scenarioRewards.length] as Reward
        return { ...reward, id: `${reward.id}-${String(i)}` }
      })
      return HttpResponse.json({ items, nextCursor: null })
    }),
  )
  const view = renderApp('/rewards')
  // Read before any request is answered: handlers run after this synchronous code.
  scenarioRewards = view.engine.listRewards({ limit: 50, sort: 'cost_asc' }).items
  const region = await waitFor(() => catalogRegion(heading))
  await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(count))
  return within(region).getByRole('status')
}

/** A reward the member can redeem now (not a donation). */
function redeemable(engine: LoyaltyEngine): Reward {
  const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
  const reward = engine
    .listRewards({ limit: 100, sort: 'cost_asc', affordable: true })
    .items.find((r) => r.category !== 'donation' && availability(r, context).kind === 'redeemable')
  if (!reward) throw new Error('the scenario has no redeemable reward')
  return reward
}

/** Serves `reward` as it is, changed by `change` (stock, limits ...). */
function serveReward(reward: Reward, change: Partial<Reward>) {
  server.use(
    http.get(api(`/rewards/${reward.id}`), () => HttpResponse.json({ ...reward, ...change })),
  )
}

function refuseRedemptions(code: string, extra: Record<string, unknown>) {
  server.use(
    http.post(api('/redemptions'), () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Refused', status: 409, code, ...extra },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  )
}

async function openReward(view: View, reward: Reward) {
  await view.router.navigate(`/rewards/${reward.id}`)
  return screen.findByRole('heading', { level: 1, name: reward.name })
}

describe('the catalog in Spanish', () => {
  it('speaks Spanish: title, search, filters, sections and the count', async () => {
    await activateLocale('es')
    const { engine } = renderApp('/rewards')

    expect(await screen.findByRole('heading', { level: 1, name: 'Recompensas' })).toBeVisible()
    expect(
      screen.getByText('Caprichos, ahorros y buenas causas en los que gastar tus puntos.'),
    ).toBeInTheDocument()
    const search = screen.getByRole('search', { name: 'Encontrar recompensas' })
    expect(within(search).getByRole('searchbox', { name: 'Buscar recompensas' })).toHaveAttribute(
      'placeholder',
      'Café, bolsa, envío gratis…',
    )
    const category = within(search).getByRole('combobox', { name: 'Categoría' })
    expect(within(category).getByRole('option', { name: 'Todas las categorías' })).toBeVisible()
    const sort = within(search).getByRole('combobox', { name: 'Ordenar por' })
    expect(
      within(sort)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Precio: de menor a mayor',
      'Precio: de mayor a menor',
      'Más recientes',
      'Más populares',
    ])
    expect(within(search).getByRole('button', { name: 'Está a mi alcance' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )

    expect(await screen.findByRole('region', { name: 'Recomendadas para ti' })).toBeVisible()
    const all = catalogRegion('Todas las recompensas')
    expect(
      await within(all).findByText('Mostrando 24 recompensas; hay más por ver'),
    ).toBeInTheDocument()
    expect(within(all).getByRole('button', { name: 'Mostrar más recompensas' })).toBeVisible()
    await waitFor(() => expect(document.title).toBe(`Recompensas · ${engine.program().name}`))
    expect(document.documentElement).toHaveAttribute('lang', 'es')
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
  })

  it.each([
    [1, 'Mostrando 1 recompensa'],
    [3, 'Mostrando las 3 recompensas'],
    [11, 'Mostrando las 11 recompensas'],
  ])('counts %i rewards by the Spanish plural rules', async (count, expected) => {
    await activateLocale('es')
    expect(await catalogSummary(count, 'Todas las recompensas')).toHaveTextContent(expected)
  })

  it('no match: says so in Spanish and offers to clear the filters', async () => {
    await activateLocale('es')
    renderApp('/rewards?q=zzzz')
    const region = await waitFor(() => catalogRegion('Recompensas que coinciden'))
    expect(await within(region).findByText('Ninguna recompensa coincide')).toBeVisible()
    expect(
      within(region).getByText('Prueba con otra palabra o categoría, o vuelve a verlo todo.'),
    ).toBeVisible()
    expect(within(region).getByRole('button', { name: 'Borrar filtros' })).toBeVisible()
  })

  it('follows a change of language on the page, recommendations included', async () => {
    const { engine } = renderApp('/rewards')
    const all = await waitFor(() => catalogRegion('All rewards'))
    expect(await within(all).findByText('Showing 24 rewards, more to see')).toBeInTheDocument()
    const recommended = await screen.findByRole('region', { name: 'Recommended for you' })

    await act(() => activateLocale('es'))
    expect(screen.getByRole('heading', { level: 1, name: 'Recompensas' })).toBeVisible()
    expect(within(all).getByText('Mostrando 24 recompensas; hay más por ver')).toBeInTheDocument()
    const context = { program: engine.program(), member: engine.me(), balance: engine.balance() }
    const picks = recommendRewards(
      engine.listRewards({ sort: 'popular', limit: 48 }).items,
      engine.listRedemptions({ limit: 20 }).items,
      context,
    )
    const reasons = picks.map((pick) => i18n._(pick.reason))
    expect(reasons.some((reason) => reason.startsWith('Porque te gust'))).toBe(true)
    for (const reason of reasons) {
      expect(within(recommended).getAllByText(reason).length).toBeGreaterThan(0)
    }
  })
})

describe('the catalog in Arabic', () => {
  it('reads right to left, in Arabic', async () => {
    await activateLocale('ar')
    renderApp('/rewards')
    expect(await screen.findByRole('heading', { level: 1, name: 'المكافآت' })).toBeVisible()
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(document.documentElement).toHaveAttribute('lang', 'ar')
    expect(screen.getByRole('searchbox', { name: 'ابحث في المكافآت' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'في حدود رصيدي' })).toBeVisible()
    const all = catalogRegion('كل المكافآت')
    // 24 takes the "many" form: the noun in the singular.
    expect(await within(all).findByText('عرض 24 مكافأة، وهناك المزيد')).toBeInTheDocument()
    expect(within(all).getByRole('button', { name: 'عرض المزيد من المكافآت' })).toBeVisible()
  })

  it.each([
    [1, 'عرض المكافأة الوحيدة'],
    [2, 'عرض المكافأتين كلتيهما'],
    [3, 'عرض كل المكافآت، وعددها 3 مكافآت'],
    [11, 'عرض كل المكافآت، وعددها 11 مكافأة'],
    [100, 'عرض كل المكافآت، وعددها 100 مكافأة'],
  ])('counts %i rewards by the Arabic plural rules', async (count, expected) => {
    await activateLocale('ar')
    expect(await catalogSummary(count, 'كل المكافآت')).toHaveTextContent(expected)
  })
})

describe('a reward and redeeming it in Spanish', () => {
  it('from the reward’s page to the code, every step in Spanish', async () => {
    await activateLocale('es')
    const view = renderApp('/rewards/placeholder')
    const { engine, user } = view
    const reward = redeemable(engine)
    const words = engine.program().points
    const before = engine.balance().available
    await openReward(view, reward)

    expect(screen.getByRole('link', { name: 'Todas las recompensas' })).toHaveAttribute(
      'href',
      '/rewards',
    )
    for (const term of ['Precio', 'Tu saldo', 'Saldo después del canje']) {
      expect(screen.getByText(term, { selector: 'dt' })).toBeVisible()
    }
    for (const heading of ['Sobre esta recompensa', 'Cómo usarlo', 'Condiciones']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeVisible()
    }

    await user.click(screen.getByRole('button', { name: 'Canjear' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('heading', { name: `¿Canjear ${reward.name}?` })).toBeVisible()
    expect(within(dialog).getByText('Después del canje')).toBeVisible()
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toBeVisible()
    await user.click(
      within(dialog).getByRole('button', {
        name: `Canjear por ${formatPoints(reward.cost, words)}`,
      }),
    )

    expect(await within(dialog).findByRole('heading', { name: '¡Ya es tuya!' })).toBeVisible()
    expect(within(dialog).getAllByRole('status')[0]).toHaveTextContent(
      `Has gastado ${formatPoints(reward.cost, words)}. Tu nuevo saldo es de ${formatPoints(before - reward.cost, words)}.`,
    )
    expect(within(dialog).getByText(`Tu código para ${reward.name}`)).toBeVisible()
    expect(within(dialog).getByRole('button', { name: /^Copiar el código / })).toBeVisible()
    expect(within(dialog).getByRole('link', { name: 'Ver en tu cartera' })).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Listo' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it.each([
    [1, 'Solo queda 1.'],
    [3, 'Solo quedan 3.'],
  ])('stock of %i: "%s"', async (stock, expected) => {
    await activateLocale('es')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    serveReward(reward, { stock })
    await openReward(view, reward)
    expect(screen.getByText(expected)).toBeVisible()
  })

  it('a member at the limit reads why the button is off, with the limit in words', async () => {
    await activateLocale('es')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    serveReward(reward, { limitPerMember: 1, redeemedByMe: 1 })
    await openReward(view, reward)
    expect(screen.getByRole('button', { name: 'Canjear' })).toBeDisabled()
    expect(
      screen.getByText(
        'Ya has canjeado esta recompensa el máximo de veces permitido (una vez por miembro).',
      ),
    ).toBeVisible()
    expect(screen.getByText('Límite: 1 por miembro (has canjeado 1).')).toBeVisible()
  })

  it('a refusal says why and what next in Spanish', async () => {
    await activateLocale('es')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    refuseRedemptions('insufficient_points', { shortBy: 120 })
    await openReward(view, reward)
    await view.user.click(screen.getByRole('button', { name: 'Canjear' }))
    const dialog = await screen.findByRole('dialog')
    await view.user.click(within(dialog).getByRole('button', { name: /^Canjear por / }))
    expect(
      await within(dialog).findByRole('heading', { name: 'Aún no tienes puntos suficientes' }),
    ).toBeVisible()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      new RegExp(`^Te faltan 120 \\S+ para ${reward.name}\\. Ganas .+ por cada .+ que gastas\\.$`),
    )
    expect(within(dialog).getByRole('link', { name: 'Ver tu saldo' })).toBeVisible()
  })
})

describe('a reward and redeeming it in Arabic', () => {
  it('from the reward’s page to the code, right to left and in Arabic', async () => {
    await activateLocale('ar')
    const view = renderApp('/rewards/placeholder')
    const { engine, user } = view
    const reward = redeemable(engine)
    const words = engine.program().points
    await openReward(view, reward)
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(screen.getByRole('link', { name: 'كل المكافآت' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 2, name: 'عن هذه المكافأة' })).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'استبدال' }))
    const dialog = await screen.findByRole('dialog')
    expect(
      within(dialog).getByRole('heading', { name: `هل تريد استبدال ${reward.name}؟` }),
    ).toBeVisible()
    await user.click(
      within(dialog).getByRole('button', {
        name: `استبدال مقابل ${formatPoints(reward.cost, words)}`,
      }),
    )
    expect(await within(dialog).findByRole('heading', { name: 'أصبحت لك!' })).toBeVisible()
    expect(within(dialog).getAllByRole('status')[0]).toHaveTextContent(
      new RegExp(`^تم خصم ${formatPoints(reward.cost, words)}\\. رصيدك الجديد `),
    )
    expect(within(dialog).getByRole('link', { name: 'عرض في محفظتك' })).toBeVisible()
    expect(within(dialog).getByRole('button', { name: 'تم' })).toBeVisible()
  })

  it.each([
    [1, 'لم تتبقَّ سوى قطعة واحدة.'],
    [2, 'لم تتبقَّ سوى قطعتين.'],
    [3, 'لم تتبقَّ سوى 3 قطع.'],
  ])('stock of %i: "%s"', async (stock, expected) => {
    await activateLocale('ar')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    serveReward(reward, { stock })
    await openReward(view, reward)
    expect(screen.getByText(expected)).toBeVisible()
  })

  it.each([
    [1, 'مرة واحدة'],
    [2, 'مرتان'],
    [3, '3 مرات'],
  ])('at a limit of %i, the button says why it is off', async (limit, times) => {
    await activateLocale('ar')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    serveReward(reward, { limitPerMember: limit, redeemedByMe: limit })
    await openReward(view, reward)
    expect(screen.getByRole('button', { name: 'استبدال' })).toBeDisabled()
    expect(
      screen.getByText(`لقد بلغت الحد الأقصى لاستبدال هذه المكافأة (${times} لكل عضو).`),
    ).toBeVisible()
  })

  it.each([
    [2, 'مرتين'],
    [3, '3 مرات'],
    [11, '11 مرة'],
  ])('a limit refusal of %i names the limit in Arabic', async (limit, times) => {
    await activateLocale('ar')
    const view = renderApp('/rewards/placeholder')
    const reward = redeemable(view.engine)
    refuseRedemptions('limit_reached', { limit })
    await openReward(view, reward)
    await view.user.click(screen.getByRole('button', { name: 'استبدال' }))
    const dialog = await screen.findByRole('dialog')
    await view.user.click(within(dialog).getByRole('button', { name: /^استبدال مقابل / }))
    expect(
      await within(dialog).findByRole('heading', { name: 'بلغت الحد الأقصى لهذه المكافأة' }),
    ).toBeVisible()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `يمكن لكل عضو استبدال ${reward.name} ${times}. لم تُخصم أي نقاط.`,
    )
    expect(within(dialog).getByRole('link', { name: 'عرض محفظتك' })).toBeVisible()
  })
})
