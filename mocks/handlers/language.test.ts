import { describe, expect, it } from 'vitest'
import { Balance } from '@/api/schemas/member'
import { Problem } from '@/api/schemas/problem'
import { Program } from '@/api/schemas/program'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { Reward } from '@/api/schemas/reward'
import { serveScenario, setMockFaults, TEST_API_BASE_URL } from '../node'
import { negotiateLanguage, parseAcceptLanguage } from './language'

// test/setup.ts starts the shared MSW server; these requests go through real fetch.

describe('Accept-Language', () => {
  it('orders the ranges by weight, then by where they stand, and drops what is not well formed', () => {
    expect(parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual([
      { range: 'fr-ch', q: 1 },
      { range: 'fr', q: 0.9 },
      { range: 'en', q: 0.8 },
      { range: 'de', q: 0.7 },
      { range: '*', q: 0.5 },
    ])
    expect(parseAcceptLanguage('en;q=0.2,  es ; q=0.9 ,ar')).toEqual([
      { range: 'ar', q: 1 },
      { range: 'es', q: 0.9 },
      { range: 'en', q: 0.2 },
    ])
    expect(parseAcceptLanguage('es;q=2, ar;q=abc, en_US, , de;level=1, fr')).toEqual([
      { range: 'fr', q: 1 },
    ])
    expect(parseAcceptLanguage(undefined)).toEqual([])
  })

  it.each([
    [null, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-mx;q=0.8', 'es'],
    ['ar-EG, en;q=0.5', 'ar'],
    ['fr-FR, fr;q=0.9, es;q=0.5, en;q=0.1', 'es'],
    ['en;q=0.3, ar;q=0.7', 'ar'],
    ['de, ja', 'en'],
    ['*', 'en'],
    ['fr, *;q=0.5', 'en'],
    ['es;q=0, *', 'en'],
    ['en;q=0, *', 'es'],
    ['es;q=0', 'en'],
    ['en-XA', 'en-XA'],
    ['en-XA, en;q=0.9', 'en-XA'],
    ['en-US', 'en'],
    ['zh-Hant-TW, ar-x-private', 'ar'],
    ['nonsense!!', 'en'],
  ])('answers %j in %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language)
  })
})

async function get(path: string, acceptLanguage?: string) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    headers: acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage },
  })
  return { response, body: (await response.json()) as unknown }
}

