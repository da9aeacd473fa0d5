import { buildBirthdayMonth } from './birthday-month'
import { buildChallengeAlmostDone } from './challenge-almost-done'
import { buildEmptyProgram } from './empty-program'
import { buildExpiringPoints } from './expiring-points'
import { buildLargeCatalog } from './large-catalog'
import { buildLongHistory } from './long-history'
import { buildNearReward } from './near-reward'
import { buildNearTier } from './near-tier'
import { buildNewMember } from './new-member'
import { buildOutOfStock } from './out-of-stock'
import { buildReferralChampion } from './referral-champion'
import type { ScenarioBuilder } from './scenario-builder'
import type { ScenarioName } from './scenarios'
import { buildSurveyDue } from './survey-due'
import { buildTierAtRisk } from './tier-at-risk'
import { buildTopTier } from './top-tier'
import { buildVipMember } from './vip-member'

/**
 * The builders of every scenario but those build-scenario.ts always has: one module, so the
 * browser loads them in one chunk, and only when one of them is started (loadScenario).
 */
export const moreScenarios: Readonly<Partial<Record<ScenarioName, ScenarioBuilder>>> = {
  'new-member': (as) => buildNewMember(as('new-member')),
  'near-reward': (as) => buildNearReward(as('near-reward')),
  'near-tier': (as) => buildNearTier(as('near-tier')),
  'expiring-points': (as) => buildExpiringPoints(as('expiring-points')),
  'top-tier': (as) => buildTopTier(as('top-tier')),
  'large-catalog': (as, root) =>
    buildLargeCatalog(as('default'), root.random.fork('large-catalog')),
  'out-of-stock': (as) => buildOutOfStock(as('default')),
  'tier-at-risk': (as) => buildTierAtRisk(as('tier-at-risk')),
  'challenge-almost-done': (as) => buildChallengeAlmostDone(as('challenge-almost-done')),
  'referral-champion': (as) => buildReferralChampion(as('referral-champion')),
  'long-history': (as) => buildLongHistory(as('long-history')),
  'birthday-month': (as) => buildBirthdayMonth(as('birthday-month')),
  'vip-member': (as) => buildVipMember(as('vip-member')),
  'survey-due': (as) => buildSurveyDue(as('survey-due')),
  'empty-program': (as) => buildEmptyProgram(as('empty-program')),
}
