import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { programQuery } from '@/api/endpoints/get-program'
import type { Balance } from '@/api/schemas/member'
import { formatNumber, formatPoints, formatShortDate } from '@/lib/format'
import { activateLocale } from '@/lib/i18n/activate'
import type { LoyaltyEngine } from '../../../mocks/engine/engine'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

afterEach(async () => {
  await act(() => activateLocale('en'))
})

/** The section once it has left its loading skeleton (the skeleton carries the same name). */
function loadedRegion(name: string) {
  return waitFor(() => {
    const region = screen.getByRole('region', { name })
    if (region.getAttribute('aria-busy') === 'true') throw new Error(`${name} is still loading`)
    return region
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each language's words for what the dashboard shows, and its verb for N points expiring. */
const languages = {
  es: {
    dir: 'ltr',
    greeting: (name: string) => `Hola, ${name}`,
    balance: 'Tu saldo',
    tier: 'Tu nivel',
    rewards: 'Recompensas que puedes conseguir ya',
    available: 'Disponible:',
    progress: 'Progreso hacia',
    spend: /^Gasta .+ más hasta el .+ para llegar a .+$/,
    adds: / añade$/,
    expiring: 'Caducan pronto',
    nearReward: (points: string) => new RegExp(`^Estás a solo ${escape(points)} de .+$`),
    see: /^Ver /,
    dismiss: /^Descartar: Estás a solo /,
    welcome: /^¡Te damos la bienvenida! Gana tus primeros /,
    nothingYet: /^Aún no hay nada que canjear\./,
    expire: {
      1: 'caduca el',
      2: 'caducan el',
      3: 'caducan el',
      11: 'caducan el',
      100: 'caducan el',
    },
  },
  ar: {
    dir: 'rtl',
    greeting: (name: string) => `مرحبًا، ${name}`,
    balance: 'رصيدك',
    tier: 'مستواك',
    rewards: 'مكافآت يمكنك الحصول عليها الآن',
    available: 'المتاح:',
    progress: 'التقدم نحو مستوى',
    spend: /^تبقّى .+ للإنفاق بحلول .+ لتصل إلى مستوى .+$/,
    adds: /^يضيف مستوى /,
    expiring: 'تنتهي صلاحيتها قريبًا',
    nearReward: (points: string) => new RegExp(`^أنت على بُعد ${escape(points)} فقط من .+$`),
    see: /^اعرض /,
    dismiss: /^إخفاء: أنت على بُعد /,
    welcome: /^أهلًا بك! اكسب أول /,
    nothingYet: /^لا يوجد ما تستبدله بعد\./,
    // Arabic: the dual for two, the plain form otherwise.
    expire: {
      1: 'تنتهي صلاحيتها في',
      2: 'تنتهي صلاحيتهما في',
      3: 'تنتهي صلاحيتها في',
      11: 'تنتهي صلاحيتها في',
      100: 'تنتهي صلاحيتها في',
    },
  },
} as const

type Language = keyof typeof languages

/** The program as the page received it (its points words in the page's language). */
function programOf(queryClient: ReturnType<typeof renderApp>['queryClient']) {
  const program = queryClient.getQueryData(programQuery().queryKey)
  if (!program) throw new Error('the program has not loaded')
  return program
}

describe.each(Object.keys(languages) as Language[])('the dashboard in %s', (locale) => {
  const words = languages[locale]

  it('speaks the language, in its direction', async () => {
    await act(() => activateLocale(locale))
    const { engine } = renderApp('/')
    expect(document.documentElement).toHaveAttribute('lang', locale)
    expect(document.documentElement).toHaveAttribute('dir', words.dir)

    expect(
      await screen.findByRole('heading', { level: 1, name: words.greeting(engine.me().firstName) }),
    ).toBeInTheDocument()
    const balance = await loadedRegion(words.balance)
    expect(
      await within(balance).findByText(formatNumber(engine.balance().available, locale)),
    ).toBeInTheDocument()

    const tier = await loadedRegion(words.tier)
    expect(
      await within(tier).findByRole('progressbar', { name: new RegExp(`^${words.progress} `) }),
    ).toBeInTheDocument()
    expect(within(tier).getByText(words.spend)).toBeInTheDocument()
    expect(within(tier).getByRole('heading', { level: 3, name: words.adds })).toBeInTheDocument()
    expect(await loadedRegion(words.rewards)).toBeInTheDocument()
  })

  it('nudges toward a reward in whole sentences, and dismisses in the language', async () => {
    await act(() => activateLocale(locale))
    const { queryClient, user } = renderApp('/', { scenario: 'near-reward' })
    await loadedRegion(words.balance)
    const ten = formatPoints(10, programOf(queryClient).points, locale)
    const nudge = await screen.findByText(words.nearReward(ten))
    expect(screen.getAllByRole('link', { name: words.see }).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: words.dismiss }))
    expect(nudge).not.toBeInTheDocument()
  })

  it('welcomes a new member', async () => {
    await act(() => activateLocale(locale))
    renderApp('/', { scenario: 'new-member' })
    const balance = await loadedRegion(words.balance)
    expect(await within(balance).findByText(words.welcome)).toBeInTheDocument()
    const teaser = await loadedRegion(words.rewards)
    expect(within(teaser).getByText(words.nothingYet)).toBeInTheDocument()
  })

  /** Serves the engine's balance with `points` available and, above 0, that many expiring. */
  function serveBalance(points: number) {
    let engine: LoyaltyEngine | undefined
    server.use(
      http.get(`${TEST_API_BASE_URL}/me/balance`, () => {
        if (!engine) return undefined
        const real = engine.balance()
        const expiresOn = new Date(Date.parse(real.asOf) + 5 * 86_400_000).toISOString()
        const balance: Balance = {
          ...real,
          available: points,
          lifetimeEarned: Math.max(real.lifetimeEarned, points),
          expiring: points > 0 ? [{ points, expiresOn }] : [],
        }
        return HttpResponse.json(balance)
      }),
    )
    return (served: LoyaltyEngine) => {
      engine = served
    }
  }

  it.each([0, 1, 2, 3, 11, 100])('shows %i points in the words that count needs', async (count) => {
    await act(() => activateLocale(locale))
    const use = serveBalance(count)
    const { engine, queryClient } = renderApp('/')
    use(engine)
    const balance = await loadedRegion(words.balance)
    expect(await within(balance).findByText(formatNumber(count, locale))).toBeInTheDocument()
    const points = formatPoints(count, programOf(queryClient).points, locale)
    // The number and the program's word for that many, after "available" for screen readers.
    expect(balance).toHaveTextContent(`${words.available} ${points}`)
    if (count === 0) {
      expect(within(balance).queryByText(words.expiring)).not.toBeInTheDocument()
      return
    }
    const verb = words.expire[count as keyof typeof words.expire]
    const asOf = engine.balance().asOf
    const date = formatShortDate(new Date(Date.parse(asOf) + 5 * 86_400_000).toISOString(), asOf)
    const sentence = `${points} ${verb} ${date}`
    expect(within(balance).getByRole('heading', { name: words.expiring })).toBeInTheDocument()
    expect(
      within(balance)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain(sentence)
    // The nudge says the same, whole.
    expect(await screen.findByText(sentence, { selector: 'li p' })).toBeInTheDocument()
  })
})
