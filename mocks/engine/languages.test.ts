import { describe, expect, it } from 'vitest'
import { Balance } from '@/api/schemas/member'
import { Program } from '@/api/schemas/program'
import { RedemptionPage, RedemptionResult } from '@/api/schemas/redemption'
import { Reward, RewardPage } from '@/api/schemas/reward'
import { scenarioNames } from '../scenarios/scenarios'
import { fixedClock } from './clock'
import { createEngine, type LoyaltyEngine } from './engine'
import { EngineError } from './engine-error'
import { LANGUAGES, type Language, type TranslatedLanguage } from './language'
import { pointsWord } from './program-rules'
import { textFormat } from './words/words'

const NOW = '2026-11-20T15:00:00Z'
const engineFor = (scenario: (typeof scenarioNames)[number] = 'default') =>
  createEngine({ scenario, clock: fixedClock(NOW) })

/** The fields of the contract's answers that are words; everything else is the same in any language. */
const WORD_FIELDS = new Set([
  'name',
  'summary',
  'description',
  'terms',
  'howToUse',
  'cause',
  'alt',
  'rewardName',
  'reason',
  'title',
  'detail',
  'singular',
  'plural',
])

/** `value` with every word replaced by a marker: what must not change with the language. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      WORD_FIELDS.has(key) && typeof field === 'string' ? '(words)' : withoutWords(field),
    ]),
  )
}

/** Every word of `value`, with where it is. */
function wordsOf(value: unknown, path = '$'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => wordsOf(item, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, field]): [string, string][] =>
    WORD_FIELDS.has(key) && typeof field === 'string'
      ? [[`${path}.${key}`, field]]
      : wordsOf(field, `${path}.${key}`),
  )
}

const ARABIC_LETTER = /[\u0621-\u064A]/
const LATIN_WORD = /\b[A-Za-z]{4,}\b/g
/** Latin words an Arabic text may hold: codes and names of the contract, never prose. */
const LATIN_IN_ARABIC = new Set(['Idempotency'])

/**
 * Everything a member sees of the engine in `language`: the program, their balance, the whole
 * standard catalog, the wallet, and a redemption's answer (through a copy of the engine).
 */
function answers(engine: LoyaltyEngine, language: Language) {
  return {
    program: engine.program(language),
    balance: engine.balance(language),
    rewards: engine.listRewards({ limit: 100, sort: 'cost_asc' }, language),
    wallet: engine.listRedemptions({ limit: 100 }, language),
  }
}

