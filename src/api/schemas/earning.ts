import * as z from 'zod/mini'
import { id, points, timestamp } from './common'
import { Balance } from './member'

const text = () => z.string().check(z.minLength(1))

/** What a rule rewards: the program's ways to earn. */
export const EarningRuleKind = z.enum([
  'purchase',
  'review',
  'newsletter',
  'referral',
  'app',
  'event',
  'social',
  'birthday',
])
export type EarningRuleKind = z.infer<typeof EarningRuleKind>

/** How often a rule can earn: once per member, once a year, or each time. */
export const EarningFrequency = z.enum(['once', 'yearly', 'each'])
export type EarningFrequency = z.infer<typeof EarningFrequency>

/** What the portal does to complete an action: subscribe, connect the app, follow an account. */
export const EarningActionKind = z.enum(['newsletter', 'app', 'social'])
export type EarningActionKind = z.infer<typeof EarningActionKind>

/** Something the member completes in the portal itself (POST /action-completions). */
export const EarningAction = z.object({
  id: id(),
  kind: EarningActionKind,
  /** Where the member goes to do it (the app store, the social account); null for none. */
  url: z.nullable(z.url().check(z.regex(/^https:\/\//))),
})
export type EarningAction = z.infer<typeof EarningAction>

export const EarningRule = z.object({
  id: id(),
  kind: EarningRuleKind,
  title: text(),
  description: z.string(),
  /** Points each time; null where they depend on the spend (purchases: see categories). */
  points: z.nullable(points(0)),
  frequency: EarningFrequency,
  /** Days the points stay pending before they can be spent (a returns window, moderation). */
  pendingDays: z.int().check(z.gte(0)),
  /** Completed in the portal; null for what happens elsewhere (a purchase, an event). */
  action: z.nullable(EarningAction),
})
export type EarningRule = z.infer<typeof EarningRule>

/** Purchase points by product type: the program's earn rate times `multiplier` (0: none). */
export const CategoryRate = z.object({
  id: id(),
  name: text(),
  multiplier: z.number().check(z.gte(0)),
})
export type CategoryRate = z.infer<typeof CategoryRate>

/** GET /earning-rules: every way to earn, and purchase rates by product type. */
export const EarningRules = z.object({
  rules: z.array(EarningRule),
  categories: z.array(CategoryRate).check(z.minLength(1)),
})
export type EarningRules = z.infer<typeof EarningRules>

/** `done`: a rule the member can earn once, earned; `available`: can be earned (again). */
export const RuleStatus = z.enum(['available', 'done'])
export type RuleStatus = z.infer<typeof RuleStatus>

/** What the member has earned by one rule. */
export const RuleProgress = z.object({
  ruleId: id(),
  status: RuleStatus,
  timesEarned: z.int().check(z.gte(0)),
  pointsEarned: points(0),
  lastEarnedAt: z.nullable(timestamp()),
})
export type RuleProgress = z.infer<typeof RuleProgress>

/** GET /me/earning: the member's progress on every rule of GET /earning-rules. */
export const EarningProgress = z.object({ items: z.array(RuleProgress) })
export type EarningProgress = z.infer<typeof EarningProgress>

/** Body of POST /action-completions. */
export const ActionCompletionRequest = z.object({ actionId: id() })
export type ActionCompletionRequest = z.infer<typeof ActionCompletionRequest>

export const ActionCompletion = z.object({
  actionId: id(),
  ruleId: id(),
  points: points(0),
  completedAt: timestamp(),
  /** The activity entry that credited the points. */
  entryId: id(),
})
export type ActionCompletion = z.infer<typeof ActionCompletion>

/** Answer of POST /action-completions: the completion and the balance after it. */
export const ActionCompletionResult = z.object({ completion: ActionCompletion, balance: Balance })
export type ActionCompletionResult = z.infer<typeof ActionCompletionResult>