async function redeem(body: unknown, key: string | undefined, acceptLanguage: string) {
  const response = await fetch(`${TEST_API_BASE_URL}/redemptions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': acceptLanguage,
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
    },
    body: JSON.stringify(body),
  })
  return { response, body: (await response.json()) as unknown }
}

const varies = (response: Response) =>
  (response.headers.get('Vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .includes('accept-language')

describe('the mock API answers in the language asked for', () => {
  it('says which language every answer is in, and that it varies with Accept-Language', async () => {
    serveScenario('default')
    for (const [header, language] of [
      [undefined, 'en'],
      ['es-MX,es;q=0.9,en;q=0.8', 'es'],
      ['ar', 'ar'],
      ['fr', 'en'],
    ] as const) {
      for (const path of ['/program', '/me', '/me/balance', '/rewards?limit=2', '/rewards/nope']) {
        const { response } = await get(path, header)
        expect(response.headers.get('Content-Language'), `${path} ${header}`).toBe(language)
        expect(varies(response), path).toBe(true)
      }
    }
  })

  it('serves the same program in Spanish and Arabic: its words translated, its numbers the same', async () => {
    serveScenario('default')
    const english = Program.parse((await get('/program', 'en')).body)
    const spanish = Program.parse((await get('/program', 'es-ES')).body)
    const arabic = Program.parse((await get('/program', 'ar-SA')).body)
    expect(spanish.name).toBe('Recompensas Harbor & Pine')
    expect(arabic.name).toBe('مكافآت هاربر آند باين')
    expect(spanish.tiers.map((tier) => [tier.id, tier.name, tier.threshold.amount])).toEqual([
      ['tier_bronze', 'Bronce', 0],
      ['tier_silver', 'Plata', 35_000],
      ['tier_gold', 'Oro', 100_000],
    ])
    expect(arabic.tiers.map((tier) => tier.multiplier)).toEqual(
      english.tiers.map((tier) => tier.multiplier),
    )
    expect(arabic.earnRate).toEqual(english.earnRate)
  })

  it('serves a reward and the wallet in Arabic with the ids, costs and codes of English', async () => {
    const engine = serveScenario('default')
    const reward = Reward.parse((await get('/rewards/rwd_ten_off', 'ar')).body)
    expect(reward).toEqual({ ...engine.getReward('rwd_ten_off'), ...pickWords(reward) })
    expect(reward.name).toBe('خصم 10 US$')
    const wallet = RedemptionPage.parse((await get('/me/redemptions?limit=10', 'ar')).body)
    const englishWallet = engine.listRedemptions({ limit: 10 })
    expect(wallet.items.map((item) => [item.id, item.voucher?.code, item.cost])).toEqual(
      englishWallet.items.map((item) => [item.id, item.voucher?.code, item.cost]),
    )
    expect(wallet.items.map((item) => item.rewardName)).toContain('خصم 10 US$')
    const balance = Balance.parse((await get('/me/balance', 'es')).body)
    expect(balance.available).toBe(engine.balance().available)
    expect(balance.pending.map((batch) => batch.reason).join(' ')).toMatch(
      /Pedido en línea|Compra en tienda/,
    )
  })

  it('redeems in Spanish, and replays the same key in Arabic without spending again', async () => {
    const engine = serveScenario('default')
    const before = engine.balance().available
    const body = { rewardId: 'rwd_free_coffee', expectedCost: 150 }
    const first = await redeem(body, 'k-es', 'es')
    const again = await redeem(body, 'k-es', 'ar')
    expect(first.response.status).toBe(201)
    expect(again.response.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.response.headers.get('Content-Language')).toBe('ar')
    const spanish = RedemptionResult.parse(first.body)
    const arabic = RedemptionResult.parse(again.body)
    expect(spanish.redemption.rewardName).toBe('Café gratis')
    expect(arabic.redemption.rewardName).toBe('قهوة مجانية')
    expect(arabic.redemption.id).toBe(spanish.redemption.id)
    expect(arabic.redemption.voucher).toEqual(spanish.redemption.voucher)
    expect(arabic.balance.available).toBe(before - 150)
    expect(engine.balance().available).toBe(before - 150)
  })

  it('refuses in the language asked for, with the same code and extension members', async () => {
    serveScenario('new-member')
    const body = { rewardId: 'rwd_free_coffee', expectedCost: 150 }
    const spanish = await redeem(body, 'k-1', 'es')
    const arabic = await redeem(body, 'k-1', 'ar;q=0.9, es;q=0.1')
    expect(spanish.response.headers.get('Content-Language')).toBe('es')
    expect(Problem.parse(spanish.body)).toMatchObject({
      code: 'insufficient_points',
      shortBy: 150,
      title: 'No tienes puntos suficientes',
      detail: '«Café gratis» cuesta 150 puntos y tienes 0: te faltan 150 puntos.',
    })
    expect(Problem.parse(arabic.body)).toMatchObject({
      code: 'insufficient_points',
      shortBy: 150,
      title: 'النقاط غير كافية',
    })
  })

  it('says what is wrong with a request in the language asked for', async () => {
    serveScenario('default')
    const query = await get('/rewards?limit=500', 'es')
    expect(query.response.status).toBe(400)
    expect(Problem.parse(query.body)).toMatchObject({
      code: 'bad_request',
      title: 'Consulta no válida',
      detail: expect.stringMatching(/^limit: Demasiado grande/),
    })
    const key = await redeem({ rewardId: 'rwd_free_coffee', expectedCost: 150 }, undefined, 'ar')
    expect(Problem.parse(key.body)).toMatchObject({ title: 'ترويسة Idempotency-Key مطلوبة' })
    const unknown = await get('/rewards/rwd_nope', 'es')
    expect(Problem.parse(unknown.body)).toMatchObject({
      title: 'No se encontró la recompensa',
      detail: 'No hay ninguna recompensa con el id «rwd_nope».',
    })
  })

  it('refuses to join without the terms accepted in the language asked for', async () => {
    serveScenario('default')
    const response = await fetch(`${TEST_API_BASE_URL}/members`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'es',
        'Idempotency-Key': 'join-1',
      },
      body: JSON.stringify({
        firstName: 'Lucía',
        lastName: 'Gómez',
        email: 'lucia@example.com',
        password: 'a long enough password',
        acceptedTerms: false,
      }),
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('Content-Language')).toBe('es')
    expect(Problem.parse(await response.json())).toMatchObject({
      code: 'bad_request',
      title: 'Cuerpo no válido',
      detail: 'acceptedTerms: hay que aceptar las condiciones del programa',
    })
  })

  it('answers the designer’s faults in the language asked for too', async () => {
    serveScenario('default')
    setMockFaults({ fail: { balance: '503', me: '401', program: '500' } })
    const unavailable = await get('/me/balance', 'es')
    expect(unavailable.response.headers.get('Content-Language')).toBe('es')
    expect(Problem.parse(unavailable.body)).toMatchObject({ title: 'Servicio no disponible' })
    expect(Problem.parse((await get('/me', 'ar')).body)).toMatchObject({ title: 'غير مصرّح' })
    expect(Problem.parse((await get('/program', 'es')).body)).toMatchObject({
      title: 'Error interno',
    })
  })
})

/** The word fields of a reward, to lay over the English one. */
function pickWords(reward: Reward) {
  const { name, summary, description, terms, howToUse, cause, image } = reward
  return { name, summary, description, terms, howToUse, cause, image }
}
