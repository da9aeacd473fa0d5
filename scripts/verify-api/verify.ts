// npm run verify-api: exercises a loyalty API the way the portal does and checks every answer
// against the contract. What it checks comes from the endpoint declarations (src/api/contract/):
// a new declaration is covered without a change here.
import { isDeepStrictEqual } from 'node:util'
import * as z from 'zod/mini'
import type { Endpoint, RequestParts } from '@/api/endpoint'
import { endpointName, SampleUnavailable, type SampleContext } from '@/api/endpoint-docs'
import { cancelMembership } from '@/api/contract/cancel-membership'
import { getBalance } from '@/api/contract/get-balance'
import { getHome, homeParts } from '@/api/contract/get-home'
import { getMembership } from '@/api/contract/get-membership'
import { answerSurvey } from '@/api/contract/answer-survey'
import { getMe } from '@/api/contract/get-me'
import { getPreferences } from '@/api/contract/get-preferences'
import { getSurvey } from '@/api/contract/get-survey'
import { setPreference } from '@/api/contract/set-preference'
import { signOutEverywhere } from '@/api/contract/sign-out-everywhere'
import { signIn } from '@/api/contract/sign-in'
import { startCheckout } from '@/api/contract/start-checkout'
import { Problem } from '@/api/schemas/problem'
import { SignUpResult } from '@/api/schemas/session'
import { Membership } from '@/api/schemas/membership'
import { problemCodes } from '@/api/schemas/problem-code'
import { callerFor, schemaIssue, send, type Answer } from '../contract/http'
import { loadContract, type DeclaredEndpoint } from '../contract/load-contract'

export type VerifyOptions = {
  /** e.g. http://127.0.0.1:8787/api/v1 */
  baseUrl: string
  /** A test member to sign in as (or `cookie`). */
  credentials?: { email: string; password: string }
  /** A session cookie, `session=…`, instead of signing in. */
  cookie?: string
  /** The portal's origin, for the CORS checks. */
  origin?: string
  /** Skip everything that spends points. */
  dryRun?: boolean
  /** Where the report goes, a line at a time. */
  print: (line: string) => void
}

/** WARN: the API does not do what the contract says it SHOULD; it does what it MUST. */
export type Outcome = 'PASS' | 'FAIL' | 'WARN' | 'SKIP'
export type Check = { outcome: Outcome; subject: string; what: string; reason?: string }

/** Ends a check that did not hold, saying why. */
const fail = (reason: string): never => {
  throw new Error(reason)
}

/** A check that held what the contract requires, but not what it recommends. */
class Warning extends Error {}

/** Ends a check with a warning: what it SHOULD do and does not. */
const warn = (reason: string): never => {
  throw new Warning(reason)
}

/** What the language checks ask for: Spanish, by a region first, as a browser in Mexico would. */
const SPANISH = 'es-MX, es;q=0.9'

/**
 * The answer says which language its words are in (MUST), and that is Spanish (SHOULD: a
 * backend may not offer Spanish), with `Vary: Accept-Language` (SHOULD, for caches).
 */
function expectSpanish(answer: Answer) {
  const language = answer.headers.get('Content-Language')
  if (!language) fail('no Content-Language: every answer with a body must say its language')
  const tags = (language ?? '').split(',').map((tag) => tag.trim().toLowerCase())
  if (!tags.some((tag) => tag === 'es' || tag.startsWith('es-'))) {
    warn(`answered in ${String(language)}: members who read Spanish get these words`)
  }
  const vary = (answer.headers.get('Vary') ?? '').toLowerCase().split(',')
  if (!vary.some((name) => name.trim() === 'accept-language' || name.trim() === '*')) {
    warn('no Vary: Accept-Language: a cache may hand this Spanish answer to anyone')
  }
}

const trimmed = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text)

/** The answer is an RFC 9457 problem with a code the endpoint declares (and `code`, if given). */
function expectProblem(endpoint: Endpoint, answer: Answer, status: number, code?: string) {
  if (answer.status !== status) {
    fail(`answered ${String(answer.status)}, expected ${String(status)}: ${trimmed(answer.text)}`)
  }
  checkProblem(endpoint, answer)
  if (code !== undefined && Problem.parse(answer.body).code !== code) {
    fail(`code is ${Problem.parse(answer.body).code}, expected ${code}`)
  }
}

