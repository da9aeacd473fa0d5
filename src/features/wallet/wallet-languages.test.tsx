import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { programQuery } from '@/api/endpoints/get-program'
import { pickAttempt } from '@/api/redemption-attempts'
import type { Redemption } from '@/api/schemas/redemption'
import { formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { activateLocale } from '@/lib/i18n/activate'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

afterEach(async () => {
  await act(() => activateLocale('en'))
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each language's words for the wallet, and its heading for N redemptions not confirmed. */
const languages = {
  es: {
    dir: 'ltr',
    title: 'Tu cartera',
    ready: /^Listos para usar/,
    donations: /^Donaciones/,
    usedAndExpired: /^Usados y caducados/,
    badge: 'Listo para usar',
    copy: (name: string) => `Copiar el código de ${name}`,
    redeemed: 'canjeado el',
    gave: (points: string) => new RegExp(`Donaste ${escape(points)}: .+ a .+\\. Recibo .+\\.`),
    empty: 'Tu cartera aún está vacía',
    browse: 'Ver recompensas',
    refused: (name: string) =>
      new RegExp(`^${escape(name)} no se canjeó \\(.+\\)\\. No se gastó ningún punto\\.$`),
    unconfirmed: (n: number) =>
      n === 1
        ? 'Un canje que no se confirmó'
        : `${formatNumber(n, 'es')} canjes que no se confirmaron`,
  },
  ar: {
    dir: 'rtl',
    title: 'محفظتك',
    ready: /^جاهزة للاستخدام/,
    donations: /^التبرعات/,
    usedAndExpired: /^المستخدمة والمنتهية الصلاحية/,
    badge: 'جاهز للاستخدام',
    copy: (name: string) => `نسخ رمز ${name}`,
    redeemed: 'استُبدلت في',
    gave: (points: string) => new RegExp(`تبرعت بـ${escape(points)}: .+ لصالح .+\\. الإيصال .+\\.`),
    empty: 'محفظتك فارغة حتى الآن',
    browse: 'تصفّح المكافآت',
    refused: (name: string) =>
      new RegExp(`^لم يُستبدل ${escape(name)} \\(.+\\)\\. لم تُخصم أي نقاط\\.$`),
    // One, two (the dual), three to ten (plural), eleven and up (singular after the number).
    unconfirmed: (n: number) =>
      n === 1
        ? 'عملية استبدال لم تُؤكَّد'
        : n === 2
          ? 'عمليتا استبدال لم تُؤكَّدا'
          : n <= 10
            ? `${formatNumber(n, 'ar')} عمليات استبدال لم تُؤكَّد`
            : `${formatNumber(n, 'ar')} عملية استبدال لم تُؤكَّد`,
  },
} as const

type Language = keyof typeof languages

describe.each(Object.keys(languages) as Language[])('the wallet in %s', (locale) => {
  const words = languages[locale]

  it('names its sections, badges and buttons in the language, in its direction', async () => {
    await act(() => activateLocale(locale))
    const { engine, queryClient } = renderApp('/wallet')
    expect(document.documentElement).toHaveAttribute('dir', words.dir)
    expect(await screen.findByRole('heading', { level: 1, name: words.title })).toBeInTheDocument()

    const all = engine.listRedemptions({ limit: 100 }).items
    const active = all.find((r) => r.status === 'active' && r.voucher)
    const donated = all.find((r) => r.status === 'donated')
    if (!active || !donated) throw new Error('the default member has a code and a donation')

    const ready = await screen.findByRole('region', { name: words.ready })
    const card = within(ready).getByRole('article', { name: active.rewardName })
    expect(within(card).getByText(words.badge)).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: words.copy(active.rewardName) })).toBeEnabled()
    expect(card).toHaveTextContent(words.redeemed)

    const program = queryClient.getQueryData(programQuery().queryKey)
    if (!program) throw new Error('the program has loaded')
    const cost = formatPoints(donated.cost, program.points, locale)
    const donations = screen.getByRole('region', { name: words.donations })
    const receipt = within(donations).getByRole('article', { name: donated.rewardName })
    expect(receipt).toHaveTextContent(words.gave(cost))
    expect(screen.getByRole('region', { name: words.usedAndExpired })).toBeInTheDocument()
  })

  it('an empty wallet points to the rewards', async () => {
    await act(() => activateLocale(locale))
    renderApp('/wallet', { scenario: 'new-member' })
    expect(await screen.findByRole('heading', { name: words.empty })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: words.browse })).toHaveAttribute('href', '/rewards')
  })

  it('shows what each code cost at 0, 1, 2, 3, 11 and 100 points', async () => {
    await act(() => activateLocale(locale))
    const costs = [0, 1, 2, 3, 11, 100]
    const view = renderApp('/wallet')
    const [first] = view.engine.listRedemptions({ limit: 1 }).items
    if (!first) throw new Error('the default member has redeemed something')
    // Six codes like the member's first, one for each cost.
    const priced: Redemption[] = costs.map((cost, i) => ({
      ...first,
      id: `${first.id}-${String(i)}`,
      rewardName: `${first.rewardName} ${String(i)}`,
      cost,
    }))
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/redemptions`, ({ request }) =>
        // Lookups by key (an unconfirmed redemption) read the engine as they are.
        new URL(request.url).searchParams.has('idempotencyKey')
          ? undefined
          : HttpResponse.json({ items: priced, nextCursor: null }),
      ),
    )
    await screen.findByRole('article', { name: priced[0]?.rewardName })
    const program = view.queryClient.getQueryData(programQuery().queryKey)
    if (!program) throw new Error('the program has loaded')
    const now = view.engine.balance().asOf
    for (const redemption of priced) {
      const { cost } = redemption
      const card = screen.getByRole('article', { name: redemption.rewardName })
      const points = formatPoints(cost, program.points, locale)
      const redeemed = formatShortDate(redemption.createdAt, now)
      expect(card).toHaveTextContent(` · ${points} · ${words.redeemed} ${redeemed}`)
    }
  })

  it.each([1, 2, 3, 11, 100])(
    'names %i redemptions not confirmed in the form that count needs',
    async (count) => {
      await act(() => activateLocale(locale))
      const { engine } = renderApp('/wallet')
      const member = engine.me()
      // Rewards the API does not know: each check ends in a refusal, which is said.
      for (let i = 0; i < count; i += 1) {
        pickAttempt(
          member.id,
          { id: `gone-${String(i)}`, name: `Gone ${String(i)}`, cost: 10 },
          Date.now(),
        )
      }
      const region = await screen.findByRole('region', { name: words.unconfirmed(count) })
      if (count === 1) {
        await waitFor(() =>
          expect(within(region).getByRole('status')).toHaveTextContent(words.refused('Gone 0')),
        )
      }
    },
  )
})
