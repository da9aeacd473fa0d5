import { cancelMembership } from '@/api/contract/cancel-membership'
import { answerSurvey } from '@/api/contract/answer-survey'
import { completeAction } from '@/api/contract/complete-action'
import { dismissSurvey } from '@/api/contract/dismiss-survey'
import { getPreferences } from '@/api/contract/get-preferences'
import { getSurvey } from '@/api/contract/get-survey'
import { getBalance } from '@/api/contract/get-balance'
import { getEarningProgress } from '@/api/contract/get-earning-progress'
import { getEarningRules } from '@/api/contract/get-earning-rules'
import { getMe } from '@/api/contract/get-me'
import { getMembership } from '@/api/contract/get-membership'
import { getMembershipPlans } from '@/api/contract/get-membership-plans'
import { getProgram } from '@/api/contract/get-program'
import { getReward } from '@/api/contract/get-reward'
import { getReferrals } from '@/api/contract/get-referrals'
import { getTierProgress } from '@/api/contract/get-tier-progress'
import { listChallenges } from '@/api/contract/list-challenges'
import { listPartners } from '@/api/contract/list-partners'
import { listPunchCards } from '@/api/contract/list-punch-cards'
import { listActivity } from '@/api/contract/list-activity'
import { listRedemptions } from '@/api/contract/list-redemptions'
import { listPublicRewards } from '@/api/contract/list-public-rewards'
import { listReferredFriends } from '@/api/contract/list-referred-friends'
import { listRewards } from '@/api/contract/list-rewards'
import { redeemReward } from '@/api/contract/redeem-reward'
import { setBirthday } from '@/api/contract/set-birthday'
import { signIn } from '@/api/contract/sign-in'
import { signOut } from '@/api/contract/sign-out'
import { signOutEverywhere } from '@/api/contract/sign-out-everywhere'
import { setPreference } from '@/api/contract/set-preference'
import { signUp } from '@/api/contract/sign-up'
import { startCheckout } from '@/api/contract/start-checkout'
import { EngineError } from '../engine/engine-error'
import type { Begun } from '../engine/idempotency'
import { toRewardQuery } from '../engine/reward-query'
import { rule, type Rule, type ServerBehaviour } from './serve'
import { clearedSessionCookie, sessionCookie } from './session'

export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed'

/**
 * An idempotent command's answer: the stored result again for a repeat of its key (marked
 * replayed), or, after the time a real server takes (a repeat meanwhile is answered
 * idempotency_key_in_use), the new result.
 */
async function answerCommand<Result, const Status extends number>(
  begun: Begun<Result>,
  status: Status,
  server: ServerBehaviour,
) {
  if (begun.state === 'replayed') {
    return {
      status,
      body: begun.result,
      headers: { [IDEMPOTENT_REPLAYED_HEADER]: 'true' },
    }
  }
  await server.commandProcessing?.()
  return { status, body: begun.commit() }
}

/**
 * The mock loyalty API: for every endpoint declared in src/api/contract/, the engine rule that
 * answers it, under the name a designer makes it fail by (`?fail=balance:500`) and the label
 * the designer panel shows. All but GET /me/home (home-route.ts), which only real mode's boot
 * script asks for. A contract test checks that every declaration has its rule.
 */
