import { delay, getResponse, HttpResponse, type HttpHandler } from 'msw'
import type { AnswerFault, Fault, FaultEndpoint, RedemptionFault } from '../designer-settings'
import type { LoyaltyEngine } from '../engine/engine'
import { atOnce } from '../engine/idempotency'
import { EngineError, type ProblemWriter } from '../engine/engine-error'
import type { Language } from '../engine/language'
import { answerLanguage, inLanguage } from './language'
import { problemResponse } from './problem'

// What a fault answers with: only requests to an endpoint with a fault set run this, so the
// browser loads it then (see ./faults).

/**
 * The answer to `request`, to an endpoint with `fault` set: `handlers` are the API's own, and
 * `engine` finds the member's engine (null when signed out).
 */
export async function answerWithFault(
  endpoint: FaultEndpoint,
  fault: Fault,
  request: Request,
  handlers: HttpHandler[],
  engine: () => LoyaltyEngine | null = () => null,
): Promise<Response> {
  const instance = new URL(request.url).pathname
  const language = await answerLanguage(request)
  // Handlers on a relative base URL ('/api/v1') match against the request's own origin.
  const answer = async () =>
    (await getResponse(handlers, request, { baseUrl: new URL(request.url).origin })) ??
    HttpResponse.json({ unexpected: true })
  switch (fault) {
    case 'done-elsewhere': {
      const member = engine()
      if (member && request.method === 'POST') await doElsewhere(member, endpoint, request)
      // The API's own answer: done already, so refused.
      return answer()
    }
    case 'next-page-500':
      // The first page comes from the API; a later one fails.
      return new URL(request.url).searchParams.has('cursor')
        ? internalError(instance, language)
        : answer()
    case 'sold-out':
    case 'price-changed':
    case 'points-taken-back':
    case 'limit-reached':
    case 'tier-raised': {
      const member = engine()
      if (member && request.method === 'POST') await changeReward(member, fault, request)
      // The API's own answer: the refusal a member whose page was out of date gets.
      return answer()
    }
    case '500':
      return internalError(instance, language)
    case '503': {
      const response = faultProblem(
        'service_unavailable',
        503,
        (w) => w.problems.unavailable,
        instance,
        language,
      )
      response.headers.set('Retry-After', '2')
      return response
    }
    case '401':
      return faultProblem('unauthorized', 401, (w) => w.problems.sessionEnded, instance, language)
    case 'timeout':
      return never()
    default: {
      // The API does the work (a redemption is spent), then the answer breaks on its way back.
      // A refusal changed nothing, so it passes through as is.
      const response = await answer()
      if (!response.ok) return response
      return breakAnswer(endpoint, fault, response, instance, language)
    }
  }
}

/** How much a `price-changed` fault raises a reward's cost. */
export const PRICE_RISE = 50

/** The fields of a command's JSON body, read without using it up; null when it has none. */
async function fieldsOf(request: Request): Promise<Record<string, unknown> | null> {
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null)
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : null
}

/** Per engine (one per page load), the rewards whose price a `price-changed` fault raised. */
const raisedBy = new WeakMap<LoyaltyEngine, Set<string>>()

/**
 * Just before the API sees the member's confirm, the reward or the balance changes there:
 * - `sold-out`: its last unit goes to someone else;
 * - `price-changed`: its price goes up (once per reward, so the confirm at the new price goes
 *   through);
 * - `points-taken-back`: a returned order takes back points until the reward costs one more
 *   than the member has;
 * - `tier-raised`: it becomes a reward of the tier above the member's;
 * - `limit-reached`: the member redeems it on another device (each with its own key) up to its
 *   limit per member.
 *
 * A reward the engine does not know is left to the API to refuse.
 */
