import { buildChallengeAlmostDone } from './challenge-almost-done'
import { buildBirthdayMonth } from './birthday-month'
import { buildDefaultMember, mayaAs } from './default-member'
import { buildExpiringPoints } from './expiring-points'
import { buildJustJoined } from './just-joined'
import { buildLargeCatalog } from './large-catalog'
import { buildLongHistory } from './long-history'
import { buildNearReward } from './near-reward'
import { buildNearTier } from './near-tier'
import { buildNewMember } from './new-member'
import { buildOutOfStock } from './out-of-stock'
import { buildReferralChampion } from './referral-champion'
import type { ScenarioName } from './scenarios'
import { buildSurveyDue } from './survey-due'
import type { ScenarioContext, ScenarioState } from './scenario-state'
import { buildTierAtRisk } from './tier-at-risk'
import { buildTopTier } from './top-tier'
import { buildVipMember } from './vip-member'

/**
 * Each scenario's builder, given a context for a member: `as(name)` is the context with that
 * scenario's own random stream, so scenarios built on the default member (large-catalog,
 * out-of-stock) show exactly the default member's history and wallet.
 */
const builders: Record<
  ScenarioName,
  (as: (member: ScenarioName) => ScenarioContext, root: ScenarioContext) => ScenarioState
> = {
  default: (as) => buildDefaultMember(as('default')),
  'new-member': (as) => buildNewMember(as('new-member')),
  'near-reward': (as) => buildNearReward(as('near-reward')),
  'near-tier': (as) => buildNearTier(as('near-tier')),
  'expiring-points': (as) => buildExpiringPoints(as('expiring-points')),
  'top-tier': (as) => buildTopTier(as('top-tier')),
  'large-catalog': (as, root) =>
    buildLargeCatalog(as('default'), root.random.fork('large-catalog')),
  'out-of-stock': (as) => buildOutOfStock(as('default')),
  'just-joined': (as) => buildJustJoined(as('just-joined')),
  'tier-at-risk': (as) => buildTierAtRisk(as('tier-at-risk')),
  // The account a guest can sign in as: Maya, as an account of her own.
  guest: (as) => {
    const state = buildDefaultMember(as('default'))
    return { ...state, member: mayaAs(state.member, 'guest') }
  },
  'challenge-almost-done': (as) => buildChallengeAlmostDone(as('challenge-almost-done')),
  'referral-champion': (as) => buildReferralChampion(as('referral-champion')),
  'long-history': (as) => buildLongHistory(as('long-history')),
  'birthday-month': (as) => buildBirthdayMonth(as('birthday-month')),
  'vip-member': (as) => buildVipMember(as('vip-member')),
  'survey-due': (as) => buildSurveyDue(as('survey-due')),
}

/** Builds a scenario; `context.random` is the engine's root generator. */
export function buildScenario(name: ScenarioName, context: ScenarioContext): ScenarioState {
  const as = (member: ScenarioName): ScenarioContext => ({
    ...context,
    random: context.random.fork(`scenario:${member}`),
  })
  return builders[name](as, context)
}