export const ROUTES = {
  program: {
    label: 'Program',
    rules: [
      rule(getProgram, ({ sessions, language }) => ({
        status: 200,
        body: sessions.publicEngine().program(language),
      })),
    ],
  },
  samples: {
    label: 'Sample rewards',
    rules: [
      rule(listPublicRewards, ({ sessions, query, language }) => ({
        status: 200,
        body: sessions.publicEngine().publicRewards(query.limit, language),
      })),
    ],
  },
  me: {
    label: 'Profile',
    rules: [rule(getMe, ({ engine }) => ({ status: 200, body: engine.me() }))],
  },
  balance: {
    label: 'Balance',
    rules: [
      rule(getBalance, ({ engine, language }) => ({ status: 200, body: engine.balance(language) })),
    ],
  },
  tier: {
    label: 'Tier progress',
    rules: [rule(getTierProgress, ({ engine }) => ({ status: 200, body: engine.tierProgress() }))],
  },
  rewards: {
    label: 'Reward catalog',
    rules: [
      rule(listRewards, ({ engine, query, language }) => ({
        status: 200,
        body: engine.listRewards(toRewardQuery(query), language),
      })),
    ],
  },
  reward: {
    label: 'One reward',
    rules: [
      rule(getReward, ({ engine, params, language }) => {
        const reward = engine.getReward(params.id, language)
        if (!reward) {
          throw new EngineError('not_found', 404, (w) => w.problems.rewardNotFound(params.id))
        }
        return { status: 200, body: reward }
      }),
    ],
  },
  redemptions: {
    label: 'Redeeming',
    rules: [
      rule(redeemReward, ({ engine, body, idempotencyKey, server, language }) =>
        answerCommand(engine.beginRedemption({ ...body, idempotencyKey }, language), 201, server),
      ),
    ],
  },
  wallet: {
    label: 'Wallet',
    rules: [
      rule(listRedemptions, ({ engine, query, language }) => ({
        status: 200,
        body: engine.listRedemptions(query, language),
      })),
    ],
  },
  referrals: {
    label: 'Referrals',
    rules: [rule(getReferrals, ({ engine }) => ({ status: 200, body: engine.referrals() }))],
  },
  'referred-friends': {
    label: 'Referred friends',
    rules: [
      rule(listReferredFriends, ({ engine, query }) => ({
        status: 200,
        body: engine.referredFriends(query),
      })),
    ],
  },
  challenges: {
    label: 'Challenges',
    rules: [
      rule(listChallenges, ({ engine, query, language }) => ({
        status: 200,
        body: engine.challenges(query, language),
      })),
    ],
  },
  'punch-cards': {
    label: 'Punch cards',
    rules: [
      rule(listPunchCards, ({ engine, query, language }) => ({
        status: 200,
        body: engine.punchCards(query, language),
      })),
    ],
  },
  partners: {
    label: 'Partners',
    rules: [
      rule(listPartners, ({ sessions, query, language }) => ({
        status: 200,
        body: sessions.publicEngine().partners(query, language),
      })),
    ],
  },
  'earning-rules': {
    label: 'Ways to earn',
    rules: [
      rule(getEarningRules, ({ sessions, language }) => ({
        status: 200,
        body: sessions.publicEngine().earningRules(language),
      })),
    ],
  },
  earning: {
    label: 'Earning progress',
    rules: [
      rule(getEarningProgress, ({ engine }) => ({ status: 200, body: engine.earningProgress() })),
    ],
  },
  actions: {
    label: 'Completing an action',
    rules: [
      rule(completeAction, ({ engine, body, idempotencyKey, server, language }) =>
        answerCommand(engine.beginAction({ ...body, idempotencyKey }, language), 201, server),
      ),
    ],
  },
  birthday: {
    label: 'Setting the birthday',
    rules: [
      rule(setBirthday, ({ engine, body, idempotencyKey, server }) =>
        answerCommand(engine.beginBirthday({ ...body, idempotencyKey }), 200, server),
      ),
    ],
  },
  'membership-plans': {
    label: 'VIP plans',
    rules: [
      rule(getMembershipPlans, ({ engine, language }) => ({
        status: 200,
        body: engine.membershipPlans(language),
      })),
    ],
  },
  membership: {
    label: 'VIP membership',
    rules: [rule(getMembership, ({ engine }) => ({ status: 200, body: engine.membership() }))],
  },
  checkout: {
    label: 'VIP checkout',
    rules: [
      rule(startCheckout, ({ engine, body, idempotencyKey, server }) =>
        answerCommand(engine.beginCheckout({ ...body, idempotencyKey }), 201, server),
      ),
    ],
  },
  'cancel-membership': {
    label: 'Cancelling VIP',
    rules: [
      rule(cancelMembership, ({ engine, idempotencyKey, server }) =>
        answerCommand(engine.beginCancelMembership({ idempotencyKey }), 200, server),
      ),
    ],
  },
  survey: {
    label: 'Net promoter question',
    rules: [rule(getSurvey, ({ engine }) => ({ status: 200, body: engine.survey() }))],
  },
  'survey-answer': {
    label: 'Answering the question',
    rules: [
      rule(answerSurvey, ({ engine, body, idempotencyKey, server, language }) =>
        answerCommand(engine.beginSurveyAnswer({ ...body, idempotencyKey }, language), 201, server),
      ),
    ],
  },
  'survey-dismiss': {
    label: 'Dismissing the question',
    rules: [
      rule(dismissSurvey, ({ engine, body }) => ({
        status: 200,
        body: engine.dismissSurvey(body.surveyId),
      })),
    ],
  },
  preferences: {
    label: 'Communication preferences',
    rules: [
      rule(getPreferences, ({ engine }) => ({ status: 200, body: engine.preferences() })),
      rule(setPreference, ({ engine, body, idempotencyKey, server, language }) =>
        answerCommand(engine.beginPreference({ ...body, idempotencyKey }, language), 200, server),
      ),
    ],
  },
  activity: {
    label: 'Activity',
    rules: [
      rule(listActivity, ({ engine, query, language }) => ({
        status: 200,
        body: engine.listActivity(query, language),
      })),
    ],
  },
  session: {
    label: 'Session',
    rules: [
      rule(signIn, ({ sessions, request, body }) => {
        const result = sessions.signIn(body, request)
        switch (result.outcome) {
          case 'signed-in':
            return {
              status: 200,
              body: result.member,
              headers: { 'Set-Cookie': sessionCookie(result.token, request.request.url) },
            }
          case 'locked':
            throw new EngineError('account_locked', 423, (w) => w.problems.accountLocked)
          case 'invalid-credentials':
            throw new EngineError('invalid_credentials', 401, (w) => w.problems.invalidCredentials)
        }
      }),
      rule(signOut, ({ sessions, request }) => {
        sessions.signOut(request)
        return {
          status: 204,
          body: null,
          headers: { 'Set-Cookie': clearedSessionCookie(request.request.url) },
        }
      }),
      rule(signOutEverywhere, ({ sessions, request }) => {
        sessions.signOutEverywhere(request)
        return {
          status: 204,
          body: null,
          headers: { 'Set-Cookie': clearedSessionCookie(request.request.url) },
        }
      }),
    ],
  },
  join: {
    label: 'Joining',
    rules: [
      rule(signUp, ({ sessions, request, body, idempotencyKey }) => {
        const result = sessions.signUp({ ...body, idempotencyKey }, request)
        switch (result.outcome) {
          case 'joined':
            return {
              status: 201,
              body: result.result,
              headers: {
                'Set-Cookie': sessionCookie(result.token, request.request.url),
                ...(result.replayed && { [IDEMPOTENT_REPLAYED_HEADER]: 'true' }),
              },
            }
          case 'email-taken':
            throw new EngineError('email_taken', 409, (w) => w.problems.emailTaken)
          case 'key-reused':
            throw new EngineError('idempotency_key_reused', 422, (w) =>
              w.problems.joinKeyReused({ key: idempotencyKey }),
            )
          case 'invalid':
            throw new EngineError('bad_request', 400, (w) =>
              result.reason === 'terms' ? w.problems.termsNotAccepted : w.problems.firstNameBlank,
            )
        }
      }),
    ],
  },
} satisfies Record<string, { label: string; rules: readonly Rule[] }>