/** Any error answer: application/problem+json, the Problem schema, its status, a declared code. */
function checkProblem(endpoint: Endpoint, answer: Answer) {
  const type = answer.headers.get('Content-Type') ?? ''
  if (!type.includes('application/problem+json')) {
    fail(`a ${String(answer.status)} answer is ${type || 'untyped'}, not application/problem+json`)
  }
  const issue = schemaIssue(Problem, answer.body)
  if (issue) fail(`the problem is not RFC 9457 problem details: ${issue}`)
  const problem = Problem.parse(answer.body)
  if (problem.status !== answer.status) {
    fail(
      `the problem says status ${String(problem.status)}, the answer is ${String(answer.status)}`,
    )
  }
  const known: readonly string[] = problemCodes(endpoint)
  if (!known.includes(problem.code)) {
    fail(
      `code "${problem.code}" is not one ${endpointName(endpoint)} declares (${known.join(', ')})`,
    )
  }
}

/** A success status the endpoint declares, with a body inside its schema. */
function expectSuccess(endpoint: Endpoint, answer: Answer) {
  const schema = endpoint.responses[answer.status]
  if (schema === undefined) {
    if (answer.status >= 400) checkProblem(endpoint, answer)
    fail(`answered ${String(answer.status)}: ${trimmed(answer.text)}`)
  }
  if (schema) {
    const issue = schemaIssue(schema, answer.body)
    if (issue) fail(issue)
  }
}

/** The fields of a GET endpoint's query schema, when it has one. */
function queryFields(endpoint: Endpoint): string[] {
  if (!endpoint.query) return []
  const schema = z.toJSONSchema(endpoint.query, { io: 'input' })
  return Object.keys(schema.properties ?? {})
}

/** `{ items: [{ id }...], nextCursor }` as a paged list answers. */
const Page = z.object({
  items: z.array(z.looseObject({ id: z.string() })),
  nextCursor: z.nullable(z.string()),
})

/** The `name=value` of the cookie an answer sets, or '' when it sets none. */
const sessionCookie = (answer: Answer) =>
  answer.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((value) => value.includes('=')) ?? ''

const PAGE_SIZE = 10
const MAX_PAGES = 2000
const UNKNOWN_ID = 'verify-api-no-such-id'