async function changeReward(member: LoyaltyEngine, fault: RedemptionFault, request: Request) {
  const rewardId = (await fieldsOf(request))?.rewardId
  if (typeof rewardId !== 'string') return
  const reward = member.getReward(rewardId)
  if (!reward) return
  if (fault === 'sold-out') {
    member.setStock(rewardId, 0)
    return
  }
  if (fault === 'points-taken-back') {
    const taken = member.balance().available - reward.cost + 1
    if (taken > 0) member.takeBackPoints(taken)
    return
  }
  if (fault === 'tier-raised') {
    const above = member.tierProgress().nextTierId
    if (above !== null) member.setRewardTier(rewardId, above)
    return
  }
  if (fault === 'limit-reached') {
    const limit = reward.limitPerMember ?? 0
    try {
      for (let made = reward.redeemedByMe; made < limit; made += 1) {
        const idempotencyKey = `elsewhere-${crypto.randomUUID()}`
        member.redeem({ rewardId, expectedCost: reward.cost, idempotencyKey })
      }
    } catch {
      // Refused on the other device too (points, stock): the member's own confirm says why.
    }
    return
  }
  const raised = raisedBy.get(member) ?? new Set<string>()
  raisedBy.set(member, raised)
  if (raised.has(rewardId)) return
  raised.add(rewardId)
  member.setRewardCost(rewardId, reward.cost + PRICE_RISE)
}

/**
 * The member's command, done on another device just before theirs arrives (with its own key):
 * the action completed, the same birthday set, VIP joined (as the mock provider decides), this
 * period's question answered with the same score. Whatever the engine refuses here (done
 * already, say) it refuses the member too, which is the point.
 */
async function doElsewhere(member: LoyaltyEngine, endpoint: FaultEndpoint, request: Request) {
  const fields = await fieldsOf(request)
  if (!fields) return
  const idempotencyKey = `elsewhere-${crypto.randomUUID()}`
  try {
    if (endpoint === 'actions' && typeof fields.actionId === 'string') {
      member.completeAction({ actionId: fields.actionId, idempotencyKey })
    } else if (
      endpoint === 'birthday' &&
      typeof fields.month === 'number' &&
      typeof fields.day === 'number'
    ) {
      member.setBirthday({ month: fields.month, day: fields.day, idempotencyKey })
    } else if (
      endpoint === 'checkout' &&
      (fields.planId === 'monthly' || fields.planId === 'yearly') &&
      typeof fields.returnUrl === 'string'
    ) {
      atOnce(
        member.beginCheckout({
          planId: fields.planId,
          returnUrl: fields.returnUrl,
          idempotencyKey,
        }),
      )
    } else if (
      endpoint === 'survey-answer' &&
      typeof fields.surveyId === 'string' &&
      typeof fields.score === 'number'
    ) {
      atOnce(
        member.beginSurveyAnswer({
          surveyId: fields.surveyId,
          score: fields.score,
          idempotencyKey,
        }),
      )
    }
  } catch {
    // Refused elsewhere too (done already, not due): the member's own request says why.
  }
}

/** A problem the fault answers with, in the request's language as the API's own would be. */
function faultProblem(
  code: 'internal_error' | 'service_unavailable' | 'unauthorized',
  status: number,
  write: ProblemWriter,
  instance: string,
  language: Language,
) {
  const words = new EngineError(code, status, write).problem(language)
  return inLanguage(problemResponse({ status, ...words, code, instance }), language)
}

const internalError = (instance: string, language: Language) =>
  faultProblem('internal_error', 500, (w) => w.problems.internalError, instance, language)

/** Never answers: the client's own timeout (or the test's AbortSignal) ends the request. */
async function never(): Promise<never> {
  await delay('infinite')
  throw new Error('unreachable: an infinite delay never ends')
}

/** What a gateway in front of the API sends when the API's answer did not reach it. */
const BAD_GATEWAY_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'

/**
 * The API's successful `response`, broken on its way to the app the way `fault` says: the
 * connection drops, no answer comes, a gateway's HTML page or a 500 problem arrives instead,
 * the JSON is cut off, or (malformed) one field the app reads has the wrong type, so the
 * app's contract check (not a crash further on) has to catch it. Exported for tests that
 * break an answer themselves.
 */
