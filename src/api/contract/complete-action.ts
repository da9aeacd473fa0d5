import type { Endpoint } from '../endpoint'
import { SampleUnavailable, type Caller, type EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import {
  ActionCompletion,
  ActionCompletionRequest,
  ActionCompletionResult,
} from '../schemas/earning'
import { getEarningProgress } from './get-earning-progress'
import { getEarningRules } from './get-earning-rules'

/** Completes an action the portal offers and credits its points at once, idempotently. */
export const completeAction = {
  method: 'POST',
  path: '/action-completions',
  session: true,
  body: ActionCompletionRequest,
  idempotent: true,
  responses: { 201: ActionCompletionResult },
  problems: ['not_found', 'already_completed', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

/** The actions the member can still complete, in the order the program lists them. */
async function openActions(call: Caller): Promise<string[]> {
  const [{ rules }, progress] = await Promise.all([
    call(getEarningRules, {}),
    call(getEarningProgress, {}),
  ])
  const done = new Set(
    progress.items.filter((item) => item.status === 'done').map((item) => item.ruleId),
  )
  return rules.flatMap((rule) => (rule.action && !done.has(rule.id) ? [rule.action.id] : []))
}

export const docs: EndpointDocs<typeof completeAction> = {
  summary: 'Complete an earning action: subscribe, connect the app, follow (idempotent)',
  description: [
    'Credits the action’s points at once (a `bonus` entry in GET /me/activity) and answers the balance after it.',
    'An action earns once per member: a request for one the member has completed before, with a new key, is refused with 409 already_completed (`completedAt`) and credits nothing.',
    `Idempotency works as for POST /redemptions: the key is kept with its result for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours; a repeat with the same key and body answers the first result again (201, \`Idempotent-Replayed: true\`) and credits nothing more; the same key with another body is refused with 422 idempotency_key_reused; a repeat while the first is still being processed is answered 409 idempotency_key_in_use with \`Retry-After\`; a refusal is not stored.`,
    'A client that loses an answer sends the same key again, or reads GET /me/earning, where the action’s rule is `done` once it is completed.',
  ].join(' '),
  responses: {
    201: {
      description: 'Completed (or the replay of an earlier identical request)',
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    { schema: ActionCompletionRequest, description: 'Complete an action of GET /earning-rules' },
    {
      schema: ActionCompletion,
      description: 'An action the member completed',
      fields: { entryId: 'The GET /me/activity entry that credited the points' },
    },
    { schema: ActionCompletionResult, description: 'The completion and the balance after it' },
  ],
  // The first action the member has not completed; verify-api completes it, then races two
  // requests on one key for the next.
  async sample({ call }) {
    const [first] = await openActions(call)
    if (first === undefined) {
      throw new SampleUnavailable('the member has completed every action already')
    }
    return {
      input: { body: { actionId: first }, idempotencyKey: crypto.randomUUID() },
      note: first,
    }
  },
  variant: (input) => ({ ...input, body: { actionId: `${input.body.actionId}-other` } }),
  async again({ call }, input) {
    const next = (await openActions(call)).find((id) => id !== input.body.actionId)
    return next === undefined ? null : { ...input, body: { actionId: next } }
  },
}