export async function verifyApi(options: VerifyOptions): Promise<Check[]> {
  const { baseUrl, print } = options
  const { endpoints } = await loadContract()
  const checks: Check[] = []
  let cookie = options.cookie ?? ''

  const record = (check: Check) => {
    checks.push(check)
    const subject = check.subject.padEnd(24)
    print(`${check.outcome}  ${subject} ${check.what}${check.reason ? `: ${check.reason}` : ''}`)
  }
  const check = async (subject: string, what: string, run: () => Promise<void>) => {
    try {
      await run()
      record({ outcome: 'PASS', subject, what })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      record({ outcome: error instanceof Warning ? 'WARN' : 'FAIL', subject, what, reason })
    }
  }
  const skip = (subject: string, what: string, reason: string) =>
    record({ outcome: 'SKIP', subject, what, reason })

  const transport = (request: Request) => fetch(request)
  const call = (endpoint: Endpoint, input: RequestParts, headers: Record<string, string> = {}) =>
    send(transport, baseUrl, endpoint, input, { ...(cookie && { Cookie: cookie }), ...headers })
  const anonymous = (endpoint: Endpoint, input: RequestParts) =>
    send(transport, baseUrl, endpoint, input)
  const context: SampleContext = {
    call: callerFor(transport, baseUrl, (): Record<string, string> =>
      cookie ? { Cookie: cookie } : {},
    ),
    credentials: options.credentials ?? { email: '', password: '' },
  }

  print(
    `Loyalty API at ${baseUrl}${options.dryRun ? ' (dry run: nothing that spends points)' : ''}`,
  )

  // A session first: everything but the public endpoints needs one.
  const credentials = options.credentials
  if (credentials) {
    await check(endpointName(signIn), `signs in as ${credentials.email}`, async () => {
      const answer = await anonymous(signIn, { body: credentials })
      expectSuccess(signIn, answer)
      const pair = sessionCookie(answer)
      if (!pair) fail('no Set-Cookie with the session')
      cookie = pair
    })
  }
  if (!cookie) {
    print('No session (sign-in failed, or neither --email/--password nor --cookie): stopping.')
    return checks
  }

  const samples = new Map<DeclaredEndpoint, { input: RequestParts; note?: string }>()
  for (const declared of endpoints) {
    const { endpoint, docs } = declared
    // A dry run does not look for something to spend on: it spends nothing. Cancelling VIP is
    // checked after a checkout has made the member VIP (checkMembership).
    if (endpoint === signIn || endpoint === cancelMembership || !docs.sample) continue
    if (options.dryRun && endpoint.idempotent) continue
    try {
      samples.set(declared, await docs.sample(context))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      if (error instanceof SampleUnavailable) {
        skip(endpointName(endpoint), 'everything it can be checked by', reason)
        continue
      }
      record({
        outcome: 'FAIL',
        subject: endpointName(endpoint),
        what: 'finds a valid input',
        reason,
      })
    }
  }
  const inputOf = (declared: DeclaredEndpoint) => samples.get(declared)?.input ?? {}

  // Reads: every answer inside its schema, 401 without a session, 404 for an unknown id, paging.
  for (const declared of endpoints.filter(({ endpoint }) => !endpoint.method)) {
    const { endpoint } = declared
    const name = endpointName(endpoint)
    if (declared.docs.sample && !samples.has(declared)) continue
    await check(name, 'answers inside its schema', async () => {
      expectSuccess(endpoint, await call(endpoint, inputOf(declared)))
    })
    if (endpoint.path.includes('{') && problemCodes(endpoint).includes('not_found')) {
      await check(name, 'answers an unknown id with 404 not_found', async () => {
        const params = Object.fromEntries(
          [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => [param, UNKNOWN_ID]),
        )
        expectProblem(endpoint, await call(endpoint, { params }), 404, 'not_found')
      })
    }
    const fields = queryFields(endpoint)
    if (fields.includes('cursor') && endpoint.responses[200]) {
      await check(name, 'pages through the whole list with its cursor', async () => {
        const seen = new Set<string>()
        let cursor: string | null | undefined
        let pages = 0
        do {
          const query = {
            ...(fields.includes('limit') && { limit: PAGE_SIZE }),
            cursor: cursor ?? undefined,
          }
          const answer = await call(endpoint, { ...inputOf(declared), query })
          expectSuccess(endpoint, answer)
          const issue = schemaIssue(Page, answer.body)
          if (issue) fail(`not a page of items with ids: ${issue}`)
          const page = Page.parse(answer.body)
          for (const { id } of page.items) {
            if (seen.has(id)) fail(`id ${id} comes twice (page ${String(pages + 1)})`)
            seen.add(id)
          }
          cursor = page.nextCursor
          pages += 1
          if (pages > MAX_PAGES) fail(`still a nextCursor after ${String(MAX_PAGES)} pages`)
        } while (cursor !== null)
      })
    }
  }

  // The first screen in one answer: the portal takes each part as its own request's answer.
  // The balance and the tier say when they were computed: a moment later for a request alone.
  const timeless = (value: unknown) =>
    typeof value === 'object' && value !== null ? { ...value, asOf: undefined } : value
  await check(endpointName(getHome), 'answers each part as its own request does', async () => {
    const home = await call(getHome, {})
    expectSuccess(getHome, home)
    const parts = home.body as Record<string, unknown>
    for (const [part, path] of Object.entries(homeParts)) {
      const answer = await fetch(new URL(`${baseUrl.replace(/\/+$/, '')}${path}`), {
        headers: { Accept: 'application/json', Cookie: cookie },
      })
      const alone: unknown = await answer.json().catch(() => undefined)
      if (!isDeepStrictEqual(timeless(parts[part]), timeless(alone))) {
        fail(`${part} is not what GET ${path} answers`)
      }
    }
  })

  // Languages: every answer with a body says its language; the API should answer in the one
  // asked for. Refusals have words too.
  for (const declared of endpoints.filter(({ endpoint }) => !endpoint.method)) {
    const { endpoint } = declared
    if (declared.docs.sample && !samples.has(declared)) continue
    await check(
      endpointName(endpoint),
      `answers Accept-Language: ${SPANISH} in Spanish`,
      async () => {
        const answer = await call(endpoint, inputOf(declared), { 'Accept-Language': SPANISH })
        expectSuccess(endpoint, answer)
        expectSpanish(answer)
      },
    )
  }
  const guarded = endpoints.find(({ endpoint }) => !endpoint.method && endpoint.session === true)
  if (guarded) {
    await check(
      endpointName(guarded.endpoint),
      `refuses with Accept-Language: ${SPANISH} in Spanish`,
      async () => {
        const answer = await send(transport, baseUrl, guarded.endpoint, inputOf(guarded), {
          'Accept-Language': SPANISH,
        })
        expectProblem(guarded.endpoint, answer, 401, 'unauthorized')
        expectSpanish(answer)
      },
    )
  }

  // Without a session: 401 unauthorized, for every endpoint that needs one.
  for (const declared of endpoints.filter(({ endpoint }) => endpoint.session === true)) {
    const { endpoint } = declared
    await check(endpointName(endpoint), 'answers 401 unauthorized without a session', async () => {
      expectProblem(endpoint, await anonymous(endpoint, inputOf(declared)), 401, 'unauthorized')
    })
  }

  // Idempotency: what spends points, spent exactly once per key; what earns them (joining),
  // credited exactly once.
  for (const declared of endpoints.filter(({ endpoint }) => endpoint.idempotent)) {
    const name = endpointName(declared.endpoint)
    const sample = samples.get(declared)
    const joins = declared.endpoint.session === false
    if (options.dryRun) {
      skip(
        name,
        'idempotency',
        joins ? 'dry run: it creates a member' : 'dry run: it spends points',
      )
      continue
    }
    if (!sample) continue
    if (joins) {
      await checkJoining(declared, sample.input)
      continue
    }
    print(`Spending with ${name} on ${sample.note ?? JSON.stringify(sample.input.body)}, twice:`)
    await checkIdempotency(declared, sample.input)
  }

  if (!options.dryRun) await checkMembership()

  /**
   * Paid VIP membership, after the checkout above: what the membership says now, then (when the
   * provider has already confirmed it, as the reference implementation's does) cancelling it,
   * twice with one key and once more with another, which end the benefits on one day.
   */
  async function checkMembership() {
    const checkedOut = [...samples.keys()].some(({ endpoint }) => endpoint === startCheckout)
    const read = async () => {
      const answer = await call(getMembership, {})
      expectSuccess(getMembership, answer)
      return Membership.parse(answer.body)
    }
    let membership: Membership
    try {
      membership = await read()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      record({ outcome: 'FAIL', subject: endpointName(getMembership), what: 'VIP', reason })
      return
    }
    if (checkedOut) {
      await check(
        endpointName(getMembership),
        'is pending or active after a checkout',
        async () => {
          if (membership.status !== 'pending' && membership.status !== 'active') {
            fail(`status ${membership.status} after POST /me/membership/checkout`)
          }
        },
      )
    }
    const name = endpointName(cancelMembership)
    if (membership.status !== 'active') {
      skip(
        name,
        'cancels once, keeping the benefits to the end of the period',
        `the membership is ${membership.status}, not active (a provider confirms a checkout later)`,
      )
      return
    }
    print(`Cancelling the member’s VIP membership (${membership.planId ?? ''}), twice:`)
    const input = { idempotencyKey: crypto.randomUUID() }
    const first = await call(cancelMembership, input)
    await check(name, 'answers the membership, cancelled with the day benefits end', async () => {
      expectSuccess(cancelMembership, first)
      const cancelled = Membership.parse(first.body)
      if (cancelled.status !== 'cancelled') fail(`status ${cancelled.status}`)
      const ends = cancelled.benefitsEndOn
      if (ends === null) return fail('no benefitsEndOn')
      if (membership.renewsOn !== null && ends >= membership.renewsOn) {
        fail(`benefits end on ${ends}, not before the renewal on ${membership.renewsOn}`)
      }
    })
    await check(name, 'replays the first result for a repeat with the same key', async () => {
      const again = await call(cancelMembership, input)
      if (
        again.status !== first.status ||
        JSON.stringify(again.body) !== JSON.stringify(first.body)
      ) {
        fail(`answered ${String(again.status)} ${trimmed(again.text)}`)
      }
    })
    await check(name, 'changes nothing when cancelled again with a new key', async () => {
      const again = await call(cancelMembership, { idempotencyKey: crypto.randomUUID() })
      expectSuccess(cancelMembership, again)
      const now = await read()
      if (JSON.stringify(now) !== JSON.stringify(first.body)) {
        fail(`GET /me/membership answers ${JSON.stringify(now)}`)
      }
    })
    await check(
      endpointName(startCheckout),
      'refuses a checkout while cancelled benefits last (409 conflict)',
      async () => {
        const answer = await call(startCheckout, {
          body: { planId: 'yearly', returnUrl: 'https://rewards.example.com/membership/return' },
          idempotencyKey: crypto.randomUUID(),
        })
        expectProblem(startCheckout, answer, 409, 'conflict')
      },
    )
  }

  /**
   * Joining, without this run's session: a member of its own (a fresh address each run),
   * signed in by the answer's cookie, with the welcome bonus credited once for a repeat.
   */
  async function checkJoining({ endpoint, docs }: DeclaredEndpoint, sample: RequestParts) {
    const name = endpointName(endpoint)
    const email = `verify-api+${crypto.randomUUID()}@example.com`
    const body = { ...(typeof sample.body === 'object' ? sample.body : {}), email }
    const input = { ...sample, body, idempotencyKey: crypto.randomUUID() }
    print(`Joining as ${email}, twice with one key:`)
    const first = await anonymous(endpoint, input)
    const joined = sessionCookie(first)
    const available = async () => {
      const answer = await send(transport, baseUrl, getBalance, {}, { Cookie: joined })
      expectSuccess(getBalance, answer)
      return getBalance.responses[200].parse(answer.body).available
    }
    await check(name, 'answers the first request inside its schema, with a session', async () => {
      expectSuccess(endpoint, first)
      if (!joined) fail('no Set-Cookie with the new member’s session')
    })
    if (first.status >= 300 || !joined) return
    // Read where a broken balance answer cannot stop the run: the check below says so.
    const credited = await available().catch((error: unknown) =>
      error instanceof Error ? error.message : String(error),
    )
    await check(name, 'replays the first result for a repeat with the same key', async () => {
      const again = await anonymous(endpoint, input)
      if (again.status !== first.status) {
        fail(`answered ${String(again.status)}, the first answer was ${String(first.status)}`)
      }
      if (JSON.stringify(again.body) !== JSON.stringify(first.body)) fail('the answer differs')
    })
    await check(name, 'credits the welcome bonus once (unchanged by the repeat)', async () => {
      const bonus = SignUpResult.parse(first.body).welcomeBonus
      if (typeof credited === 'string') fail(`the new member’s balance: ${credited}`)
      if (credited !== bonus) {
        fail(`the new member has ${String(credited)} points, the answer says ${String(bonus)}`)
      }
      const after = await available()
      if (after !== credited)
        fail(`${String(after)} points after the repeat, ${String(credited)} before`)
    })
    if (docs.variant) {
      const variant = docs.variant(input)
      await check(name, 'refuses the same key with another body (422)', async () => {
        expectProblem(endpoint, await anonymous(endpoint, variant), 422, 'idempotency_key_reused')
      })
    }
    await check(name, 'refuses the same email with a new key (409 email_taken)', async () => {
      const again = { ...input, idempotencyKey: crypto.randomUUID() }
      expectProblem(endpoint, await anonymous(endpoint, again), 409, 'email_taken')
    })
  }

  async function checkIdempotency({ endpoint, docs }: DeclaredEndpoint, input: RequestParts) {
    const name = endpointName(endpoint)
    const available = async () => (await context.call(getBalance, {})).available
    let before: number
    try {
      before = await available()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      record({ outcome: 'FAIL', subject: name, what: 'idempotency', reason })
      return
    }
    const first = await call(endpoint, input)
    const spent = before - (await available())
    await check(name, 'answers the first request inside its schema', async () => {
      expectSuccess(endpoint, first)
    })
    await check(name, 'replays the first result for a repeat with the same key', async () => {
      const again = await call(endpoint, input)
      if (again.status !== first.status) {
        fail(`answered ${String(again.status)}, the first answer was ${String(first.status)}`)
      }
      if (JSON.stringify(again.body) !== JSON.stringify(first.body)) fail('the answer differs')
    })
    await check(name, 'spends once for the repeat (the balance is unchanged)', async () => {
      const after = before - (await available())
      if (after !== spent)
        fail(`spent ${String(after)} points in all, ${String(spent)} the first time`)
    })
    if (docs.variant) {
      const variant = docs.variant(input)
      await check(name, 'refuses the same key with another body (422)', async () => {
        expectProblem(endpoint, await call(endpoint, variant), 422, 'idempotency_key_reused')
      })
    }
    // What acts once per member and thing races on another one (another action), if any.
    const raced = docs.again ? await docs.again(context, input) : input
    if (raced === null) {
      skip(name, 'two requests at once with one key', 'the member has nothing left to do it with')
      return
    }
    await check(name, 'spends once for two requests at once with one key', async () => {
      const start = await available()
      const racing = { ...raced, idempotencyKey: crypto.randomUUID() }
      const answers = await Promise.all([call(endpoint, racing), call(endpoint, racing)])
      const racedSpend = start - (await available())
      if (raced === input && racedSpend !== spent) {
        fail(`spent ${String(racedSpend)} points, one request spends ${String(spent)}`)
      }
      for (const answer of answers) {
        if (answer.status >= 400) checkProblem(endpoint, answer)
        else expectSuccess(endpoint, answer)
      }
      const succeeded = answers.filter((answer) => answer.status < 400)
      if (succeeded.length === 0) fail(`neither succeeded: ${trimmed(answers[0]?.text ?? '')}`)
      if (new Set(succeeded.map((answer) => JSON.stringify(answer.body))).size > 1) {
        fail('the two answers differ')
      }
      // Another input may change another amount: what one request changes is what its answer's
      // balance says.
      const once = start - (balanceIn(succeeded[0]?.body) ?? start)
      if (raced !== input && racedSpend !== once) {
        fail(`changed ${String(racedSpend)} points, one request changes ${String(once)}`)
      }
    })
  }

  /** `balance.available` of an answer that carries the balance after it. */
  function balanceIn(body: unknown): number | undefined {
    return z.object({ balance: z.object({ available: z.number() }) }).safeParse(body).data?.balance
      .available
  }

  if (!options.dryRun) await checkAccountRules()
  else skip('Account', 'survey and opt-in rules', 'dry run: they earn points')

  /**
   * What earns once beyond one key: a second answer to the period's question (a new key) is
   * refused, and an opt-in made again after an opt-out credits nothing.
   */
  async function checkAccountRules() {
    const survey = await context.call(getSurvey, {}).catch(() => null)
    if (survey?.state === 'answered') {
      await check(
        endpointName(answerSurvey),
        'refuses a second answer in the period (409 already_completed)',
        async () => {
          const again = await call(answerSurvey, {
            body: { surveyId: survey.surveyId, score: 5 },
            idempotencyKey: crypto.randomUUID(),
          })
          expectProblem(answerSurvey, again, 409, 'already_completed')
        },
      )
    } else {
      skip(endpointName(answerSurvey), 'a second answer in the period', 'not answered this run')
    }
    const preferences = await context.call(getPreferences, {}).catch(() => null)
    const earned = preferences?.channels.find((channel) => channel.pointsEarnedAt !== null)
    if (!earned) {
      skip(endpointName(setPreference), 'an opt-in earns once ever', 'no opt-in has earned yet')
      return
    }
    await check(
      endpointName(setPreference),
      'credits nothing for an opt-in made again',
      async () => {
        const before = (await context.call(getBalance, {})).available
        for (const optedIn of [false, true]) {
          const answer = await call(setPreference, {
            body: { channel: earned.channel, optedIn },
            idempotencyKey: crypto.randomUUID(),
          })
          expectSuccess(setPreference, answer)
          const credited = setPreference.responses[200].parse(answer.body).pointsCredited
          if (credited !== 0) fail(`credited ${String(credited)} points for ${earned.channel}`)
        }
        const after = (await context.call(getBalance, {})).available
        if (after !== before) fail(`the balance went from ${String(before)} to ${String(after)}`)
      },
    )
  }

  if (options.origin) await checkCors(options.origin)
  else skip('CORS', 'credentials for the portal origin', 'no --origin given')

  async function checkCors(origin: string) {
    const read = endpoints.find(({ endpoint }) => !endpoint.method && endpoint.session === true)
    const documented = new Set(
      endpoints.flatMap(({ docs }) =>
        Object.values(docs.responses ?? {}).flatMap((words) => Object.keys(words?.headers ?? {})),
      ),
    )
    documented.delete('Set-Cookie')
    const exposed = ['Retry-After', ...documented]
    if (read) {
      await check(
        'CORS',
        `lets ${origin} read answers and refusals, with credentials`,
        async () => {
          const signedIn = await call(read.endpoint, inputOf(read), { Origin: origin })
          const refused = await send(transport, baseUrl, read.endpoint, inputOf(read), {
            Origin: origin,
          })
          for (const answer of [signedIn, refused]) {
            const allowed = answer.headers.get('Access-Control-Allow-Origin')
            if (allowed !== origin) {
              fail(`Access-Control-Allow-Origin is ${String(allowed)}, not ${origin}`)
            }
            if (answer.headers.get('Access-Control-Allow-Credentials') !== 'true') {
              fail('no Access-Control-Allow-Credentials: true')
            }
            const list = (answer.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase()
            const missing = exposed.filter((header) => !list.includes(header.toLowerCase()))
            if (missing.length > 0)
              fail(`Access-Control-Expose-Headers lacks ${missing.join(', ')}`)
          }
        },
      )
    }
    for (const { endpoint } of endpoints.filter(({ endpoint }) => endpoint.method)) {
      const requested = [
        ...(endpoint.body ? ['content-type'] : []),
        ...(endpoint.idempotent ? ['idempotency-key'] : []),
      ]
      await check('CORS', `answers the preflight of ${endpointName(endpoint)}`, async () => {
        const url = new URL(
          `${baseUrl.replace(/\/+$/, '')}${endpoint.path.replace(/\{\w+\}/g, UNKNOWN_ID)}`,
        )
        const response = await fetch(url, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': endpoint.method ?? 'GET',
            ...(requested.length > 0 && { 'Access-Control-Request-Headers': requested.join(',') }),
          },
        })
        if (response.status >= 300) fail(`answered ${String(response.status)}`)
        const header = (name: string) => (response.headers.get(name) ?? '').toLowerCase()
        if (response.headers.get('Access-Control-Allow-Origin') !== origin) {
          fail(`Access-Control-Allow-Origin is not ${origin}`)
        }
        if (header('Access-Control-Allow-Credentials') !== 'true') {
          fail('no Access-Control-Allow-Credentials: true')
        }
        if (
          !header('Access-Control-Allow-Methods').includes((endpoint.method ?? '').toLowerCase())
        ) {
          fail(`Access-Control-Allow-Methods lacks ${endpoint.method ?? ''}`)
        }
        const missing = requested.filter(
          (name) => !header('Access-Control-Allow-Headers').includes(name),
        )
        if (missing.length > 0) fail(`Access-Control-Allow-Headers lacks ${missing.join(', ')}`)
      })
    }
  }

  // Last, as they end the session: every device, then this one (only a session this run started).
  if (credentials && !options.dryRun) {
    await check(endpointName(signOutEverywhere), 'ends the session', async () => {
      expectSuccess(signOutEverywhere, await call(signOutEverywhere, {}))
      expectProblem(getMe, await call(getMe, {}), 401, 'unauthorized')
    })
  }
  for (const { endpoint } of endpoints.filter(({ endpoint }) => endpoint.session === 'optional')) {
    const name = endpointName(endpoint)
    if (!credentials) {
      skip(name, 'ends the session', 'the --cookie session is left alone')
      continue
    }
    await check(name, 'ends the session', async () => {
      expectSuccess(endpoint, await call(endpoint, {}))
      expectProblem(getMe, await call(getMe, {}), 401, 'unauthorized')
    })
  }
  return checks
}

/** `31 checks: 30 passed, 1 failed, 0 skipped`, with `2 warned` before skipped when any did. */
export function summary(checks: readonly Check[]): string {
  const count = (outcome: Outcome) => checks.filter((check) => check.outcome === outcome).length
  const warned = count('WARN') > 0 ? `, ${String(count('WARN'))} warned` : ''
  return `${String(checks.length)} checks: ${String(count('PASS'))} passed, ${String(count('FAIL'))} failed${warned}, ${String(count('SKIP'))} skipped`
}