export async function breakAnswer(
  endpoint: FaultEndpoint,
  fault: AnswerFault,
  response: Response,
  instance = new URL(response.url || 'http://localhost/').pathname,
  language: Language = 'en',
): Promise<Response> {
  const json = { 'Content-Type': 'application/json' }
  switch (fault) {
    case 'committed-drop':
      return HttpResponse.error()
    case 'committed-timeout':
      return never()
    case 'committed-502':
      return HttpResponse.html(BAD_GATEWAY_PAGE, { status: 502 })
    case 'committed-500':
      return internalError(instance, language)
    case 'committed-truncated': {
      const text = await response.text()
      return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
        status: response.status,
        headers: json,
      })
    }
    case 'malformed': {
      let body: unknown
      try {
        body = await response.clone().json()
      } catch {
        return HttpResponse.text('<html><body>Bad gateway</body></html>', { status: 200 })
      }
      const headers = new Headers(response.headers)
      headers.delete('Content-Length')
      headers.set('Content-Type', 'application/json')
      return new HttpResponse(JSON.stringify(breakContract(endpoint, body)), {
        status: response.status,
        headers,
      })
    }
  }
}

type Path = readonly (string | number)[]

/** Per endpoint, the fields to break, first one present wins; the first is what the app reads. */
const TARGETS: Record<FaultEndpoint, readonly Path[]> = {
  program: [['name']],
  me: [['firstName']],
  balance: [['available']],
  tier: [['qualifyingAmount', 'amount']],
  rewards: [['items', 0, 'cost'], ['items']],
  reward: [['cost']],
  redemptions: [['balance', 'available']],
  wallet: [['items', 0, 'rewardName'], ['items']],
  referrals: [['code']],
  'referred-friends': [['items', 0, 'status'], ['items']],
  challenges: [['items', 0, 'progress'], ['items']],
  'punch-cards': [['items', 0, 'stamps'], ['items']],
  partners: [['items', 0, 'name'], ['items']],
  session: [['member', 'firstName'], ['firstName'], ['expiresAt']],
  'earning-rules': [['rules', 0, 'title'], ['rules']],
  earning: [['items', 0, 'pointsEarned'], ['items']],
  actions: [['balance', 'available']],
  birthday: [['birthday', 'month'], ['firstName']],
  survey: [['state']],
  'survey-answer': [['balance', 'available']],
  'survey-dismiss': [['state']],
  preferences: [
    ['channels', 0, 'optedIn'],
    ['preferences', 'channels', 0, 'optedIn'],
  ],
  activity: [['items', 0, 'points'], ['items']],
  samples: [['items', 0, 'cost'], ['items']],
  join: [['welcomeBonus'], ['member', 'firstName']],
  'membership-plans': [['plans', 0, 'price', 'amount'], ['plans']],
  membership: [['status']],
  checkout: [['checkoutUrl']],
  'cancel-membership': [['benefitsEndOn'], ['status']],
}

/** A copy of `body` with the endpoint's field (or else its first field) of the wrong type. */
export function breakContract(endpoint: FaultEndpoint, body: unknown): unknown {
  if (!isContainer(body)) return 'unexpected'
  const copy: unknown = structuredClone(body)
  const path =
    TARGETS[endpoint].find((candidate) => lookup(copy, candidate).found) ??
    (Array.isArray(body) ? (body.length > 0 ? [0] : []) : Object.keys(body).slice(0, 1))
  if (path.length === 0) return 'unexpected'
  const parent = lookup(copy, path.slice(0, -1)).value
  const key = path[path.length - 1]
  if (isContainer(parent) && key !== undefined) {
    setChild(parent, key, wrongType(lookup(parent, [key]).value))
  }
  return copy
}

type Container = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

function lookup(value: unknown, path: Path): { found: boolean; value: unknown } {
  let current = value
  for (const key of path) {
    if (!isContainer(current)) return { found: false, value: undefined }
    if (Array.isArray(current)) {
      if (typeof key !== 'number' || key >= current.length)
        return { found: false, value: undefined }
      current = current[key]
    } else {
      if (!Object.hasOwn(current, key)) return { found: false, value: undefined }
      current = current[String(key)]
    }
  }
  return { found: true, value: current }
}

function setChild(parent: Container, key: string | number, value: unknown) {
  if (Array.isArray(parent)) {
    if (typeof key === 'number') parent[key] = value
  } else {
    parent[String(key)] = value
  }
}

/** A value of another JSON type: a number becomes a string, a string a number, and so on. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value.length
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return 'unexpected'
}
