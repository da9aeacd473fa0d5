import { getHome, homeParts } from '@/api/contract/get-home'
import { listRewards } from '@/api/contract/list-rewards'
import type { LoyaltyEngine } from '../engine/engine'
import type { Language } from '../engine/language'
import { toRewardQuery } from '../engine/reward-query'
import { createHandlers, type HandlerOptions } from './handlers'
import { rule } from './serve'

/** The catalog page a separate request of GET /me/home's (`homeParts`) answers. */
function rewardsFor(path: string, engine: LoyaltyEngine, language: Language) {
  const { searchParams } = new URL(path, 'http://parts.invalid')
  const query = listRewards.query.parse(Object.fromEntries(searchParams))
  return engine.listRewards(toRewardQuery(query), language)
}

/**
 * GET /me/home: the dashboard's first screen in one answer, each part what its own rule
 * answers. Only real mode's boot script asks for it (src/boot/boot.ts), so the mock in a
 * designer's page does not carry it (createHandlers); the standalone API, the tests and the
 * OpenAPI examples do (createApiHandlers).
 */
export const HOME_ROUTE = {
  label: 'First screen in one answer',
  rules: [
    rule(getHome, ({ engine, language }) => ({
      status: 200,
      body: {
        member: engine.me(),
        balance: engine.balance(language),
        tier: engine.tierProgress(),
        affordableRewards: rewardsFor(homeParts.affordableRewards, engine, language),
        nextRewards: rewardsFor(homeParts.nextRewards, engine, language),
        survey: engine.survey(),
      },
    })),
  ],
}

/** The whole loyalty API, GET /me/home included: the standalone API, the tests, the examples. */
export const createApiHandlers = (options: HandlerOptions) => createHandlers(options, [HOME_ROUTE])