describe('the mock engine in every language', () => {
  it.each(scenarioNames.filter((name) => name !== 'large-catalog'))(
    'answers %s with the same ids and numbers in every language, and only the words changed',
    (scenario) => {
      const engine = engineFor(scenario)
      const english = answers(engine, 'en')
      for (const language of LANGUAGES) {
        const translated = answers(engine, language)
        expect(withoutWords(translated)).toEqual(withoutWords(english))
        Program.parse(translated.program)
        Balance.parse(translated.balance)
        RewardPage.parse(translated.rewards)
        RedemptionPage.parse(translated.wallet)
        if (language === 'en') continue
        const before = new Map(wordsOf(english))
        for (const [path, text] of wordsOf(translated)) {
          expect(text, path).not.toBe(before.get(path))
          expect(text.trim(), path).not.toBe('')
        }
      }
    },
  )

  it('writes Arabic in Arabic: no English sentence in any word of the default member', () => {
    const arabic = wordsOf(answers(engineFor(), 'ar'))
    expect(arabic.length).toBeGreaterThan(200)
    for (const [path, text] of arabic) {
      expect(text, path).toMatch(ARABIC_LETTER)
      const latin = (text.match(LATIN_WORD) ?? []).filter((word) => !LATIN_IN_ARABIC.has(word))
      expect(latin, `${path}: ${text}`).toEqual([])
    }
  })

  it('keeps a reward the same reward in Spanish and Arabic: its id, cost, stock, dates and image', () => {
    const engine = engineFor()
    const english = engine.getReward('rwd_free_coffee')
    const spanish = engine.getReward('rwd_free_coffee', 'es')
    const arabic = engine.getReward('rwd_free_coffee', 'ar')
    expect(spanish).toEqual({
      ...english,
      name: 'Café gratis',
      summary: 'Café de filtro o americano de cualquier tamaño.',
      description: expect.stringContaining('tueste de la casa'),
      terms: expect.stringContaining('No se puede cambiar por dinero'),
      howToUse: expect.stringContaining('cafetería Harbor & Pine'),
      image: { url: english?.image?.url, alt: expect.stringContaining('taza de café') },
    })
    expect(arabic).toMatchObject({
      id: 'rwd_free_coffee',
      cost: 150,
      name: 'قهوة مجانية',
      image: { url: english?.image?.url, alt: expect.stringMatching(ARABIC_LETTER) },
    })
    expect(Reward.parse(arabic)).toEqual(arabic)
  })

  it('names the program, its points, tiers and benefits in each language, with the same ids and numbers', () => {
    const engine = engineFor()
    const [en, es, ar] = (['en', 'es', 'ar'] as const).map((language) => engine.program(language))
    expect(es?.name).toBe('Recompensas Harbor & Pine')
    expect(ar?.name).toBe('مكافآت هاربر آند باين')
    expect(es?.points).toEqual({ singular: 'punto', plural: 'puntos' })
    expect(ar?.points.singular).toBe('نقطة')
    expect(es?.tiers.map((tier) => tier.name)).toEqual(['Bronce', 'Plata', 'Oro'])
    expect(ar?.tiers.map((tier) => tier.name)).toEqual(['البرونزي', 'الفضي', 'الذهبي'])
    expect(ar?.tiers.map((tier) => tier.id)).toEqual(en?.tiers.map((tier) => tier.id))
    expect(ar?.tiers.map((tier) => tier.threshold)).toEqual(en?.tiers.map((tier) => tier.threshold))
    expect(ar?.tiers[2]?.benefits.map((benefit) => benefit.id)).toEqual(
      en?.tiers[2]?.benefits.map((benefit) => benefit.id),
    )
  })

  it('has every CLDR plural form of the points word: 0, 1, 2, 3, 11 and 100 points', () => {
    expect(pointsWord('ar')).toEqual({
      zero: 'نقطة',
      one: 'نقطة',
      two: 'نقطتان',
      few: 'نقاط',
      many: 'نقطة',
      other: 'نقطة',
    })
    expect(pointsWord('es')).toEqual({ one: 'punto', many: 'de puntos', other: 'puntos' })
    expect(pointsWord('en-XA')).toEqual({ one: '[pöîñt~~]', other: '[pöîñtš~~~]' })
    const counts = [0, 1, 2, 3, 11, 100]
    const said = (language: TranslatedLanguage) =>
      counts.map((count) => textFormat(language).points(count))
    expect(said('en')).toEqual([
      '0 points',
      '1 point',
      '2 points',
      '3 points',
      '11 points',
      '100 points',
    ])
    expect(said('es')).toEqual([
      '0 puntos',
      '1 punto',
      '2 puntos',
      '3 puntos',
      '11 puntos',
      '100 puntos',
    ])
    expect(said('ar')).toEqual(['0 نقطة', '1 نقطة', '2 نقطتان', '3 نقاط', '11 نقطة', '100 نقطة'])
  })

  it('redeems once whatever the language: a repeat in Arabic replays the Spanish answer in Arabic', () => {
    const engine = engineFor()
    const command = { rewardId: 'rwd_free_coffee', expectedCost: 150, idempotencyKey: 'k-1' }
    const spanish = engine.redeem(command, 'es')
    const arabic = engine.redeemOrReplay(command, 'ar')
    expect(arabic.replayed).toBe(true)
    expect(RedemptionResult.parse(arabic.result)).toEqual(arabic.result)
    expect(withoutWords(arabic.result)).toEqual(withoutWords(spanish))
    expect(spanish.redemption.rewardName).toBe('Café gratis')
    expect(arabic.result.redemption.rewardName).toBe('قهوة مجانية')
    expect(arabic.result.redemption.voucher?.code).toBe(spanish.redemption.voucher?.code)
    // The wallet shows it in the language asked, with the same code.
    const inEnglish = engine.listRedemptions({ limit: 1, idempotencyKey: 'k-1' }).items[0]
    expect(inEnglish?.rewardName).toBe('Free Coffee')
    expect(inEnglish?.voucher).toEqual(spanish.redemption.voucher)
  })

  it('refuses in every language at once, with the same code and extension members', () => {
    const engine = engineFor('new-member')
    let refusal: unknown
    try {
      engine.redeem({ rewardId: 'rwd_free_coffee', expectedCost: 150, idempotencyKey: 'k' })
    } catch (error) {
      refusal = error
    }
    if (!(refusal instanceof EngineError)) throw new Error('expected a refusal')
    expect(refusal.code).toBe('insufficient_points')
    expect(refusal.extensions).toEqual({ shortBy: 150 })
    expect(refusal.problem('en')).toEqual({
      title: 'Not enough points',
      detail: '“Free Coffee” costs 150 points and you have 0: 150 points short.',
    })
    expect(refusal.problem('es')).toEqual({
      title: 'No tienes puntos suficientes',
      detail: '«Café gratis» cuesta 150 puntos y tienes 0: te faltan 150 puntos.',
    })
    expect(refusal.problem('ar')).toEqual({
      title: 'النقاط غير كافية',
      detail: 'تكلفة «قهوة مجانية» 150 نقطة ولديك 0: ينقصك 150 نقطة.',
    })
    expect(refusal.problem('en-XA').title).toMatch(/^\[Ñöt éñöûgh pöîñtš~+\]$/)
  })

  it('searches the catalog in the language asked, with or without accents', () => {
    const engine = engineFor()
    const names = (q: string, language: Language) =>
      engine
        .listRewards({ limit: 100, sort: 'cost_asc', q }, language)
        .items.map((reward) => reward.name)
    expect(names('café', 'es')).toEqual(expect.arrayContaining(['Café gratis']))
    expect(names('cafe', 'es')).toEqual(names('café', 'es'))
    expect(names('قهوة', 'ar')).toEqual(expect.arrayContaining(['قهوة مجانية']))
    expect(names('coffee', 'es')).toEqual([])
    expect(names('coffee', 'en-XA').length).toBeGreaterThan(0)
  })

  it('words the large catalog’s generated rewards in each language, under the same ids', () => {
    const engine = engineFor('large-catalog')
    const page = (language: Language) =>
      engine.listRewards({ limit: 100, sort: 'newest' }, language).items
    const [en, es, ar] = (['en', 'es', 'ar'] as const).map(page)
    expect(es?.map((reward) => reward.id)).toEqual(en?.map((reward) => reward.id))
    expect(withoutWords(ar)).toEqual(withoutWords(en))
    const generated = ar?.filter((reward) => reward.id.startsWith('rwd_gen_')) ?? []
    expect(generated.length).toBeGreaterThan(50)
    for (const reward of generated) {
      for (const [path, text] of wordsOf(reward)) expect(text, path).toMatch(ARABIC_LETTER)
      expect(reward.name).toMatch(/رقم \d+$/)
    }
    const spanishNames = es?.filter((reward) => reward.id.startsWith('rwd_gen_'))
    for (const reward of spanishNames ?? []) expect(reward.name).toMatch(/n\.º \d+$/)
  })
})
